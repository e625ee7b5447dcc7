/**
 * The exports for other systems (docs/exports.md), byte for byte for the example as at
 * 1 April 2025, through the command as people run it; their fixed English headers in
 * Welsh too; and the service agreement read back, line by line, to the budget's own fields.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BudgetPricing } from '../../src/domain/pricing/price-budget';
import type { Day } from '../../src/domain/days';
import type { Budget, NeedLine } from '../../src/domain/schema/budget';
import { payrollCsv } from '../../src/io/exports/payroll-csv';
import { phbScheduleCsv } from '../../src/io/exports/phb-schedule-csv';
import {
  SERVICE_AGREEMENT_COLUMNS,
  serviceAgreementCsv,
} from '../../src/io/exports/service-agreement-csv';
import {
  carer,
  loadCard,
  price as priceBudget,
  readJson,
  ROOT,
  sleepIn,
  visits,
} from '../helpers/builders';
import { parseCsv } from '../helpers/parse-csv';
import { price } from '../helpers/run-price';

const SERVICE_AGREEMENT = [
  'Person reference,Budget name,Line id,Area of life,Support,Who gives it,Provider,Minutes per visit,Visits per day,Days,Time of day,From,Until,Every N weeks,Weeks a year,Hourly rate,Weekly hours,Weekly cost,Workers',
  'EXAMPLE-001,Support plan for Ann Example (a fictional example),morning,personal-care,"Help to get up, wash and dress",registered-provider,example-homecare,45,1,Mon Tue Wed Thu Fri Sat Sun,day,,,,,,5.25,179.59,1',
  'EXAMPLE-001,Support plan for Ann Example (a fictional example),after-hospital,personal-care,Extra help at home for six weeks after leaving hospital,registered-provider,example-homecare,30,2,Mon Tue Wed Thu Fri Sat Sun,day,2025-04-01,2025-05-12,,,,7.00,239.45,1',
  'EXAMPLE-001,Support plan for Ann Example (a fictional example),shower,personal-care,Shower with a mobile hoist (two workers),registered-provider,example-homecare,30,1,Tue Fri,day,,2025-06-30,,,33.75,2.00,67.50,2',
  'EXAMPLE-001,Support plan for Ann Example (a fictional example),shower-single,personal-care,Shower with the ceiling hoist (one worker),registered-provider,example-homecare,30,1,Tue Fri,day,2025-07-01,,,,33.75,1.00,33.75,1',
  'EXAMPLE-001,Support plan for Ann Example (a fictional example),lunch,personal-care,Prepare lunch and prompt medication,personal-assistant,jo,30,1,Mon Tue Wed Thu Fri,day,,,,,15.48,2.50,38.69,1',
  'EXAMPLE-001,Support plan for Ann Example (a fictional example),bedtime,personal-care,Help to get ready for bed,registered-provider,,30,1,Mon Tue Wed Thu Fri Sat Sun,day,,,,,32.14,3.50,112.49,1',
  'EXAMPLE-001,Support plan for Ann Example (a fictional example),weekend-lunch,personal-care,Lunch at the weekend,unpaid-carer,sam,60,1,Sat Sun,day,,,,,,2.00,0.00,1',
  'EXAMPLE-001,Support plan for Ann Example (a fictional example),overnight,personal-care,Someone sleeping in at the weekend,personal-assistant,,,,Fri Sat,sleep-in,,,,,,0.00,191.48,1',
  'EXAMPLE-001,Support plan for Ann Example (a fictional example),cleaning,domestic,Cleaning and laundry,personal-assistant,jo,120,1,Wed,day,,,,,15.48,2.00,30.95,1',
  'EXAMPLE-001,Support plan for Ann Example (a fictional example),shopping,domestic,Food shopping,unpaid-carer,sam,90,1,Sat,day,,,,,,1.50,0.00,1',
  'EXAMPLE-001,Support plan for Ann Example (a fictional example),paperwork,domestic,"Post, bills and appointments",unpaid-carer,sam,60,1,Thu,day,,,,,,1.00,0.00,1',
  'EXAMPLE-001,Support plan for Ann Example (a fictional example),swimming,social,Swimming at the leisure centre,personal-assistant,jo,180,1,Mon,day,,,,,15.48,3.00,46.43,1',
  'EXAMPLE-001,Support plan for Ann Example (a fictional example),lunch-club,social,Community lunch club,community,,150,1,Thu,day,,,,,,2.50,0.00,1',
  'EXAMPLE-001,Support plan for Ann Example (a fictional example),church,social,Church on Sunday,unpaid-carer,sam,120,1,Sun,day,,,,,,2.00,0.00,1',
  'EXAMPLE-001,Support plan for Ann Example (a fictional example),college,education,Support at an evening art class,personal-assistant,jo,150,1,Tue,day,,,,,15.48,2.50,38.69,1',
  'EXAMPLE-001,Support plan for Ann Example (a fictional example),library,education,Library reading group,community,,90,1,Fri,day,,,,,,1.50,0.00,1',
  'EXAMPLE-001,Support plan for Ann Example (a fictional example),phone-check,personal-care,Evening phone call and check,unpaid-carer,sam,15,1,Mon Tue Wed Thu Fri,day,,,,,,1.25,0.00,1',
  "EXAMPLE-001,Support plan for Ann Example (a fictional example),respite,carers-breaks,Care at home while Sam takes a fortnight's break,registered-provider,example-homecare,480,1,Mon Tue Wed Thu Fri Sat Sun,day,,,,2,,2.15,73.47,1",
  'EXAMPLE-001,Support plan for Ann Example (a fictional example),sitting,carers-breaks,Sitting service every other Saturday,registered-provider,example-homecare,240,1,Sat,day,,,2,,35.35,2.00,70.70,1',
];

const PHB_SCHEDULE = [
  'Section,Person reference,Budget name,Worker id,Worker name,Contracted hours weekly,Line id,Area of life,Support,Days,Time of day,Minutes per visit,Visits per day,Workers,From,Until,Every N weeks,Weeks a year,Weekday hourly rate,Weekend hourly rate,Rate a night,Weekly hours,Weekly cost,As at',
  'assistant,EXAMPLE-001,Support plan for Ann Example (a fictional example),jo,Jo Example,16,,,,,,,,,,,,,13.45,13.45,83.20,10.00,154.76,2025-04-01',
  'assistant-line,EXAMPLE-001,Support plan for Ann Example (a fictional example),jo,Jo Example,,lunch,personal-care,Prepare lunch and prompt medication,Mon Tue Wed Thu Fri,day,30,1,1,,,,,13.45,,,2.50,38.69,',
  'assistant-line,EXAMPLE-001,Support plan for Ann Example (a fictional example),jo,Jo Example,,cleaning,domestic,Cleaning and laundry,Wed,day,120,1,1,,,,,13.45,,,2.00,30.95,',
  'assistant-line,EXAMPLE-001,Support plan for Ann Example (a fictional example),jo,Jo Example,,swimming,social,Swimming at the leisure centre,Mon,day,180,1,1,,,,,13.45,,,3.00,46.43,',
  'assistant-line,EXAMPLE-001,Support plan for Ann Example (a fictional example),jo,Jo Example,,college,education,Support at an evening art class,Tue,day,150,1,1,,,,,13.45,,,2.50,38.69,',
  'assistant,EXAMPLE-001,Support plan for Ann Example (a fictional example),,,,,,,,,,,,,,,,13.45,13.45,83.20,0.00,191.48,2025-04-01',
  'assistant-line,EXAMPLE-001,Support plan for Ann Example (a fictional example),,,,overnight,personal-care,Someone sleeping in at the weekend,Fri Sat,sleep-in,,,1,,,,,,,83.20,0.00,191.48,',
  'provider,EXAMPLE-001,Support plan for Ann Example (a fictional example),example-homecare,Example Homecare Ltd,,,,,,,,,,,,,,33.75,35.35,160.81,18.40,630.71,2025-04-01',
  'provider-line,EXAMPLE-001,Support plan for Ann Example (a fictional example),example-homecare,Example Homecare Ltd,,morning,personal-care,"Help to get up, wash and dress",Mon Tue Wed Thu Fri Sat Sun,day,45,1,1,,,,,33.75,35.35,,5.25,179.59,',
  'provider-line,EXAMPLE-001,Support plan for Ann Example (a fictional example),example-homecare,Example Homecare Ltd,,after-hospital,personal-care,Extra help at home for six weeks after leaving hospital,Mon Tue Wed Thu Fri Sat Sun,day,30,2,1,2025-04-01,2025-05-12,,,33.75,35.35,,7.00,239.45,',
  'provider-line,EXAMPLE-001,Support plan for Ann Example (a fictional example),example-homecare,Example Homecare Ltd,,shower,personal-care,Shower with a mobile hoist (two workers),Tue Fri,day,30,1,2,,2025-06-30,,,33.75,,,2.00,67.50,',
  'provider-line,EXAMPLE-001,Support plan for Ann Example (a fictional example),example-homecare,Example Homecare Ltd,,shower-single,personal-care,Shower with the ceiling hoist (one worker),Tue Fri,day,30,1,1,2025-07-01,,,,33.75,,,1.00,33.75,',
  "provider-line,EXAMPLE-001,Support plan for Ann Example (a fictional example),example-homecare,Example Homecare Ltd,,respite,carers-breaks,Care at home while Sam takes a fortnight's break,Mon Tue Wed Thu Fri Sat Sun,day,480,1,1,,,,2,33.75,35.35,,2.15,73.47,",
  'provider-line,EXAMPLE-001,Support plan for Ann Example (a fictional example),example-homecare,Example Homecare Ltd,,sitting,carers-breaks,Sitting service every other Saturday,Sat,day,240,1,1,,,2,,,35.35,,2.00,70.70,',
  'provider,EXAMPLE-001,Support plan for Ann Example (a fictional example),,,,,,,,,,,,,,,,32.14,32.14,153.15,3.50,112.49,2025-04-01',
  'provider-line,EXAMPLE-001,Support plan for Ann Example (a fictional example),,,,bedtime,personal-care,Help to get ready for bed,Mon Tue Wed Thu Fri Sat Sun,day,30,1,1,,,,,32.14,32.14,,3.50,112.49,',
];

const PAYROLL = [
  'Section,Person reference,Budget name,Assistant id,Assistant name,Contracted hours weekly,Planned hours weekly,Hourly pay,Weekend hourly pay,Sleep-in pay,Start date,As at,Item id,Item,Percent,Amount,Per',
  'assistant,EXAMPLE-001,Support plan for Ann Example (a fictional example),jo,Jo Example,16,10.00,13.45,13.45,83.20,2025-04-01,2025-04-01,,,,,',
  'on-cost,EXAMPLE-001,Support plan for Ann Example (a fictional example),jo,Jo Example,,,,,,,,holiday,"Holiday pay, 5.6 weeks",12.07,,',
  'on-cost,EXAMPLE-001,Support plan for Ann Example (a fictional example),jo,Jo Example,,,,,,,,pension,"Workplace pension, employer\'s contribution",3,,',
  "on-cost,EXAMPLE-001,Support plan for Ann Example (a fictional example),jo,Jo Example,,,,,,,,employer-ni,Employer's National Insurance (nil with the Employment Allowance),0,,",
  "employer-cost,EXAMPLE-001,Support plan for Ann Example (a fictional example),,,,,,,,,,insurance,Employer's liability insurance,,90.00,annual",
  'employer-cost,EXAMPLE-001,Support plan for Ann Example (a fictional example),,,,,,,,,,payroll,Payroll service,,7.50,weekly',
];

/** The card's on-costs and employer costs, in Welsh: all that changes with the language. */
const WELSH_COST_NAMES = [
  'Tâl gwyliau, 5.6 wythnos',
  'Pensiwn gweithle, cyfraniad y cyflogwr',
  "Yswiriant Gwladol y cyflogwr (dim i'w dalu, oherwydd y Lwfans Cyflogaeth)",
  'Yswiriant atebolrwydd cyflogwr',
  'Gwasanaeth cyflogres',
];

const EXAMPLE = join(ROOT, 'examples', 'example-ann.json');
const csvOf = (rows: readonly string[]) => `\uFEFF${rows.join('\r\n')}\r\n`;
const exported = (format: string, ...more: string[]) =>
  price([EXAMPLE, '--format', format, '--as-of', '2025-04-01', ...more]);

describe('the exports of the example, as at 1 April 2025', () => {
  it('service agreement: one row per need line, every line whatever its dates, in the fixed layout', async () => {
    const run = await exported('service-agreement');
    expect(run).toEqual({ code: 0, stdout: csvOf(SERVICE_AGREEMENT), stderr: '' });
  });

  it('PHB schedule: Jo with her contract, pay and timetable; the sleep-in nobody is named for; each provider with its schedule and rates', async () => {
    const run = await exported('phb-schedule');
    expect(run).toEqual({ code: 0, stdout: csvOf(PHB_SCHEDULE), stderr: '' });
  });

  it('payroll: Jo’s starter row with the card’s on-costs, then the employer’s costs once', async () => {
    const run = await exported('payroll');
    expect(run).toEqual({ code: 0, stdout: csvOf(PAYROLL), stderr: '' });
  });

  it('keeps its headers, codes and figures in Welsh; only the card’s names of costs change', async () => {
    for (const format of ['service-agreement', 'phb-schedule', 'payroll']) {
      const english = parseCsv((await exported(format)).stdout);
      const welsh = parseCsv((await exported(format, '--lang', 'cy')).stdout);
      expect(welsh[0]).toEqual(english[0]);
      const changed = welsh.flatMap((row, r) => row.filter((cell, c) => cell !== english[r]?.[c]));
      expect(changed).toEqual(format === 'payroll' ? WELSH_COST_NAMES : []);
    }
  });

  it('refuses a format it does not know, naming the ones it has', async () => {
    const run = await price([EXAMPLE, '--format', 'payrol']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      '--format must be json, csv, text, pdf, phb-schedule, payroll or service-agreement',
    );
  });
});

/** What the service agreement carries of a line, as the budget file writes it. */
function carried(line: NeedLine) {
  const giver = line.provider ?? line.assistant ?? line.carer;
  return {
    id: line.id,
    domain: line.domain,
    activity: line.activity,
    resource: line.resource,
    ...(giver === undefined ? {} : { giver }),
    kind: line.kind,
    ...(line.kind === 'visits'
      ? { minutes: line.minutes, visitsPerDay: line.visitsPerDay, period: line.period }
      : {}),
    days: line.days,
    ...(line.from === undefined ? {} : { from: line.from }),
    ...(line.until === undefined ? {} : { until: line.until }),
    ...(line.frequency === undefined ? {} : { frequency: line.frequency }),
  };
}

const DAY_OF_CODE: Record<string, Day> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};

/** A row of the service agreement read back into the same shape, as an importer would. */
function readRow(header: readonly string[], row: readonly string[]) {
  const cell = (column: (typeof SERVICE_AGREEMENT_COLUMNS)[number]) =>
    row[header.indexOf(column)] ?? '';
  const whole = (value: string) => (value === '' ? undefined : Number(value));
  const sleep = cell('Time of day') === 'sleep-in';
  const everyWeeks = whole(cell('Every N weeks'));
  const weeksAYear = whole(cell('Weeks a year'));
  return {
    id: cell('Line id'),
    domain: cell('Area of life'),
    activity: cell('Support'),
    resource: cell('Who gives it'),
    ...(cell('Provider') === '' ? {} : { giver: cell('Provider') }),
    kind: sleep ? 'sleep-in' : 'visits',
    ...(sleep
      ? {}
      : {
          minutes: whole(cell('Minutes per visit')),
          visitsPerDay: whole(cell('Visits per day')),
          period: cell('Time of day'),
        }),
    days: cell('Days')
      .split(' ')
      .map((code) => DAY_OF_CODE[code]),
    ...(cell('From') === '' ? {} : { from: cell('From') }),
    ...(cell('Until') === '' ? {} : { until: cell('Until') }),
    ...(everyWeeks === undefined ? {} : { frequency: { everyWeeks } }),
    ...(weeksAYear === undefined ? {} : { frequency: { weeksAYear } }),
  };
}

function readBack(pricing: BudgetPricing) {
  const [header, ...rows] = parseCsv(serviceAgreementCsv(pricing));
  expect(header).toEqual([...SERVICE_AGREEMENT_COLUMNS]);
  return rows.map((row) => ({
    row,
    line: readRow(header ?? [], row),
    cell: (name: string) => row[(header ?? []).indexOf(name)],
  }));
}

describe('the service agreement read back', () => {
  it('gives every line of the example its own fields again, and the weekly cost the pricing gives', async () => {
    const example = readJson('examples/example-ann.json') as Budget;
    const run = await exported('json');
    const report = JSON.parse(run.stdout) as { lines: { id: string; weekly: string }[] };
    const pricing = priceBudget(example, loadCard('rate-cards/england-2025-26.json'));
    const read = readBack(pricing);
    expect(read.map(({ line }) => line)).toEqual(example.lines.map(carried));
    for (const { line, cell } of read) {
      expect(cell('Person reference')).toBe('EXAMPLE-001');
      expect(cell('Budget name')).toBe(example.title);
      const priced = report.lines.find((each) => each.id === line.id);
      // The JSON report lists the lines active on its as-at date; those it lists agree.
      if (priced !== undefined) expect(cell('Weekly cost')).toBe(priced.weekly);
    }
  });

  it("gives an agreed rate as the hourly rate, a PA's with on-costs, a sleep-in and the weekend apart, and a line with two rates none", () => {
    const pricing = priceBudget({
      version: 4,
      carers: [carer({ id: 'c1' })],
      assistants: [{ id: 'pat', name: 'Pat', contractedHoursWeekly: '20' }],
      lines: [
        visits({
          id: 'agreed',
          provider: 'p1',
          days: ['mon', 'sat'],
          agreedRate: { hourly: '24.80' },
          agreedSource: 'Spot purchase, 3 March 2025',
        }),
        visits({ id: 'split', provider: 'p2', days: ['mon', 'sat'] }),
        visits({
          id: 'night',
          resource: 'personal-assistant',
          assistant: 'pat',
          period: 'night',
          days: ['sat', 'sun'],
          minutes: 600,
        }),
        sleepIn({
          id: 'sleep',
          assistant: 'pat',
          days: ['fri', 'sat'],
          frequency: { everyWeeks: 2 },
        }),
        visits({ id: 'carer', resource: 'unpaid-carer', carer: 'c1', days: ['tue'] }),
      ],
    });
    const read = readBack(pricing);
    expect(read.map(({ line }) => line)).toEqual(pricing.budget.lines.map(carried));
    const rate = Object.fromEntries(
      read.map(({ line, cell }) => [
        line.id,
        [cell('Hourly rate'), cell('Weekly hours'), cell('Weekly cost')],
      ]),
    );
    expect(rate).toEqual({
      // 2 h × £24.80, whatever the day.
      agreed: ['24.80', '2.00', '49.60'],
      // £24.00 on Monday, £36.00 on Saturday: no one rate.
      split: ['', '2.00', '60.00'],
      // What an hour costs the budget: a PA's £16.00 a weekend night hour with the on-costs,
      // £16.00 × 1.1507 = £18.4112, to the penny; 20 h of it is £368.22.
      night: ['18.41', '20.00', '368.22'],
      // Two nights × £80.00 × 1.1507, one week in two.
      sleep: ['', '0.00', '92.06'],
      carer: ['', '1.00', '0.00'],
    });
  });
});

describe('the payroll sheet and the schedule with agreed pay', () => {
  const pricing = () =>
    priceBudget({
      version: 4,
      plan: { start: '2026-04-01' },
      assistants: [
        { id: 'pat', name: 'Pat', contractedHoursWeekly: '20' },
        { id: 'lee', name: 'Lee', contractedHoursWeekly: '37.5' },
      ],
      lines: [
        visits({
          id: 'a',
          resource: 'personal-assistant',
          assistant: 'pat',
          from: '2026-05-04',
          agreedPay: { hourly: '13.50' },
          agreedSource: 'Contract of 1 May 2026',
        }),
        visits({
          id: 'b',
          resource: 'personal-assistant',
          assistant: 'pat',
          days: ['sat'],
          from: '2026-06-01',
          agreedPay: { hourly: '13.50' },
          agreedSource: 'Contract of 1 May 2026',
        }),
      ],
    });

  it('pays what every line agrees, starts on the first line’s day, and lists an assistant without lines from the plan’s start', () => {
    const rows = parseCsv(payrollCsv(pricing(), 'en')).filter((row) => row[0] === 'assistant');
    expect(rows.map((row) => [row[3], row[5], row[7], row[8], row[9], row[10]])).toEqual([
      ['pat', '20', '13.50', '13.50', '80.00', '2026-05-04'],
      ['lee', '37.5', '12.00', '15.00', '80.00', '2026-04-01'],
    ]);
  });

  it('names each assistant in the schedule, with or without lines, with each line’s own agreed figure', () => {
    const rows = parseCsv(phbScheduleCsv(pricing(), 'en')).slice(1);
    expect(rows.map((row) => [row[0], row[3], row[6], row[18], row[19]])).toEqual([
      ['assistant', 'pat', '', '12.00', '15.00'],
      ['assistant-line', 'pat', 'a', '13.50', ''],
      ['assistant-line', 'pat', 'b', '', '13.50'],
      ['assistant', 'lee', '', '12.00', '15.00'],
    ]);
  });
});
