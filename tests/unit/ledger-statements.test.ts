/**
 * Reading statements (docs/ledger.md): bank and prepaid-card CSV, payroll summaries and
 * timesheets. Good files are read exactly; each hostile one is refused naming its row and
 * column (or the file), every message a real sentence; and a refused import changes
 * nothing saved.
 */
import 'fake-indexeddb/auto';
import { get } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { statementAmount, statementDate } from '../../src/domain/ledger/statement-values';
import type { Ledger } from '../../src/domain/ledger/ledger-schema';
import type { Budget } from '../../src/domain/schema/budget';
import { createI18n } from '../../src/i18n';
import { describeProblem } from '../../src/i18n/problems';
import { readStatement, statementPlace, type StatementKind } from '../../src/io/statements';
import { readJson } from '../helpers/builders';
import { expectPrototypesUntouched } from '../helpers/hostile-corpus';
import { openLedgerStore } from '../helpers/ledger-setup';

const budget = readJson('examples/example-ann.json') as Budget;
const ledger = readJson('examples/ledgers/example-ann.ledger.json') as Ledger;
const i18n = createI18n('en');
const BANK = 'Date,Payee,Description,Amount\r\n';

describe('statement values', () => {
  it.each([
    ['£1,234.56', '1234.56'],
    ['-£5.00', '-5.00'],
    ['£-5.00', '-5.00'],
    ['(12.50)', '-12.50'],
    ['(£1,000)', '-1000.00'],
    ['12.5', '12.50'],
    [' 7 ', '7.00'],
    ['0.00', '0.00'],
    ['-0.00', '0.00'],
  ])('%s is %s', (text, amount) => {
    expect(statementAmount(text)).toBe(amount);
  });
  it.each([
    '12.345',
    '1,23.00',
    '£',
    '(-5.00)',
    '--5',
    '1e3',
    '12,50',
    '1000000000.00',
    'five',
    '£ 5 . 00',
  ])('%s is not an amount', (text) => {
    expect(statementAmount(text)).toBeNull();
  });
  it.each([
    ['2026-04-05', '2026-04-05'],
    ['05/04/2026', '2026-04-05'],
    ['5/4/2026', '2026-04-05'],
    ['05 Apr 2026', '2026-04-05'],
    ['05-apr-2026', '2026-04-05'],
    ['29/02/2028', '2028-02-29'],
  ])('%s is %s', (text, date) => {
    expect(statementDate(text)).toBe(date);
  });
});

describe('reading a bank statement', () => {
  it('money out is a transaction, money in a receipt, in the three date forms', () => {
    const text = `${BANK}2025-05-01,Example Homecare Ltd,INV 1050,"-£1,412.50"\r\n02/05/2025,Council,Direct payment,"£4,000.00"\r\n03 May 2025,Argos,Kettle,(24.99)\r\n`;
    const read = readStatement(text, 'bank', budget, ledger);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.transactions).toEqual([
      {
        id: 's1-2',
        date: '2025-05-01',
        amount: '1412.50',
        payee: 'Example Homecare Ltd',
        description: 'INV 1050',
        origin: 'bank-statement',
      },
      {
        id: 's1-4',
        date: '2025-05-03',
        amount: '24.99',
        payee: 'Argos',
        description: 'Kettle',
        origin: 'bank-statement',
      },
    ]);
    expect(read.value.receipts).toEqual([
      { id: 's1-3', date: '2025-05-02', amount: '4000.00', from: 'Council' },
    ]);
  });

  it('paid out and paid in columns, and a prepaid card that writes spending positive', () => {
    const split = readStatement(
      'Date,Name,Paid out,Paid in\n2025-05-01,Shop,12.00,\n2025-05-02,Council,,100.00\n',
      'bank',
      budget,
      ledger,
    );
    expect(split.ok && split.value.transactions.map((entry) => entry.amount)).toEqual(['12.00']);
    expect(split.ok && split.value.receipts.map((entry) => entry.amount)).toEqual(['100.00']);
    const prepaid = readStatement(`${BANK}2025-05-01,Shop,,12.00\n`, 'bank', budget, ledger, {
      kind: 'bank',
      columns: { date: 0, payee: 1, description: 2, amount: 3 },
      paidOutIs: 'positive',
    });
    expect(prepaid.ok && prepaid.value.transactions.map((entry) => entry.amount)).toEqual([
      '12.00',
    ]);
  });

  it('a row already in the ledger is not added again; a repeated row in the file is kept', () => {
    const text = `${BANK}2025-04-04,Example Homecare Ltd,Invoice 1043: morning and bedtime visits,-412.50\n2025-05-09,Shop,Milk,-1.00\n2025-05-09,Shop,Milk,-1.00\n`;
    const read = readStatement(text, 'bank', budget, ledger);
    expect(read.ok && read.value.alreadyKept).toBe(1);
    expect(read.ok && read.value.transactions.length).toBe(2);
  });

  it('money paid in already in the ledger is not added again either: the same file read twice adds nothing', () => {
    // A bank statement with payments and money in (a direct payment and a refund).
    const text = [
      'Date,Payee,Reference,Amount,Balance',
      '01/11/2026,LEWISHAM COUNCIL,DIRECT PAYMENT NOV,"£3,800.00","£3,800.00"',
      '03/11/2026,EXAMPLE HOMECARE LTD,INV 2101,"(£1,412.50)","£2,387.50"',
      '14/11/2026,BROOK DAY CENTRE,REFUND CENTRE CLOSED,£35.00,"£2,422.50"',
      '',
    ].join('\r\n');
    const first = readStatement(text, 'bank', budget, ledger);
    if (!first.ok) throw new Error('not read');
    expect(first.value.receipts.map((entry) => entry.amount)).toEqual(['3800.00', '35.00']);
    const added: Ledger = {
      ...ledger,
      transactions: [...ledger.transactions, ...first.value.transactions],
      receipts: [...ledger.receipts, ...first.value.receipts],
    };
    const again = readStatement(text, 'bank', budget, added);
    expect(again.ok && again.value).toMatchObject({
      transactions: [],
      receipts: [],
      alreadyKept: 3,
    });
    // The same day and amount from someone else is other money: it is added.
    const other = readStatement(`${BANK}01/11/2026,Top-up,,"£3,800.00"\r\n`, 'bank', budget, added);
    expect(other.ok && other.value.receipts.map((entry) => entry.from)).toEqual(['Top-up']);
    expect(other.ok && other.value.alreadyKept).toBe(0);
  });

  it('reads payroll summaries and timesheets by assistant name or id', () => {
    const payroll = readStatement(
      'Employee,Period start,Period end,Gross pay,Employer NI,Pension,Fee\nJo Example,01/05/2025,31/05/2025,"£1,200.00",0.00,36.00,32.50\n',
      'payroll',
      budget,
      ledger,
    );
    expect(payroll.ok && payroll.value.payroll).toEqual([
      {
        assistant: 'jo',
        from: '2025-05-01',
        to: '2025-05-31',
        grossPay: '1200.00',
        employerNi: '0.00',
        pension: '36.00',
        fee: '32.50',
      },
    ]);
    const timesheet = readStatement(
      'PA,Date,Hours\njo,2025-05-05,7.5\n',
      'timesheet',
      budget,
      ledger,
    );
    expect(timesheet.ok && timesheet.value.timesheets).toEqual([
      { assistant: 'jo', date: '2025-05-05', hours: '7.5' },
    ]);
  });
});

/** [title, kind, text, the paths named]. */
const HOSTILE: readonly (readonly [string, StatementKind, string, readonly string[]])[] = [
  ['empty file', 'bank', '', ['file']],
  ['header only', 'bank', BANK, ['file']],
  ['no date column', 'bank', 'When,Payee,Amount\n2025-05-01,Shop,-1.00\n', ['row 1']],
  ['no payee column', 'bank', 'Date,Who,Amount\n2025-05-01,Shop,-1.00\n', ['row 1']],
  ['no amount column', 'bank', 'Date,Payee,Sum\n2025-05-01,Shop,-1.00\n', ['row 1']],
  ['wrong columns entirely', 'bank', 'a,b,c\n1,2,3\n', ['row 1', 'row 1', 'row 1']],
  [
    'payroll without fee column',
    'payroll',
    'Employee,From,To,Gross pay,Employer NI,Pension\nJo Example,2025-05-01,2025-05-31,1.00,0.00,0.00\n',
    ['row 1'],
  ],
  ['timesheet without hours', 'timesheet', 'PA,Date\njo,2025-05-05\n', ['row 1']],
  ['too few cells', 'bank', `${BANK}2025-05-01,Shop,-1.00\n`, ['row 2']],
  ['too many cells', 'bank', `${BANK}2025-05-01,Shop,x,-1.00,extra\n`, ['row 2']],
  ['unclosed quote', 'bank', `${BANK}2025-05-01,"Shop,x,-1.00\n`, ['row 2']],
  ['text after a closing quote', 'bank', `${BANK}2025-05-01,"Shop"x,y,-1.00\n`, ['row 2']],
  ['quote inside a cell', 'bank', `${BANK}2025-05-01,Sh"op,y,-1.00\n`, ['row 2']],
  ['US date', 'bank', `${BANK}05/31/2025,Shop,,-1.00\n`, ['row 2, column "Date"']],
  ['date 30 February', 'bank', `${BANK}30/02/2025,Shop,,-1.00\n`, ['row 2, column "Date"']],
  ['date 2025-13-01', 'bank', `${BANK}2025-13-01,Shop,,-1.00\n`, ['row 2, column "Date"']],
  ['two-digit year', 'bank', `${BANK}05/04/25,Shop,,-1.00\n`, ['row 2, column "Date"']],
  ['month name not a month', 'bank', `${BANK}05 Abr 2025,Shop,,-1.00\n`, ['row 2, column "Date"']],
  ['date with time', 'bank', `${BANK}2025-05-01T10:00,Shop,,-1.00\n`, ['row 2, column "Date"']],
  ['blank date', 'bank', `${BANK},Shop,,-1.00\n`, ['row 2, column "Date"']],
  ['year 1066', 'bank', `${BANK}1066-10-14,Shop,,-1.00\n`, ['row 2, column "Date"']],
  [
    'amount with three decimals',
    'bank',
    `${BANK}2025-05-01,Shop,,-1.005\n`,
    ['row 2, column "Amount"'],
  ],
  [
    'amount with bad commas',
    'bank',
    `${BANK}2025-05-01,Shop,,"-1,00.00"\n`,
    ['row 2, column "Amount"'],
  ],
  ['amount in words', 'bank', `${BANK}2025-05-01,Shop,,ten pounds\n`, ['row 2, column "Amount"']],
  ['amount blank', 'bank', `${BANK}2025-05-01,Shop,,\n`, ['row 2, column "Amount"']],
  [
    'amount both brackets and minus',
    'bank',
    `${BANK}2025-05-01,Shop,,(-5.00)\n`,
    ['row 2, column "Amount"'],
  ],
  [
    'amount a billion',
    'bank',
    `${BANK}2025-05-01,Shop,,-1000000000.00\n`,
    ['row 2, column "Amount"'],
  ],
  ['amount exponent', 'bank', `${BANK}2025-05-01,Shop,,-1e3\n`, ['row 2, column "Amount"']],
  ['amount in dollars', 'bank', `${BANK}2025-05-01,Shop,,-$5.00\n`, ['row 2, column "Amount"']],
  [
    'amount with decimal comma',
    'bank',
    `${BANK}2025-05-01,Shop,,"-5,00"\n`,
    ['row 2, column "Amount"'],
  ],
  ['amount a formula', 'bank', `${BANK}2025-05-01,Shop,,=SUM(A1:A9)\n`, ['row 2, column "Amount"']],
  [
    'paid out and in both blank',
    'bank',
    'Date,Payee,Paid out,Paid in\n2025-05-01,Shop,,\n',
    ['row 2, column "Paid out"'],
  ],
  [
    'paid out not an amount',
    'bank',
    'Date,Payee,Paid out,Paid in\n2025-05-01,Shop,abc,\n',
    ['row 2, column "Paid out"'],
  ],
  ['blank payee', 'bank', `${BANK}2025-05-01,  ,,-1.00\n`, ['row 2, column "Payee"']],
  [
    'payee with a control character',
    'bank',
    `${BANK}2025-05-01,Sh\u0007op,,-1.00\n`,
    ['row 2, column "Payee"'],
  ],
  [
    'payee with a direction override',
    'bank',
    `${BANK}2025-05-01,Sh\u202eop,,-1.00\n`,
    ['row 2, column "Payee"'],
  ],
  [
    'payee too long',
    'bank',
    `${BANK}2025-05-01,${'x'.repeat(201)},,-1.00\n`,
    ['row 2, column "Payee"'],
  ],
  [
    'description too long',
    'bank',
    `${BANK}2025-05-01,Shop,${'y'.repeat(501)},-1.00\n`,
    ['row 2, column "Description"'],
  ],
  [
    'line break inside a quoted payee',
    'bank',
    `${BANK}2025-05-01,"Sh\nop",,-1.00\n`,
    ['row 2, column "Payee"'],
  ],
  [
    'second row bad, first good',
    'bank',
    `${BANK}2025-05-01,Shop,,-1.00\n2025-05-02,Shop,,abc\n`,
    ['row 3, column "Amount"'],
  ],
  [
    'blank line keeps row numbers',
    'bank',
    `${BANK}2025-05-01,Shop,,-1.00\n\n2025-05-02,Shop,,abc\n`,
    ['row 4, column "Amount"'],
  ],
  [
    'several problems in one row',
    'bank',
    `${BANK}2025-13-01,,,abc\n`,
    ['row 2, column "Date"', 'row 2, column "Payee"', 'row 2, column "Amount"'],
  ],
  ['100,000 rows', 'bank', BANK + '2025-05-01,Shop,,-1.00\n'.repeat(100_000), ['file']],
  ['over 10 MB', 'bank', BANK + 'x'.repeat(10_000_001), ['file']],
  [
    'payroll unknown assistant',
    'payroll',
    'Employee,From,To,Gross pay,Employer NI,Pension,Fee\nSam Nobody,2025-05-01,2025-05-31,1.00,0.00,0.00,0.00\n',
    ['row 2, column "Employee"'],
  ],
  [
    'payroll negative gross',
    'payroll',
    'Employee,From,To,Gross pay,Employer NI,Pension,Fee\nJo Example,2025-05-01,2025-05-31,(1.00),0.00,0.00,0.00\n',
    ['row 2, column "Gross pay"'],
  ],
  [
    'payroll period backwards',
    'payroll',
    'Employee,From,To,Gross pay,Employer NI,Pension,Fee\nJo Example,2025-05-31,2025-05-01,1.00,0.00,0.00,0.00\n',
    ['row 2, column "To"'],
  ],
  [
    'payroll bad fee',
    'payroll',
    'Employee,From,To,Gross pay,Employer NI,Pension,Fee\nJo Example,2025-05-01,2025-05-31,1.00,0.00,0.00,free\n',
    ['row 2, column "Fee"'],
  ],
  [
    'timesheet 25 hours',
    'timesheet',
    'PA,Date,Hours\njo,2025-05-05,25\n',
    ['row 2, column "Hours"'],
  ],
  [
    'timesheet negative hours',
    'timesheet',
    'PA,Date,Hours\njo,2025-05-05,-2\n',
    ['row 2, column "Hours"'],
  ],
  [
    'timesheet hours as time',
    'timesheet',
    'PA,Date,Hours\njo,2025-05-05,7:30\n',
    ['row 2, column "Hours"'],
  ],
  [
    'timesheet unknown assistant',
    'timesheet',
    'PA,Date,Hours\nsam,2025-05-05,2\n',
    ['row 2, column "PA"'],
  ],
  ['timesheet bad date', 'timesheet', 'PA,Date,Hours\njo,yesterday,2\n', ['row 2, column "Date"']],
  [
    'proto header',
    'bank',
    '__proto__,constructor,prototype,Amount\n2025-05-01,Shop,x,-1.00\n',
    ['row 1', 'row 1'],
  ],
];

describe('hostile statements', () => {
  it('there are at least 50', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(50);
  });
  it.each(HOSTILE)('%s is refused naming where', (_title, kind, text, named) => {
    const read = readStatement(text, kind, budget, ledger);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((found) => found.path)).toEqual(named);
    for (const found of read.problems) {
      expect(i18n.exists(found.key), found.key).toBe(true);
      expect(describeProblem(found, i18n.t)).not.toMatch(/\{\{|undefined|NaN|\[object Object\]/);
    }
    expectPrototypesUntouched();
  });
});

describe('where a problem is', () => {
  it('gives back the row and column every refused row names, so a page can say it in Welsh', () => {
    for (const [, kind, text] of HOSTILE) {
      const read = readStatement(text, kind, budget, ledger);
      for (const found of read.ok ? [] : read.problems)
        expect(statementPlace(found.path) !== null || found.path === 'file', found.path).toBe(true);
    }
    const read = readStatement(
      'Date,"Paid, ""to""",Amount\n2025-05-01,,-1.00\n',
      'bank',
      budget,
      ledger,
    );
    expect(!read.ok && read.problems.map((found) => statementPlace(found.path))).toEqual([
      { row: 2, column: 'Paid, "to"' },
    ]);
    expect(statementPlace('row 12')).toEqual({ row: 12 });
    expect(statementPlace('file')).toBeNull();
  });
});

describe('importing into the saved ledger', () => {
  it('a refused statement changes nothing saved; a good one is added whole', async () => {
    const { store, storage, idb } = await openLedgerStore('statements');
    const { id } = store.getState().addBudget(budget);
    await store.getState().setLedger(id, ledger);
    await storage.flush();
    const before = await get('support-budgets', idb);
    const refused = readStatement(
      `${BANK}2025-05-01,Shop,,-1.00\n2025-05-02,Shop,,abc\n`,
      'bank',
      budget,
      store.getState().ledgerOf(id),
    );
    expect(refused.ok).toBe(false);
    await storage.flush();
    expect(await get('support-budgets', idb)).toEqual(before);
    const good = readStatement(
      `${BANK}2025-05-01,Shop,,-1.00\n2025-05-02,Council,,50.00\n`,
      'bank',
      budget,
      store.getState().ledgerOf(id),
    );
    if (!good.ok) throw new Error('not read');
    expect(await store.getState().addImported(id, good.value)).toEqual({ ok: true });
    expect(store.getState().ledgerOf(id).transactions).toHaveLength(ledger.transactions.length + 1);
    expect(store.getState().ledgerOf(id).receipts).toHaveLength(ledger.receipts.length + 1);
  });
});
