/**
 * `npm run price -- --cohort <folder> --format text`: the caseload summary, cost avoided,
 * the cost in the year and, with --quarter, the PHB return, as plain text in the text
 * report's layout, in English and Welsh. The words and figures are the caseload CSV's rows.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { price } from '../helpers/run-price';

let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'cohort-text-'));
  copyFileSync('examples/example-ann.json', join(folder, 'example-ann.json'));
  copyFileSync(
    'tests/fixtures/plan-in-time/dated-discharge.json',
    join(folder, 'dated-discharge.json'),
  );
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const run = (...extra: string[]) =>
  price(['--cohort', folder, '--format', 'text', '--as-of', '2025-10-15', ...extra]);

describe('npm run price -- --cohort --format text', { timeout: 30_000 }, () => {
  it('sets out the summary, the cost avoided and the cost in the year, each section underlined', async () => {
    const { code, stdout, stderr } = await run();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(
      stdout.startsWith(`Caseload report: priced on the rate card england-2025-26 as at 2025-10-15
=========================================================================

Caseload
--------
All budgets
    Rate card: england-2025-26
    Budgets: 2

Totals
------
All budgets
    Weekly: 869.79
    Annual: 45353.54
    One-off: 4200.00
    First year: 49553.54
`),
    ).toBe(true);
    expect(stdout).toContain(`
Highest-cost budgets
--------------------
example-ann.json (example-ann)
    Annual: 45353.54
dated-discharge.json (dated-discharge)
    Annual: 0.00

Cost avoided against traditional packages
-----------------------------------------
All budgets
    Traditional packages a week: 1074.38
    Traditional packages a year: 116021.65
    Budgets a year: 45353.54
    Cost avoided a year: 70668.11
    Cost avoided (% of traditional): 60.9
    Budgets with a recorded package cost: 1
    Budgets that cost more: 0

Cost in the year
----------------
This quarter so far (2025-26-q3), 2025-10-01 to 2025-10-15
    Cost: 1863.85
This quarter in full (2025-26-q3), 2025-10-01 to 2025-12-31
    Cost: 11431.56
This financial year so far, 2025-04-01 to 2025-10-15
    Cost: 28278.20
Financial year outturn, if every plan runs as planned, 2025-04-01 to 2026-03-31
    Cost: 49028.99
`);
    expect(stdout).not.toContain('PHB return');
  });

  it('adds the PHB return’s tables, their columns lined up, when --quarter is given', async () => {
    const { code, stdout } = await run('--quarter', '2025-26-q2');
    expect(code).toBe(0);
    expect(stdout).toContain(`
PHB return, 2025-26-q2: 2025-07-01 to 2025-09-30
------------------------------------------------

PHBs in place during the quarter
    Cohort                                       Direct payment  Notional budget  Third-party budget  Total
    Adult NHS continuing healthcare                           1                0                   0      1
    Adult fast track (end of life CHC)                        0                0                   0      0
`);
    expect(stdout).toContain(`
Social-care personal budgets
    Count                                                        Budgets
    PHBs in place during the quarter                                   0
`);
    expect(
      stdout.endsWith(`
Budgets without a plan start date
    Budget id
`),
    ).toBe(true);
  });

  it('speaks Welsh with --lang cy, with the same figures', async () => {
    const { code, stdout } = await run('--lang', 'cy');
    expect(code).toBe(0);
    expect(
      stdout.startsWith(`Adroddiad llwyth achosion: wedi'i brisio ar y cerdyn cyfraddau england-2025-26 fel ar 2025-10-15
================================================================================================

Llwyth achosion
---------------
Pob cyllideb
    Cerdyn cyfraddau: england-2025-26
    Cyllidebau: 2

Cyfansymiau
-----------
Pob cyllideb
    Wythnosol: 869.79
    Blynyddol: 45353.54
    Untro: 4200.00
    Blwyddyn gyntaf: 49553.54
`),
    ).toBe(true);
    expect(stdout).toContain(`
Cost a osgowyd o'i gymharu â phecynnau traddodiadol
---------------------------------------------------
Pob cyllideb
    Pecynnau traddodiadol yr wythnos: 1074.38
    Pecynnau traddodiadol y flwyddyn: 116021.65
    Cyllidebau y flwyddyn: 45353.54
    Cost a osgowyd y flwyddyn: 70668.11
    Cost a osgowyd (% o'r traddodiadol): 60.9
`);
  });

  it('still refuses --quarter with a format that does not count it', async () => {
    const { code, stderr } = await price([
      '--cohort',
      folder,
      '--format',
      'csv',
      '--quarter',
      '2025-26-q2',
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('--quarter goes with --format phb-return, phb-return-csv or text');
  });
});
