/**
 * The packages import in the built app in Chromium, with the keyboard alone: the file
 * chosen from the file input, the profile, the columns opened, the spreadsheet read in its
 * worker and the budgets saved, with axe finding nothing at each step, in English and in
 * Welsh. Then the same spreadsheet opened in the caseload view, priced there, not saved.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/builders';
import { axeViolations, setLanguage, type Language } from './a11y';
import { launch, openWatched } from './chromium';
import { tabTo } from './tab-to';

const SCHEDULE = join(ROOT, 'tests/fixtures/import/council-domiciliary.csv');

const WORDS = {
  en: {
    title: 'Import packages of care from a spreadsheet',
    file: 'Spreadsheet',
    profile: 'Council domiciliary care schedule (one row per visit pattern)',
    columns: 'Check or change the columns',
    read: 'Read the spreadsheet',
    result: 'What the spreadsheet holds',
    save: 'Save the budgets (3)',
    saved: 'Budgets imported',
    caseload: 'Open in the caseload',
  },
  cy: {
    title: 'Mewnforio pecynnau gofal o daenlen',
    file: 'Taenlen',
    profile: 'Amserlen gofal cartref y cyngor (un rhes ar gyfer pob patrwm ymweliadau)',
    columns: 'Gwirio neu newid y colofnau',
    read: 'Darllen y daenlen',
    result: 'Beth sydd yn y daenlen',
    save: "Cadw'r cyllidebau (3)",
    saved: "Cyllidebau wedi'u mewnforio",
    caseload: 'Agor yn y llwyth achosion',
  },
} as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The import page in `language`, the schedule chosen from the file input with the keyboard. */
async function chooseSchedule(page: Page, language: Language) {
  const words = WORDS[language];
  await setLanguage(page, language);
  await page.goto(new URL('#/import', page.url()).href);
  await page.getByRole('heading', { level: 1, name: words.title }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  const input = page.getByLabel(words.file);
  await tabTo(page, input);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), input.press('Space')]);
  await chooser.setFiles(SCHEDULE);
  await expect
    .poll(() =>
      page.getByLabel(words.file).evaluate((input: HTMLInputElement) => input.files?.length),
    )
    .toBe(1);
  const profile = page.getByLabel(words.profile);
  await tabTo(page, profile);
  await page.keyboard.press('Space');
  expect(await profile.isChecked()).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  return words;
}

/** Read with the keyboard, and the results shown. */
async function read(page: Page, words: (typeof WORDS)[Language]) {
  await tabTo(page, page.getByRole('button', { name: words.read }));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: words.result }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
}

describe('the import page with the keyboard alone', () => {
  it.each(['en', 'cy'] as const)(
    'in %s, from the file to the budgets saved, with axe finding nothing at each step',
    { timeout: 120_000 },
    async (language) => {
      const { page, context, faults } = await openWatched(browser);
      const words = await chooseSchedule(page, language);

      // The columns, opened with Enter: every field labelled, in the page's language.
      await tabTo(page, page.locator('summary', { hasText: words.columns }));
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('details').first().getAttribute('open')).toBe('');
      expect(await axeViolations(page)).toEqual([]);

      await read(page, words);
      await tabTo(page, page.getByRole('button', { name: words.save }));
      await page.keyboard.press('Enter');
      await page.waitForURL(/#\/$/);
      await page.getByText(words.saved, { exact: true }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      const saved = await page.evaluate(() => document.body.textContent ?? '');
      for (const person of ['Ann Example', 'Bob Sample', 'Cy Person'])
        expect(saved).toContain(person);
      expect(faults).toEqual([]);
      await context.close();
    },
  );

  it(
    'opens what it read in the caseload, priced there and not saved',
    { timeout: 120_000 },
    async () => {
      const { page, context, faults } = await openWatched(browser);
      const words = await chooseSchedule(page, 'en');
      await read(page, words);
      await tabTo(page, page.getByRole('button', { name: words.caseload }));
      await page.keyboard.press('Enter');
      await page.waitForURL(/#\/caseload$/);
      await page.getByRole('heading', { level: 2, name: 'Caseload figures' }).waitFor();
      const budgets = page
        .locator('dt', { hasText: /^Budgets$/ })
        .locator('xpath=following-sibling::dd[1]');
      expect(await budgets.textContent()).toBe('3');
      expect(await axeViolations(page)).toEqual([]);
      // Nothing was saved: the start page still offers no budget to continue.
      await page.goto(new URL('#/', page.url()).href);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.evaluate(() => document.body.textContent ?? '')).not.toContain(
        'Ann Example',
      );
      expect(faults).toEqual([]);
      await context.close();
    },
  );

  it.each(['en', 'cy'] as const)(
    'in %s, a council rate sheet read into a card shows its figures, and axe finds nothing',
    { timeout: 120_000 },
    async (language) => {
      const { page, context, faults } = await openWatched(browser);
      await setLanguage(page, language);
      await page.goto(new URL('#/rate-cards/import/sheet', page.url()).href);
      const input = page.getByLabel(language === 'cy' ? 'Taenlen cyfraddau' : 'Rate spreadsheet');
      await tabTo(page, input);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), input.press('Space')]);
      await chooser.setFiles(join(ROOT, 'tests/fixtures/import/council-rate-schedule.csv'));
      // The second profile: Tab reaches the first, the arrow key moves to the next, as radios do.
      await tabTo(page, page.getByRole('radio').first());
      await page.keyboard.press('ArrowDown');
      const schedule =
        language === 'cy'
          ? "Rhestr cyfraddau'r cyngor (colofn ar gyfer pob blwyddyn)"
          : 'Council rate schedule (a column for each year)';
      await expect.poll(() => page.getByLabel(schedule).isChecked()).toBe(true);
      const read = language === 'cy' ? 'Darllen y daenlen cyfraddau' : 'Read the rate spreadsheet';
      await tabTo(page, page.getByRole('button', { name: read }));
      await page.keyboard.press('Enter');
      await page
        .locator('caption', { hasText: language === 'cy' ? 'Ffigurau' : 'Figures' })
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(faults).toEqual([]);
      await context.close();
    },
  );
});
