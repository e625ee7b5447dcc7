/**
 * The built app's pages in Chromium: the example's figures equal the headless command's,
 * every page runs under a strict Content Security Policy, axe finds nothing on any page or
 * state, and every page fits a 320 px wide screen.
 */
import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/domain/format';
import { ROOT } from '../helpers/builders';
import { documentedExceptions, exceptions } from '../helpers/csp';
import { launch, openWatched, type WatchedPage } from './chromium';

let browser: Browser;
let app: WatchedPage;
beforeAll(async () => {
  browser = await launch();
  app = await openWatched(browser);
  await app.page.getByRole('button', { name: 'Try an example' }).click();
  await app.page.waitForURL('**/#/budgets/example-ann');
});
afterAll(async () => {
  await app.context.close();
  await browser.close();
});

const EXAMPLE = '#/budgets/example-ann';
const PAGES: readonly [string, string][] = [
  ['start', '#/'],
  ['task list', EXAMPLE],
  ['about the person', `${EXAMPLE}/about`],
  ['a domain', `${EXAMPLE}/domains/personal-care`],
  ['a need line', `${EXAMPLE}/domains/personal-care/lines/morning`],
  ['a new need line', `${EXAMPLE}/domains/work/lines/new`],
  ['unpaid carers', `${EXAMPLE}/carers`],
  ['a carer', `${EXAMPLE}/carers/sam`],
  ['expenses', `${EXAMPLE}/expenses`],
  ['an expense', `${EXAMPLE}/expenses/pa-travel`],
  ['check and summary', `${EXAMPLE}/summary`],
  ['delete', `${EXAMPLE}/delete`],
  ['not found', '#/nowhere'],
];

async function visit(page: Page, hash: string): Promise<void> {
  await page.goto(new URL(hash, page.url()).href);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('the pages in Chromium', () => {
  it('show the example priced to the penny as the headless command prices it', async () => {
    await visit(app.page, `${EXAMPLE}/summary`);
    const run = spawnSync('npx', ['tsx', 'src/cli/price.ts', 'examples/example-ann.json', '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    const { totals } = JSON.parse(run.stdout) as { totals: Record<string, string> };
    for (const [label, amount] of [
      ['Weekly total', totals['weekly']],
      ['Annual total', totals['annual']],
      ['First-year total', totals['firstYear']],
    ] as const) {
      const row = app.page.locator('.nhsuk-summary-list__row', { hasText: label }).first();
      expect(await row.locator('.nhsuk-summary-list__value').textContent()).toContain(formatMoney(amount ?? ''));
    }
  });

  it('run under a Content Security Policy that allows only their own files', async () => {
    const policy = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    // 'wasm-unsafe-eval' (WebAssembly only, for the PDF's layout engine) is allowed; eval is not.
    expect(policy).not.toContain("'unsafe-eval'");
    // Every allowance beyond the app's own files is one docs/reliability.md lists, and no other.
    expect(exceptions(policy ?? '')).toEqual(documentedExceptions());
  });

  it.each(PAGES)('%s has no accessibility violations that axe can find', async (_name, hash) => {
    await visit(app.page, hash);
    expect(await axeViolations(app.page)).toEqual([]);
  });

  it('a form with errors has none either, and says "Error:" in its title', async () => {
    await visit(app.page, `${EXAMPLE}/domains/work/lines/new`);
    await app.page.getByRole('button', { name: 'Save this need' }).click();
    await app.page.getByRole('alert').first().waitFor();
    expect(await app.page.title()).toMatch(/^Error: /);
    expect(await axeViolations(app.page)).toEqual([]);
  });

  it.each(PAGES)('%s fits a 320 px wide screen without scrolling sideways', async (_name, hash) => {
    await app.page.setViewportSize({ width: 320, height: 640 });
    await visit(app.page, hash);
    const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await app.page.setViewportSize({ width: 1100, height: 900 });
  });

  it('logged no error and asked no other site for anything, on any page', () => {
    expect(app.faults).toEqual([]);
  });
});
