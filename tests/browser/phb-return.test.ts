/**
 * The quarterly PHB return in the built app in Chromium: version 3 budget files loaded on
 * the caseload page give the headless command's return, in tables axe finds nothing wrong
 * with, and the CSV downloaded is the command's CSV byte for byte.
 */
import { axeViolations } from './a11y';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PhbReturn } from '../../src/domain/caseload/phb-return';
import { budgetFileText } from '../../src/io/budget-file';
import { budget } from '../helpers/builders';
import { price } from '../helpers/run-price';
import { launch, openWatched } from './chromium';

let browser: Browser;
const folder = mkdtempSync(join(tmpdir(), 'phb-return-browser-'));

async function headless(format: string): Promise<string> {
  const run = await price(['--cohort', folder, '--format', format, '--quarter', '2026-27-q1']);
  if (run.code !== 0) throw new Error(run.stderr);
  return run.stdout;
}

beforeAll(async () => {
  const cohorts = ['adult-chc', 'section-117', 'social-care', 'mental-health-other'] as const;
  const routes = ['direct-payment', 'notional', 'third-party'] as const;
  for (let index = 0; index < 24; index++) {
    const start = `2026-0${String(1 + (index % 6))}-${String(10 + (index % 15))}`;
    const plan = {
      start,
      status: index % 5 === 0 ? 'draft' : 'active',
      cohort: cohorts[index % 4],
      ...(index % 3 === 0 ? { end: '2026-06-30' } : {}),
    };
    const file = budget({
      version: 3,
      id: `b${String(index).padStart(2, '0')}`,
      fundingRoute: routes[index % 3],
      plan,
    } as never);
    writeFileSync(join(folder, `${file.id}.json`), budgetFileText(file));
  }
  writeFileSync(join(folder, 'undated.json'), budgetFileText(budget({ id: 'undated' })));
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the PHB return in Chromium', () => {
  it(
    'shows the command’s return in accessible tables, and downloads the command’s CSV [H17.6]',
    { timeout: 180_000 },
    async () => {
      const expected = JSON.parse(await headless('phb-return')) as PhbReturn;
      expect(expected.totals.counted).toBeGreaterThan(0);
      const { page, context, faults } = await openWatched(browser, '/#/caseload');
      await page.setInputFiles(
        '#caseload-files',
        readdirSync(folder).map((name) => join(folder, name)),
      );
      await page
        .getByRole('heading', { level: 2, name: 'Quarterly PHB return' })
        .waitFor({ timeout: 60_000 });
      await page.getByLabel('Quarter', { exact: true }).selectOption('2026-27-q1');
      const counted = page.getByRole('table', {
        name: /^PHBs in place during the quarter, 2026-27-q1/,
      });
      const chc = counted.getByRole('row', { name: /^Adult NHS continuing healthcare/ });
      const routes = expected.counts.counted['adult-chc'];
      const cells = [
        routes['direct-payment'],
        routes.notional,
        routes['third-party'],
        routes['direct-payment'] + routes.notional + routes['third-party'],
      ];
      // Each cell also carries its column heading, hidden but for the phone layout.
      const headings = ['Direct payment', 'Notional budget', 'Third-party budget', 'Total'];
      expect(await chc.getByRole('cell').allTextContents()).toEqual(
        cells.map((n, index) => `${headings[index] ?? ''} ${String(n)}`),
      );
      const all = counted.getByRole('row', { name: /^All PHBs/ });
      expect((await all.getByRole('cell').allTextContents()).at(-1)).toBe(
        `Total ${String(expected.totals.counted)}`,
      );
      await page.getByText('undated (undated.json)').waitFor();

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download the return (CSV)' }).click();
      const saved = await (await download).path();
      expect(readFileSync(saved, 'utf8')).toBe(await headless('phb-return-csv'));

      expect(await axeViolations(page)).toEqual([]);
      expect(faults).toEqual([]);
      await context.close();
    },
  );
});
