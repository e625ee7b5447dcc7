/**
 * The text report's working of a line (pricing rule 9): each row is the arithmetic that
 * gives the rounded figure the totals use, for a weekly line, a line one week in N and a
 * line N weeks a year, in English and in Welsh.
 */
import { describe, expect, it } from 'vitest';
import { price } from '../helpers/run-price';

async function report(lang: 'en' | 'cy'): Promise<string[]> {
  const run = await price([
    'examples/example-ann.json',
    '--format',
    'text',
    '--as-of',
    '2026-05-01',
    '--lang',
    lang,
  ]);
  expect(run.code).toBe(0);
  return run.stdout.split('\n');
}

/** The working rows under a line's heading, up to the next heading. */
function workingOf(rows: string[], id: string): string[] {
  const start = rows.findIndex((row) => row.startsWith(`${id}  `));
  expect(start).toBeGreaterThanOrEqual(0);
  const end = rows.findIndex((row, index) => index > start && !row.startsWith('    '));
  return rows.slice(start + 1, end);
}

/** The weekly and annual figures the JSON gives for a line. */
async function figures(id: string): Promise<{ weekly: string; annual: string }> {
  const run = await price([
    'examples/example-ann.json',
    '--format',
    'json',
    '--as-of',
    '2026-05-01',
  ]);
  const json = JSON.parse(run.stdout) as {
    lines: { id: string; weekly: string; annual: string }[];
  };
  const line = json.lines.find((found) => found.id === id);
  if (line === undefined) throw new Error(`no line ${id}`);
  return line;
}

describe('the working of a line by its frequency', () => {
  it('works a respite fortnight (2 weeks a year) from the year, as rule 9 prices it', async () => {
    const rows = workingOf(await report('en'), 'respite');
    expect(rows.slice(-2)).toEqual([
      '    Annual: £1915.60 in a week it comes × 2 = £3831.20 rounds half-up to £3,831.20',
      '    Weekly: £3831.20 ÷ 52.143 = £73.474867… rounds half-up to £73.47',
    ]);
    expect(await figures('respite')).toMatchObject({ weekly: '73.47', annual: '3831.20' });
  });

  it('works every other week from the week it comes, then the year from the rounded week', async () => {
    const rows = workingOf(await report('en'), 'sitting');
    expect(rows.slice(-2)).toEqual([
      '    Weekly: £141.40 in a week it comes ÷ 2 = £70.70 rounds half-up to £70.70',
      '    Annual: £70.70 × 52.143 = £3,686.51',
    ]);
    expect(await figures('sitting')).toMatchObject({ weekly: '70.70', annual: '3686.51' });
  });

  it('keeps the working of a weekly line as before', async () => {
    const rows = workingOf(await report('en'), 'morning');
    expect(rows.slice(-2)).toEqual([
      '    Weekly: £179.5875 rounds half-up to £179.59',
      '    Annual: £179.59 × 52.143 = £9,364.36',
    ]);
  });

  it('says the same working in Welsh', async () => {
    const rows = await report('cy');
    expect(workingOf(rows, 'respite').slice(-2)).toEqual([
      '    Blynyddol: £1915.60 mewn wythnos pan ddaw × 2 = £3831.20, sy’n talgrynnu hanner i fyny i £3,831.20',
      '    Wythnosol: £3831.20 ÷ 52.143 = £73.474867…, sy’n talgrynnu hanner i fyny i £73.47',
    ]);
    expect(workingOf(rows, 'sitting').slice(-2)).toEqual([
      '    Wythnosol: £141.40 mewn wythnos pan ddaw ÷ 2 = £70.70, sy’n talgrynnu hanner i fyny i £70.70',
      '    Blynyddol: £70.70 × 52.143 = £3,686.51',
    ]);
  });
});
