/**
 * The PDF's "Costs over time" read back with pdftotext: the as-at date, every period, the
 * investment's payback, the five-year projection and each dated line (its dates, its
 * frequency and its weekly cost) are the command line's JSON figures to the penny.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/domain/format';
import { ROOT } from '../helpers/builders';
import { PDFTOTEXT, RENDER_TIMEOUT } from '../helpers/pdf-render';
import { price } from '../helpers/run-price';

const EXAMPLE = join(ROOT, 'examples', 'example-ann.json');
const AS_OF = '2026-05-01';

interface Period {
  from: string;
  to: string;
  days: number;
  recurring: string;
  oneOff: string;
  total: string;
}
interface Json {
  asOf: string;
  periods: { planYear: Period; financialYear: Period; quarters: (Period & { quarter: number })[] };
  investments: {
    id: string;
    amount: string;
    savingWeekly: string;
    paybackWeeks: number;
    paybackDate: string;
  }[];
  projection: {
    year: number;
    from: string;
    to: string;
    withInvestments: string;
    without: Record<string, string>;
  }[];
  lines: {
    id: string;
    from: string | null;
    until: string | null;
    weekly: string;
    annual: string;
    frequency: { kind: string; weeks?: number };
  }[];
  amounts: { id: string; date: string | null; oneOff: string }[];
}
interface File {
  lines: { id: string; activity: string }[];
  expenses: { id: string; description: string }[];
}

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const date = (iso: string) => longDate.format(new Date(`${iso}T00:00:00Z`));
const money = (amount: string) => formatMoney(amount);

let json: Json;
let flat = '';
const file = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as File;
const activity = (id: string) => file.lines.find((line) => line.id === id)?.activity ?? '';
const description = (id: string) =>
  file.expenses.find((expense) => expense.id === id)?.description ?? '';

const dir = mkdtempSync(join(tmpdir(), 'pdf-time-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

beforeAll(async () => {
  const out = join(dir, 'ann.pdf');
  const pdf = await price([EXAMPLE, '--format', 'pdf', '--as-of', AS_OF, '--out', out]);
  expect(pdf.code).toBe(0);
  json = JSON.parse((await price([EXAMPLE, '--format', 'json', '--as-of', AS_OF])).stdout) as Json;
  flat = execFileSync(PDFTOTEXT, ['-raw', '-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
}, RENDER_TIMEOUT);

describe('the PDF’s costs over time, against the JSON', () => {
  it('says the as-at date the JSON gives', () => {
    expect(json.asOf).toBe(AS_OF);
    expect(flat).toContain(`Figures are as at ${date(json.asOf)}.`);
  });

  it('gives the plan year, the financial year and each quarter, to the penny', () => {
    const { planYear, financialYear, quarters } = json.periods;
    const rows: [string, Period][] = [
      ['Plan year', planYear],
      ['Financial year', financialYear],
      ...quarters.map((quarter): [string, Period] => [`Quarter ${quarter.quarter}`, quarter]),
    ];
    expect(rows).toHaveLength(6);
    for (const [name, period] of rows) {
      expect(flat).toContain(
        `${name} ${date(period.from)} ${date(period.to)} ${period.days} ${money(period.recurring)} ${money(period.oneOff)} ${money(period.total)}`,
      );
    }
  });

  it('gives each investment’s amount, saving a week, payback weeks and date', () => {
    expect(json.investments.length).toBeGreaterThan(0);
    for (const payback of json.investments) {
      expect(flat).toContain(
        `${description(payback.id)} ${money(payback.amount)} ${money(payback.savingWeekly)} ${payback.paybackWeeks} weeks ${date(payback.paybackDate)}`,
      );
    }
  });

  it('gives the five-year projection with and without each investment', () => {
    expect(json.projection).toHaveLength(5);
    for (const year of json.projection) {
      const without = Object.values(year.without).map(money).join(' ');
      expect(flat).toContain(
        `Year ${year.year} ${date(year.from)} ${date(year.to)} ${money(year.withInvestments)} ${without}`,
      );
    }
  });

  it('gives each dated line’s first and last day with its weekly cost, and each one-off on its date', () => {
    const dated = json.lines.filter((line) => line.from !== null || line.until !== null);
    expect(dated.map((line) => line.id)).toEqual(['after-hospital', 'shower', 'shower-single']);
    for (const line of dated) {
      if (line.from !== null)
        expect(flat).toContain(
          `${date(line.from)} ${activity(line.id)} Starts (${money(line.weekly)} a week)`,
        );
      if (line.until !== null)
        expect(flat).toContain(
          `${date(line.until)} ${activity(line.id)} Last day (${money(line.weekly)} a week)`,
        );
    }
    for (const amount of json.amounts.filter((found) => found.date !== null)) {
      expect(flat).toContain(
        `${date(amount.date ?? '')} ${description(amount.id)} Spent once: ${money(amount.oneOff)}`,
      );
    }
  });

  it('says how often a line’s week comes, and from when, beside its weekly and annual cost', () => {
    const line = (id: string) => json.lines.find((found) => found.id === id);
    expect(line('respite')?.frequency).toEqual({ kind: 'weeks-a-year', weeks: 2 });
    expect(flat).toMatch(
      new RegExp(
        `2 weeks a year, averaged .*${escape(money(line('respite')?.weekly ?? ''))} ${escape(money(line('respite')?.annual ?? ''))}`,
      ),
    );
    expect(line('sitting')?.frequency).toEqual({ kind: 'every-weeks', weeks: 2 });
    expect(flat).toContain('every other week');
    expect(flat).toContain(`from ${date(line('shower-single')?.from ?? '')}`);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
