/**
 * Importing a statement on the spending pages: the file, the column mapping (the shared
 * component of the spreadsheet import, filled in from the headings), a preview with each
 * problem named by row and column, then suggested matches left for the person to confirm.
 * A refused import changes nothing saved.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/state/store';
import { showIn } from '../show-in';
import { exampleLedger, keptLedger, saveExample } from './spending-setup';

type User = ReturnType<typeof userEvent.setup>;

const STATEMENT = [
  'Date,Name,Details,Amount',
  '02/05/2025,N EXAMPLE HOMECARE LTD,Invoice 1051,"-£1,212.50"',
  '03 May 2025,J EXAMPLE,Wages,-612.40',
  '2025-05-04,Council,Budget payment,"4,000.00"',
  '05/05/2025,Corner Shop,Milk,(3.20)',
].join('\r\n');

/** A bank statement with six payments and two sums paid in (a direct payment and a refund). */
const WITH_MONEY_IN = [
  'Date,Payee,Reference,Amount,Balance',
  '01/11/2026,LEWISHAM COUNCIL,DIRECT PAYMENT NOV,"£3,800.00","£3,800.00"',
  '03/11/2026,EXAMPLE HOMECARE LTD,INV 2101,"(£1,412.50)","£2,387.50"',
  '05/11/2026,J EXAMPLE,FPO WAGES WK44,(246.00),"£2,141.50"',
  '07/11/2026,BROOK DAY CENTRE,DAY CENTRE FEE,-£35.00,"£2,106.50"',
  '10/11/2026,PA INSURE LTD,EMPLOYERS LIABILITY INSURANCE,(£90.00),"£2,016.50"',
  '12/11/2026,TESCO STORES 2231,,(£24.99),"£1,991.51"',
  '14/11/2026,BROOK DAY CENTRE,REFUND CENTRE CLOSED,£35.00,"£2,026.51"',
  '19/11/2026,J EXAMPLE,"FPO WAGES, WK46","(£1,002.75)","£1,023.76"',
].join('\r\n');

/** An impossible day on row 3 and an amount that is not one on row 4: refused whole. */
const BROKEN = [
  'Date,Payee,Reference,Amount,Balance',
  '01/11/2026,LEWISHAM COUNCIL,DIRECT PAYMENT NOV,"£3,800.00","£3,800.00"',
  '31/11/2026,EXAMPLE HOMECARE LTD,INV 2101,"(£1,412.50)","£2,387.50"',
  '05/11/2026,J EXAMPLE,FPO WAGES WK44,(24x.00),"£2,141.50"',
].join('\r\n');

/** The page's words the steps below press, in each language. */
const WORDS = {
  en: {
    bank: 'A bank or prepaid card statement',
    file: 'CSV file',
    choose: 'Choose this file',
    read: 'Read the file with these columns',
  },
  cy: {
    bank: 'Cyfriflen banc neu gerdyn rhagdaledig',
    file: 'Ffeil CSV',
    choose: 'Dewis y ffeil hon',
    read: "Darllen y ffeil gyda'r colofnau hyn",
  },
} as const;
type Words = (typeof WORDS)[keyof typeof WORDS];

async function chooseFile(
  user: User,
  text: string,
  kind: string = WORDS.en.bank,
  words: Words = WORDS.en,
) {
  await user.click(await screen.findByRole('radio', { name: kind }));
  await user.upload(
    screen.getByLabelText(words.file),
    new File([text], 'statement.csv', { type: 'text/csv' }),
  );
  await user.click(screen.getByRole('button', { name: words.choose }));
}

/** The import page of the example budget with its ledger, in a language. */
async function openImport(language: 'en' | 'cy' = 'en') {
  const user = userEvent.setup();
  const id = await saveExample(exampleLedger());
  showIn(`#/budgets/${id}/spending/import`, language);
  return { user, id };
}

/** Chooses the file, keeps the columns its headings give, and reads it. */
async function chooseAndRead(user: User, text: string, words: Words = WORDS.en) {
  await chooseFile(user, text, words.bank, words);
  await user.click(await screen.findByRole('button', { name: words.read }));
}

describe('importing a statement', { timeout: 60_000 }, () => {
  it('fills in the columns from the headings, previews what is added, and leaves every suggestion unconfirmed', async () => {
    const user = userEvent.setup();
    const id = await saveExample(exampleLedger());
    const before = keptLedger(id);
    showIn(`#/budgets/${id}/spending/import`);
    await chooseFile(user, STATEMENT);
    expect(await screen.findByRole('textbox', { name: 'Date' })).toHaveValue('Date');
    expect(screen.getByRole('textbox', { name: 'Who was paid' })).toHaveValue('Name');
    expect(screen.getByRole('textbox', { name: 'What it was for (optional)' })).toHaveValue(
      'Details',
    );
    expect(
      screen.getByRole('textbox', { name: 'Amount (one column for money in and out)' }),
    ).toHaveValue('Amount');
    await user.click(screen.getByRole('button', { name: 'Read the file with these columns' }));
    expect(
      await screen.findByText(
        'Payments: 3. Money paid in: 1. Timesheet days: 0. Payroll periods: 0. Rows already kept, not added again: 0.',
      ),
    ).toBeInTheDocument();
    const preview = screen.getByRole('table', { name: /Payments to add/ });
    expect(
      within(preview).getByRole('row', {
        name: "3 May 2025 J EXAMPLE £612.40 Jo Example (personal assistant's pay)",
      }),
    ).toBeInTheDocument();
    // Nothing is kept until the person adds it.
    expect(keptLedger(id)).toBe(before);
    await user.click(screen.getByRole('button', { name: 'Add these to the spending' }));
    expect(await screen.findByText('Statement imported')).toBeInTheDocument();
    const added = keptLedger(id).transactions.slice(before.transactions.length);
    expect(added.map((one) => [one.date, one.amount, one.payee])).toEqual([
      ['2025-05-02', '1212.50', 'N EXAMPLE HOMECARE LTD'],
      ['2025-05-03', '612.40', 'J EXAMPLE'],
      ['2025-05-05', '3.20', 'Corner Shop'],
    ]);
    expect(added.some((one) => one.match !== undefined)).toBe(true);
    // Suggested, never confirmed by the import.
    expect(added.every((one) => one.match === undefined || !one.match.confirmed)).toBe(true);
    expect(keptLedger(id).receipts.at(-1)).toMatchObject({ date: '2025-05-04', amount: '4000.00' });
  });

  it('refuses a statement with problems, naming each row and column, and changes nothing saved', async () => {
    const user = userEvent.setup();
    const id = await saveExample(exampleLedger());
    const before = keptLedger(id);
    const saved = useAppStore.getState().ledgers[id];
    showIn(`#/budgets/${id}/spending/import`);
    await chooseFile(
      user,
      STATEMENT.replace('03 May 2025', '31/02/2025').replace('(3.20)', '3.2.0'),
    );
    await user.click(
      await screen.findByRole('button', { name: 'Read the file with these columns' }),
    );
    expect(
      await screen.findByRole('heading', { name: 'The file was not imported' }),
    ).toBeInTheDocument();
    const problems = screen.getByRole('table', { name: 'Problems in the file: 2' });
    expect(
      within(problems).getByRole('row', {
        name: 'row 3, column "Date" is not a date: "31/02/2025". Write it as 2026-04-05, 05/04/2026 or 05 Apr 2026',
      }),
    ).toBeInTheDocument();
    expect(
      within(problems).getByRole('row', {
        name: /^row 5, column "Amount" is not an amount: "3\.2\.0"/,
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add these to the spending' })).toBeNull();
    expect(keptLedger(id)).toBe(before);
    expect(useAppStore.getState().ledgers[id]).toBe(saved);
  });

  it('names a field whose heading is not in the file, and reads a timesheet by the budget’s assistants', async () => {
    const user = userEvent.setup();
    const id = await saveExample();
    showIn(`#/budgets/${id}/spending/import`);
    await chooseFile(
      user,
      'Worker,When worked,Hours worked\r\nJo Example,2025-05-05,4.5\r\nSam Nobody,2025-05-06,3\r\n',
      "Personal assistants' timesheets",
    );
    const hours = await screen.findByRole('textbox', { name: 'Hours' });
    expect(hours).toHaveValue('Hours worked');
    // "When worked" is not a heading the guess knows for a date: the person names it.
    await user.click(screen.getByRole('button', { name: 'Read the file with these columns' }));
    expect(
      within(await screen.findByRole('alert')).getByRole('link', {
        name: 'Date: give the heading of the column that holds it',
      }),
    ).toHaveAttribute('href', '#statement-column-date');
    await user.type(screen.getByRole('textbox', { name: 'Date' }), 'Shift');
    await user.click(screen.getByRole('button', { name: 'Read the file with these columns' }));
    expect(
      within(await screen.findByRole('alert')).getByRole('link', {
        name: "Date: there is no column headed “Shift” in the file's first row",
      }),
    ).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox', { name: 'Date' }));
    await user.type(screen.getByRole('textbox', { name: 'Date' }), 'when worked');
    await user.click(screen.getByRole('button', { name: 'Read the file with these columns' }));
    const problems = await screen.findByRole('table', { name: 'Problems in the file: 1' });
    expect(
      within(problems).getByRole('row', {
        name: /^row 3, column "Worker" is not one of the budget's named assistants: "Sam Nobody"/,
      }),
    ).toBeInTheDocument();
    expect(keptLedger(id).timesheets).toEqual([]);
  });

  it('reading the same statement again adds neither its payments nor its money paid in twice', async () => {
    const { user, id } = await openImport();
    const before = keptLedger(id);
    await chooseAndRead(user, WITH_MONEY_IN);
    expect(
      await screen.findByText(
        'Payments: 6. Money paid in: 2. Timesheet days: 0. Payroll periods: 0. Rows already kept, not added again: 0.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add these to the spending' }));
    expect(await screen.findByText('Statement imported')).toBeInTheDocument();
    const once = keptLedger(id);
    expect(once.receipts.slice(before.receipts.length).map((one) => one.amount)).toEqual([
      '3800.00',
      '35.00',
    ]);
    window.location.hash = `#/budgets/${id}/spending/import`;
    await chooseAndRead(user, WITH_MONEY_IN);
    expect(
      await screen.findByText(
        'Payments: 0. Money paid in: 0. Timesheet days: 0. Payroll periods: 0. Rows already kept, not added again: 8.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('There is nothing new to add from this file.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add these to the spending' })).toBeNull();
    expect(keptLedger(id)).toBe(once);
  });

  it('announces a refused file as the missing columns are: an error summary takes focus, each problem linking to the file', async () => {
    const { user } = await openImport();
    await chooseAndRead(user, BROKEN);
    const heading = await screen.findByRole('heading', { level: 2, name: 'There is a problem' });
    const summary = heading.closest('.nhsuk-error-summary') as HTMLElement;
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('alert')).toBeInTheDocument();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      [
        'row 3, column "Date": is not a date: "31/11/2026". Write it as 2026-04-05, 05/04/2026 or 05 Apr 2026',
        '#statement-file',
      ],
      [
        'row 4, column "Amount": is not an amount: "(24x.00)". Write it like 1,234.56, £12.50, -5.00 or (5.00)',
        '#statement-file',
      ],
    ]);
    expect(document.title).toMatch(/^Error: /);
    // The field the links lead to says what to do, and the table still says where.
    expect(screen.getByLabelText('CSV file')).toHaveAccessibleDescription(
      expect.stringContaining(
        'The file was not imported: correct its problems, then choose it again',
      ),
    );
    await user.click(links[0] as HTMLElement);
    expect(screen.getByLabelText('CSV file')).toHaveFocus();
    expect(screen.getByRole('table', { name: 'Problems in the file: 2' })).toBeInTheDocument();
  });

  it('says where each problem is in Welsh', async () => {
    const { user } = await openImport('cy');
    await chooseAndRead(user, BROKEN, WORDS.cy);
    const problems = await screen.findByRole('table', { name: 'Problemau yn y ffeil: 2' });
    expect(within(problems).getByRole('columnheader', { name: 'Ble' })).toBeInTheDocument();
    expect(
      within(problems).getByRole('row', {
        name: 'rhes 3, colofn "Date" ddim yn ddyddiad: "31/11/2026". Ysgrifennwch ef fel 2026-04-05, 05/04/2026 neu 05 Apr 2026',
      }),
    ).toBeInTheDocument();
    expect(
      within(problems).getByRole('row', {
        name: /^rhes 4, colofn "Amount" ddim yn swm: "\(24x\.00\)"/,
      }),
    ).toBeInTheDocument();
    const summary = screen.getByRole('heading', { level: 2, name: 'Mae problem' });
    expect(
      within(summary.closest('.nhsuk-error-summary') as HTMLElement).getByRole('link', {
        name: /^rhes 3, colofn "Date": ddim yn ddyddiad/,
      }),
    ).toHaveAttribute('href', '#statement-file');
    expect(document.body.textContent).not.toMatch(/\brow \d|column "/);
  });
});
