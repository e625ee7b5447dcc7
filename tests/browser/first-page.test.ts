import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/domain/format';
import { ROOT } from '../helpers/builders';
import { launch, openWatched } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The headless command's figures for the same file: the app must show the same. */
function headless(args: string[]) {
  const run = spawnSync('npx', ['tsx', 'src/cli/price.ts', 'examples/example-ann.json', '--format', 'json', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as { totals: Record<'weekly' | 'annual' | 'oneOff' | 'firstYear', string> };
}

describe('the first page in Chromium', () => {
  it('shows the example priced to the penny as the headless command prices it, with no fault', async () => {
    const { page, context, faults } = await openWatched(browser);
    const totals = page.getByLabel('Totals').getByRole('definition');
    const cli = headless([]).totals;
    await expect.poll(() => totals.allTextContents()).toEqual(
      [cli.weekly, cli.annual, cli.oneOff, cli.firstYear].map((amount) => formatMoney(amount)),
    );
    expect(faults).toEqual([]);
    await context.close();
  });

  it('re-prices on the 2026-27 card exactly as the headless command does', async () => {
    const { page, context, faults } = await openWatched(browser);
    await page.getByLabel('Rate card').selectOption('england-2026-27');
    const cli = headless(['--rate-card', 'england-2026-27']).totals;
    await expect.poll(() => page.getByLabel('Totals').getByRole('definition').first().textContent()).toBe(formatMoney(cli.weekly));
    expect(faults).toEqual([]);
    await context.close();
  });

  it('runs under a Content Security Policy that allows only its own files, with no violation', async () => {
    const { page, context, faults } = await openWatched(browser);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(faults).toEqual([]); // a violation is reported as a console error
    await context.close();
  });

  it('has no accessibility violations that axe can find', async () => {
    const { page, context } = await openWatched(browser);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await context.close();
  });

  it('fits a 320 px wide screen without scrolling the page sideways', async () => {
    const { page, context } = await openWatched(browser);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.getByRole('heading', { level: 1 }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
