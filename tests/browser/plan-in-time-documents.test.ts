/**
 * The "done when" in Chromium: a plan with a six-week uplift after discharge, a
 * respite fortnight (2 weeks a year) and a level-access shower that pays for itself,
 * opened from its file and shown as at one day. The summary's plan year, financial year,
 * quarters and payback, the CSV downloaded from the page and the PDF's text are the
 * headless command's figures for the same file and day, to the penny.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/domain/format';
import { longDateFormatter } from '../../src/domain/long-date';
import type { TimeReport } from '../../src/domain/time-report';
import { price } from '../helpers/run-price';
import { launch, openWatched, type WatchedPage } from './chromium';
import { tableRows } from './steps';

const FILE = 'tests/fixtures/plan-in-time/dated-discharge.json';
const AS_OF = '2026-05-01';
const SCREENSHOT = process.env['PLAN_IN_TIME_SCREENSHOT'];

type Headless = TimeReport & { asOf: string };
let browser: Browser;
let app: WatchedPage;
let downloads: string;
let expected: Headless;

const money = (text: string) => formatMoney(text, 'en-GB');
const longDate = longDateFormatter('en-GB', 'UTC');
const day = (iso: string) => longDate(new Date(`${iso}T00:00:00Z`));

async function headless(format: string): Promise<string> {
  const run = await price([FILE, '--format', format, '--as-of', AS_OF]);
  if (run.code !== 0) throw new Error(run.stderr);
  return run.stdout;
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = join(downloads, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** The plan year, the financial year and the quarters, each with the name the documents give it. */
function periods(): [string, string, TimeReport['periods']['financialYear']][] {
  const { planYear, financialYear, quarters } = expected.periods;
  if (planYear === null) throw new Error('the fixture has a plan start');
  return [
    ['planYear', 'Plan year', planYear],
    ['financialYear', 'Financial year', financialYear],
    ...quarters.map((quarter): [string, string, typeof financialYear] => [
      `q${quarter.quarter}`,
      `Quarter ${quarter.quarter}`,
      quarter,
    ]),
  ];
}

beforeAll(async () => {
  downloads = mkdtempSync(join(tmpdir(), 'plan-in-time-documents-'));
  expected = JSON.parse(await headless('json')) as Headless;
  browser = await launch();
  app = await openWatched(browser);
  const { page } = app;
  await page.getByLabel('Budget file').setInputFiles(FILE);
  await page.getByRole('button', { name: 'Open a budget file' }).click();
  await page.waitForURL('**/#/budgets/dated-discharge');
  await page.goto(new URL(`#/budgets/dated-discharge/summary?asOf=${AS_OF}`, page.url()).href);
  await page.getByText('Figures are as at 1 May 2026.').waitFor();
}, 120_000);
afterAll(async () => {
  await app.context.close();
  await browser.close();
  rmSync(downloads, { recursive: true, force: true });
});

describe(
  'a plan in time, the same in the app, the CSV, the PDF and the command line',
  { timeout: 120_000 },
  () => {
    it('shows on the summary the command’s plan year, financial year, quarters and payback', async () => {
      const { page } = app;
      expect(expected.asOf).toBe(AS_OF);
      expect(await tableRows(page, 'Cost of each period')).toEqual(
        periods().map(([, name, period]) => [
          name,
          day(period.from),
          day(period.to),
          String(period.days),
          money(period.recurring),
          money(period.oneOff),
          money(period.total),
        ]),
      );
      const [shower] = expected.investments;
      expect(shower).toMatchObject({ id: 'shower', paybackWeeks: expect.any(Number) as number });
      expect(await tableRows(page, "Each investment's saving and payback")).toEqual([
        [
          'Level-access shower',
          money(shower?.amount ?? ''),
          money(shower?.savingWeekly ?? ''),
          `${String(shower?.paybackWeeks)} weeks`,
          day(shower?.paybackDate ?? ''),
        ],
      ]);
      if (SCREENSHOT !== undefined) {
        await page
          .getByRole('heading', { name: 'Costs over time' })
          .evaluate((heading) => heading.scrollIntoView());
        await page.screenshot({ path: SCREENSHOT });
      }
      expect(app.faults).toEqual([]);
    });

    it('downloads the command’s CSV, byte for byte, with the periods and payback in it', async () => {
      const file = await download(app.page, 'Download the CSV for finance');
      const text = readFileSync(file, 'utf8');
      expect(text).toBe(await headless('csv'));
      const rows = text
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .map((row) => row.split(','));
      for (const [id, , period] of periods()) {
        const row = rows.find((cells) => cells[0] === 'period' && cells[1] === id);
        expect([row?.[10], row?.[12], row?.[13], row?.[14], row?.[15], row?.[16]]).toEqual([
          period.oneOff,
          period.from,
          period.to,
          String(period.days),
          period.recurring,
          period.total,
        ]);
      }
      const [shower] = expected.investments;
      const payback = rows.find((cells) => cells[0] === 'payback' && cells[1] === 'shower');
      expect([payback?.[8], payback?.[10], payback?.[12], payback?.[13], payback?.[17]]).toEqual([
        shower?.savingWeekly,
        shower?.amount,
        shower?.effectDate,
        shower?.paybackDate,
        String(shower?.paybackWeeks),
      ]);
      const uplift = rows.find((cells) => cells[0] === 'line' && cells[1] === 'uplift');
      expect([uplift?.[12], uplift?.[13]]).toEqual(['2026-04-01', '2026-05-12']);
      const respite = rows.find((cells) => cells[0] === 'line' && cells[1] === 'respite');
      expect(respite?.[5]).toBe('2 weeks a year');
    });

    it('downloads a PDF whose text gives the same periods and payback', async () => {
      const file = await download(app.page, 'Download the PDF');
      const flat = execFileSync('/usr/bin/pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], {
        encoding: 'utf8',
      }).replace(/\s+/g, ' ');
      expect(flat).toContain(`Figures are as at ${day(AS_OF)}.`);
      for (const [, name, period] of periods()) {
        expect(flat).toContain(
          `${name} ${day(period.from)} ${day(period.to)} ${period.days} ${money(period.recurring)} ${money(period.oneOff)} ${money(period.total)}`,
        );
      }
      const [shower] = expected.investments;
      expect(flat).toContain(
        `Level-access shower ${money(shower?.amount ?? '')} ${money(shower?.savingWeekly ?? '')} ${String(shower?.paybackWeeks)} weeks ${day(shower?.paybackDate ?? '')}`,
      );
      expect(flat).toContain('2 weeks a year, averaged');
      expect(flat).toContain(`${day('2026-05-12')} Extra help at home after discharge Last day`);
    });
  },
);
