/**
 * The slow steps of the three first-time journeys (issue 22, "Done when"), each timed in
 * Chromium at full speed in a fresh profile, as a new user meets it, from the press to
 * what the person waits for:
 *
 * - the PDF of the example in English: "Download the PDF" on its summary to the download;
 * - the same in Welsh, offline: the app put offline once its offline copy is ready;
 * - the first switch to Cymraeg: the pointer rests on "Cymraeg" (as a person's does before
 *   a click, 150 ms here) and the click, to the page's h1 in Welsh;
 * - the compare page, from the task list to its h1, the first time it is opened;
 * - the re-price page, likewise;
 * - re-pricing a 500-budget caseload on another card, from the choice to the figures
 *   saying the new card.
 *
 * Run alone on a built app: `npm run bench -- --only journeys`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { budgetFileText } from '../../src/io/budget-file';
import { readRateCard } from '../../src/domain/read';
import { ROOT } from './budget-300';
import { freshPage } from './browser';
import { tidy, under, type Figure } from './figure';

const SECOND = 1000;
const REST_MS = 150;

async function openExample(page: Page, appUrl: string): Promise<void> {
  await page.goto(`${appUrl}#/`);
  await page.getByRole('button', { name: /^(Try an example|Rhoi cynnig ar enghraifft)$/ }).click();
  await page.waitForURL('**/#/budgets/example-ann');
  await page.getByRole('heading', { level: 1 }).waitFor();
}

async function timePdf(page: Page): Promise<number> {
  await page.goto(new URL('#/budgets/example-ann/summary', page.url()).href);
  const button = page.getByRole('button', { name: /^(Download the PDF|Lawrlwytho'r PDF)$/ });
  await button.waitFor();
  const start = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    button.evaluate((element: HTMLElement) => element.click()),
  ]);
  const ms = performance.now() - start;
  await download.path();
  return ms;
}

async function timeFirstWelsh(browser: Browser, appUrl: string): Promise<number> {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(`${appUrl}#/`);
    await page.getByRole('heading', { level: 1, name: 'Support budget builder' }).waitFor();
    const link = page.getByRole('link', { name: 'Cymraeg' });
    const start = performance.now();
    await link.hover();
    await page.waitForTimeout(REST_MS);
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Adeiladwr cyllideb cymorth' }).waitFor();
    return performance.now() - start;
  } finally {
    await context.close();
  }
}

async function timeRevisionPages(browser: Browser, appUrl: string): Promise<[number, number]> {
  const { context, page } = await freshPage(browser);
  try {
    await openExample(page, appUrl);
    await page.getByRole('link', { name: /^Revisions: save/ }).click();
    await page.getByRole('button', { name: 'Save as a revision' }).click();
    await page.getByLabel('Why is the plan being revised?').fill('First plan');
    await page.getByLabel('The person the plan is for').check();
    await page.getByRole('button', { name: 'Save revision' }).click();
    await page.getByRole('heading', { level: 1, name: /Revisions/ }).waitFor();
    const timeTo = async (hash: string, heading: RegExp) => {
      await page.evaluate(() => (window.location.hash = '#/budgets/example-ann'));
      await page.getByRole('heading', { level: 1 }).waitFor();
      // The person reads the task list a moment before going on, as the app's idle time allows.
      await page.waitForTimeout(2 * SECOND);
      const start = performance.now();
      await page.evaluate((to) => (window.location.hash = to), hash);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      return performance.now() - start;
    };
    const compare = await timeTo('#/budgets/example-ann/compare/1/current', /ompare|hange/);
    const reprice = await timeTo('#/budgets/example-ann/reprice/england-2026-27', /rice/);
    return [compare, reprice];
  } finally {
    await context.close();
  }
}

async function timePdfs(browser: Browser, appUrl: string): Promise<[number, number | null]> {
  let english: number;
  {
    const { context, page } = await freshPage(browser);
    try {
      await openExample(page, appUrl);
      english = await timePdf(page);
    } finally {
      await context.close();
    }
  }
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(`${appUrl}#/`);
    // The offline copy is made by the service worker; a reload puts the page under it.
    const ready = await page.evaluate(async () => {
      if (!('serviceWorker' in navigator)) return false;
      await navigator.serviceWorker.ready;
      return true;
    });
    if (!ready) return [english, null];
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.getByRole('link', { name: 'Cymraeg' }).click();
    await page.getByRole('heading', { level: 1, name: 'Adeiladwr cyllideb cymorth' }).waitFor();
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Rhoi cynnig ar enghraifft' }).click();
    await page.waitForURL('**/#/budgets/example-ann');
    return [english, await timePdf(page)];
  } finally {
    await context.close();
  }
}

async function timeCaseloadReprice(browser: Browser, appUrl: string): Promise<number> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-journeys-'));
  try {
    const card = readRateCard(
      JSON.parse(readFileSync(join(ROOT, 'rate-cards/england-2025-26.json'), 'utf8')),
    );
    if (!card.ok) throw new Error('the England 2025-26 card is invalid');
    for (const budget of generateBudgets({ count: 500, seed: 22, rateCard: card.value }))
      writeFileSync(join(folder, `${budget.id}.json`), budgetFileText(budget));
    const { context, page } = await freshPage(browser);
    try {
      await page.goto(`${appUrl}#/caseload`);
      await page.setInputFiles('#caseload-folder', folder);
      await page
        .getByRole('heading', { level: 2, name: 'Caseload figures' })
        .waitFor({ timeout: 120_000 });
      const start = performance.now();
      await page.selectOption('#caseload-card', 'england-2026-27');
      await page
        .getByText(/^Priced on England 2026-27/)
        .first()
        .waitFor({ timeout: 120_000 });
      await page.getByRole('heading', { level: 2, name: 'Caseload figures' }).waitFor();
      return performance.now() - start;
    } finally {
      await context.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const figure = (id: string, label: string, ms: number | null, note?: string): Figure => ({
  id,
  label,
  unit: 's',
  value: ms === null ? null : tidy(ms / SECOND),
  goal: under(1),
  ...(note === undefined ? {} : { note }),
});

export async function measureJourneys(browser: Browser, appUrl: string): Promise<Figure[]> {
  const [english, welsh] = await timePdfs(browser, appUrl);
  const firstWelsh = await timeFirstWelsh(browser, appUrl);
  const [compare, reprice] = await timeRevisionPages(browser, appUrl);
  const caseload = await timeCaseloadReprice(browser, appUrl);
  return [
    figure('journey-pdf-en-s', 'First-time journeys: the example’s PDF, English', english),
    figure(
      'journey-pdf-cy-offline-s',
      'First-time journeys: the example’s PDF, Welsh, offline',
      welsh,
      welsh === null ? 'no service worker in this build' : undefined,
    ),
    figure(
      'journey-first-cymraeg-s',
      'First-time journeys: the first switch to Cymraeg',
      firstWelsh,
    ),
    figure('journey-compare-s', 'First-time journeys: the compare page, first opened', compare),
    figure('journey-reprice-s', 'First-time journeys: the re-price page, first opened', reprice),
    figure(
      'journey-caseload-reprice-s',
      'First-time journeys: re-pricing a 500-budget caseload on another card',
      caseload,
    ),
  ];
}
