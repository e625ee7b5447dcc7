/**
 * In the built app in Chromium: the three exports for other systems download from the
 * summary byte for byte as the headless command makes them (as at the same day), and a
 * typical need is found and chosen with the keyboard alone, with axe finding nothing on
 * the page after the choice, in English and Welsh.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/builders';
import { axeViolations, setLanguage } from './a11y';
import { launch, openWatched, type WatchedPage } from './chromium';

const EXAMPLE = '#/budgets/example-ann';
const SLUG = 'support-plan-for-ann-example-a-fictional-example';

let browser: Browser;
let app: WatchedPage;
let downloads: string;

beforeAll(async () => {
  downloads = mkdtempSync(join(tmpdir(), 'exports-'));
  browser = await launch();
  app = await openWatched(browser);
  await app.page.getByRole('button', { name: 'Try an example' }).click();
  await app.page.waitForURL('**/#/budgets/example-ann');
});
afterAll(async () => {
  await app.context.close();
  await browser.close();
  rmSync(downloads, { recursive: true, force: true });
});

const headless = (format: string) => {
  const args = ['tsx', 'src/cli/price.ts', 'examples/example-ann.json', '--format', format];
  const run = spawnSync('npx', args, { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
};

describe('the exports and the typical needs in the built app', () => {
  it('downloads each export from the summary exactly as the command makes it', async () => {
    const { page } = app;
    await page.goto(new URL(`${EXAMPLE}/summary`, page.url()).href);
    await page.getByRole('heading', { level: 1, name: /Check and summary/ }).waitFor();
    for (const [button, format] of [
      ['Download the schedule for a personal health budget platform', 'phb-schedule'],
      ['Download the payroll starter sheet', 'payroll'],
      ['Download the service agreement', 'service-agreement'],
    ] as const) {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      expect(file.suggestedFilename()).toBe(`${SLUG}-${format}.csv`);
      const path = join(downloads, file.suggestedFilename());
      await file.saveAs(path);
      const text = readFileSync(path, 'utf8');
      // As at the same day: today moved into the plan's dates, on the page and in the command.
      expect(text).toBe(headless(format));
    }
    expect(app.faults).toEqual([]);
  });

  it.each(['en', 'cy'] as const)(
    'in %s, finds and chooses a typical need with the keyboard, and axe finds nothing',
    async (language) => {
      // A browser of its own, so the need page opens afresh, as it does for a person.
      const own = await openWatched(browser);
      const { page } = own;
      await page.getByRole('button', { name: 'Try an example' }).click();
      await page.waitForURL('**/#/budgets/example-ann');
      await setLanguage(page, language);
      await page.goto(new URL(`${EXAMPLE}/domains/personal-care/lines/new`, page.url()).href);
      const search = page.getByRole('searchbox');
      await page
        .getByRole('heading', {
          level: 2,
          name: language === 'cy' ? 'Dechrau o angen cyffredin' : 'Start from a typical need',
        })
        .waitFor();
      const word = language === 'cy' ? 'gwely' : 'bedtime';
      await search.focus();
      await page.keyboard.type(word);
      await expect.poll(() => search.inputValue()).toBe(word);
      await page.keyboard.press('Tab');
      const choice =
        language === 'cy'
          ? 'Help amser gwely, 30 munud, bob dydd'
          : 'Bedtime help, 30 minutes, every day';
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(choice);
      await page.keyboard.press('Enter');
      const activity = page.getByLabel(
        language === 'cy' ? "Beth yw'r cymorth?" : 'What is the support?',
      );
      await expect
        .poll(() => activity.evaluate((element) => element === document.activeElement))
        .toBe(true);
      expect(await activity.inputValue()).toBe(
        language === 'cy' ? 'Help i baratoi ar gyfer y gwely' : 'Help to get ready for bed',
      );
      expect(await axeViolations(page)).toEqual([]);
      expect(own.faults).toEqual([]);
      await own.context.close();
    },
  );
});
