/**
 * `npm run price` prices a budget on the shipped Wales 2026-27 card, known by its id: a
 * health board or council in Wales costs on Welsh figures (PA pay at the Real Living Wage
 * the Welsh Government funds from April 2026, £13.45) and the card's placeholders, worked
 * here by hand.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { budget, visits } from '../helpers/builders';
import { price } from '../helpers/run-price';

const folder = mkdtempSync(join(tmpdir(), 'wales-2026-27-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const file = join(folder, 'cymru.json');
writeFileSync(
  file,
  JSON.stringify(
    budget({
      rateCard: 'wales-2026-27',
      lines: [
        visits({
          id: 'up',
          activity: 'Help to get up',
          days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
        }),
        visits({
          id: 'lunch',
          activity: 'Lunch',
          resource: 'personal-assistant',
          days: ['mon', 'tue', 'wed', 'thu', 'fri'],
        }),
      ],
    }),
  ),
);

interface Report {
  rateCard: string;
  totals: { weekly: string; annual: string };
  lines: { id: string; weekly: string; annual: string }[];
  settings: { id: string; weekly: string; annual: string }[];
}

describe('npm run price on the Wales 2026-27 card', () => {
  it('prices every line, the employer costs and the care homes on the card’s figures, to the penny', async () => {
    const run = await price([file, '--format', 'json', '--as-of', '2026-12-04']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.rateCard).toBe('wales-2026-27');
    expect(report.lines.map((line) => [line.id, line.weekly, line.annual])).toEqual([
      // 7 h × £33.46 = £234.22; × 52.143 = £12,212.93
      ['up', '234.22', '12212.93'],
      // 5 h × £13.45 × 1.1507 = £77.384575 → £77.38; × 52.143 = £4,034.83
      ['lunch', '77.38', '4034.83'],
    ]);
    // + insurance £90.00 a year (£1.73 a week) and payroll £7.50 a week (£391.07 a year)
    expect(report.totals).toMatchObject({ weekly: '320.83', annual: '16728.83' });
    expect(report.settings.find((s) => s.id === 'nursing')).toMatchObject({
      // Pembrokeshire nursing £1,009.02 + NHS-funded Nursing Care (England's) £267.68
      weekly: '1276.70',
      annual: '66570.97',
    });
  });

  it('names the card in the text report, with its year', async () => {
    const run = await price([file, '--format', 'text', '--as-of', '2026-12-04']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(wales-2026-27), 2026-04-01 to 2027-03-31, 52.143 weeks a year');
  });
});
