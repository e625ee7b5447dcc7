/**
 * The caseload view in the built app in Chromium: a few hundred generated budget files,
 * some of them broken, loaded through the file picker and as a folder; the figures must
 * be the headless command's for the same folder, the broken files listed with reasons,
 * with no console error, no request to another origin and nothing axe can find.
 */
import { zipSync, type Zippable } from 'fflate';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseloadSummary } from '../../src/domain/caseload/summary';
import { formatMoney } from '../../src/domain/format';
import { localIsoDate } from '../../src/domain/local-date';
import type { Budget } from '../../src/domain/schema/budget';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { budgetFileText } from '../../src/io/budget-file';
import { loadCard, ROOT } from '../helpers/builders';
import { axeViolations } from './a11y';
import { launch, openWatched } from './chromium';

const COUNT = 300;
let browser: Browser;
let folder: string;
let summary: CaseloadSummary;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'caseload-'));
  const budgets = generateBudgets({
    count: COUNT,
    seed: 2026,
    rateCard: loadCard('rate-cards/england-2025-26.json'),
  });
  // A quarter's files often come in folders by team: a third of them in a subfolder.
  mkdirSync(join(folder, 'north-team'));
  budgets.forEach((budget, index) => {
    const path =
      index % 3 === 0
        ? join(folder, 'north-team', `${budget.id}.json`)
        : join(folder, `${budget.id}.json`);
    writeFileSync(path, budgetFileText(budget));
  });
  const first = budgets[0] as Budget;
  writeFileSync(join(folder, 'truncated.json'), budgetFileText(first).slice(0, 200));
  writeFileSync(
    join(folder, 'newer-version.json'),
    budgetFileText({ ...first, version: 99 } as unknown as Budget),
  );
  writeFileSync(
    join(folder, 'zero-minutes.json'),
    budgetFileText({
      ...first,
      id: 'zero',
      lines: [
        {
          ...(first.lines[0] as Budget['lines'][number]),
          kind: 'visits',
          minutes: 0,
        } as Budget['lines'][number],
      ],
    }),
  );
  writeFileSync(
    join(folder, 'other-area.json'),
    budgetFileText({
      ...first,
      id: 'other-area',
      lines: [
        {
          id: 'l1',
          kind: 'visits',
          domain: 'personal-care',
          activity: 'Wash',
          resource: 'registered-provider',
          provider: 'not-on-this-card',
          minutes: 30,
          visitsPerDay: 1,
          workers: 1,
          period: 'day',
          days: ['mon'],
        },
      ],
    }),
  );
  // The page prices the whole caseload as at one day, today until another is chosen: the
  // command is asked for the same day.
  const asOf = localIsoDate(new Date());
  const run = spawnSync(
    'npx',
    ['tsx', 'src/cli/price.ts', '--cohort', folder, '--format', 'json', '--as-of', asOf],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  summary = (JSON.parse(run.stdout) as { summary: CaseloadSummary }).summary;
});

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
});

async function figures(page: Page): Promise<Record<string, string>> {
  const rows = page.locator('.nhsuk-summary-list__row');
  const found: Record<string, string> = {};
  for (const row of await rows.all()) {
    found[((await row.locator('dt').textContent()) ?? '').trim()] = (
      (await row.locator('dd').first().textContent()) ?? ''
    ).trim();
  }
  return found;
}

function expectHeadlessFigures(shown: Record<string, string>) {
  expect(summary.count).toBe(COUNT);
  expect(shown).toMatchObject({
    Budgets: String(COUNT),
    'Total a year': formatMoney(summary.totals.annual),
    'Total a week': formatMoney(summary.totals.weekly),
    'One-off costs': formatMoney(summary.totals.oneOff),
    'First year (a year plus one-off costs)': formatMoney(summary.totals.firstYear),
    'Mean (average) cost a year': formatMoney(summary.annual?.mean ?? ''),
    'Median cost a year': formatMoney(summary.annual?.median ?? ''),
  });
}

const allFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(dir, name));

describe('the caseload view in Chromium', () => {
  it('prices a few hundred chosen files, lists the broken ones, and shows the headless command’s figures', async () => {
    const { page, context, faults } = await openWatched(browser, '/#/caseload');
    await page.setInputFiles('#caseload-files', allFiles(folder));
    await page
      .getByRole('heading', { level: 2, name: 'Caseload figures' })
      .waitFor({ timeout: 60_000 });
    expectHeadlessFigures(await figures(page));
    await expect
      .poll(() => page.getByText('304 files loaded, 301 of them budgets that can be used.').count())
      .toBe(1);
    await page.getByRole('heading', { name: /4 files are not in these figures/ }).waitFor();
    await page.getByText('3 files cannot be read as budgets').click();
    for (const name of ['truncated.json', 'newer-version.json', 'zero-minutes.json'])
      await page.getByText(name, { exact: true }).waitFor();
    await page
      .getByText(/^The first need \(.+\): minutes must be a whole number from 1 to 1440$/)
      .waitFor();
    await page
      .getByText(
        '1 budget cannot be priced on England 2025-26, national reference figures (illustrative)',
      )
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(faults).toEqual([]);
    await context.close();
  });

  it('reads a whole folder, its subfolders too, shared between five workers, with the same figures', async () => {
    const { page, context, faults } = await openWatched(browser, '/#/caseload');
    // A laptop with five cores gets a worker a core; this machine may have fewer.
    await context.addInitScript(() =>
      Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => 5 }),
    );
    await page.reload();
    await page.setInputFiles('#caseload-folder', folder);
    await page
      .getByRole('heading', { level: 2, name: 'Caseload figures' })
      .waitFor({ timeout: 60_000 });
    expect(page.workers()).toHaveLength(5);
    expectHeadlessFigures(await figures(page));
    const table = page.getByRole('table', { name: /Budgets 1 to 300 of 300/ });
    await expect
      .poll(() => table.getByText(/^caseload-[^/]+\/north-team\//).count())
      .toBeGreaterThan(0);
    expect(faults).toEqual([]);
    await context.close();
  });

  it('reads a zip of the folder in its workers, with the same figures, and opens a budget from it', async () => {
    // The folder zipped as a person would: under its own name, with a note beside the budgets.
    const zippable: Zippable = { [`${basename(folder)}/notes.txt`]: new Uint8Array([104, 105]) };
    for (const path of allFiles(folder))
      zippable[`${basename(folder)}/${relative(folder, path)}`] = readFileSync(path);
    const zip = join(`${folder}-zip`, 'quarter.zip');
    mkdirSync(`${folder}-zip`);
    writeFileSync(zip, zipSync(zippable));
    const { page, context, faults } = await openWatched(browser, '/#/caseload');
    await page.setInputFiles('#caseload-files', zip);
    await page
      .getByRole('heading', { level: 2, name: 'Caseload figures' })
      .waitFor({ timeout: 60_000 });
    expectHeadlessFigures(await figures(page));
    await page.getByText('304 files loaded, 301 of them budgets that can be used.').waitFor();
    await page.getByText('3 files cannot be read as budgets').click();
    await page.getByText(`${basename(folder)}/truncated.json`, { exact: true }).waitFor();
    const table = page.getByRole('table', { name: /Budgets 1 to 300 of 300/ });
    await table
      .getByRole('button', { name: /^Open .+north-team\// })
      .first()
      .click();
    await expect.poll(() => page.url()).toMatch(/#\/budgets\//);
    expect(faults).toEqual([]);
    await context.close();
    rmSync(`${folder}-zip`, { recursive: true, force: true });
  });
});
