/**
 * The built app's pages in Chromium: the example's figures equal the headless command's,
 * every page runs under a strict Content Security Policy, and, in English and in Welsh,
 * axe finds nothing on any page or state (empty, filled, with errors, the summary and
 * the comparison) and every page fits a 320 px wide screen.
 */
import { spawnSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/domain/format';
import { ROOT } from '../helpers/builders';
import { axeViolations, setLanguage, type Language } from './a11y';
import { documentedExceptions, exceptions } from '../helpers/csp';
import { launch, openWatched, type WatchedPage } from './chromium';

let browser: Browser;
let app: WatchedPage;
/** A budget just started, with nothing in it: the empty state of every section. */
let empty = '';
beforeAll(async () => {
  browser = await launch();
  app = await openWatched(browser);
  await app.page.getByRole('button', { name: 'Start a new budget' }).click();
  await app.page.waitForURL('**/#/budgets/*/about');
  empty = new URL(app.page.url()).hash.replace(/\/about$/, '');
  await app.page.goto(new URL('#/', app.page.url()).href);
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
  ['a new need with typical needs found', `${EXAMPLE}/domains/personal-care/lines/new`],
  ['unpaid carers', `${EXAMPLE}/carers`],
  ['a carer', `${EXAMPLE}/carers/sam`],
  ['a personal assistant', `${EXAMPLE}/assistants/jo`],
  ['expenses', `${EXAMPLE}/expenses`],
  ['an expense', `${EXAMPLE}/expenses/pa-travel`],
  ['what matters to the person (outcomes)', `${EXAMPLE}/outcomes`],
  ['an outcome', `${EXAMPLE}/outcomes/o1`],
  ['a new outcome', `${EXAMPLE}/outcomes/new`],
  ['risks', `${EXAMPLE}/risks`],
  ['a risk', `${EXAMPLE}/risks/r1`],
  ['a new risk', `${EXAMPLE}/risks/new`],
  ['if support fails (contingency)', `${EXAMPLE}/contingency`],
  ['who pays', `${EXAMPLE}/who-pays`],
  ['agreement', `${EXAMPLE}/agreement`],
  ['reviews', `${EXAMPLE}/reviews`],
  ['record a review', `${EXAMPLE}/reviews/new`],
  ['check and summary', `${EXAMPLE}/summary`],
  ["what's left", `${EXAMPLE}/spending`],
  ['payments', `${EXAMPLE}/spending/payments`],
  ['a new payment', `${EXAMPLE}/spending/payments/new`],
  ['import a statement', `${EXAMPLE}/spending/import`],
  ['delete', `${EXAMPLE}/delete`],
  ['not found', '#/nowhere'],
  ['accessibility statement', '#/accessibility'],
  ['revisions', `${EXAMPLE}/revisions`],
  ['save a revision', `${EXAMPLE}/revisions/new`],
  ['re-price on another card', `${EXAMPLE}/reprice/england-2026-27`],
  ["the commissioner's view", `${EXAMPLE}/commissioner`],
  ['rate cards', '#/rate-cards'],
  ['a rate card', '#/rate-cards/england-2026-27'],
  ['import a rate card', '#/rate-cards/import'],
  ["import a council's rate sheet", '#/rate-cards/import/sheet'],
  ['make a rate card', '#/rate-cards/england-2026-27/make'],
  ['compare a caseload', '#/caseload'],
  ['benchmarks', '#/benchmarks'],
  ['monitoring, with nothing loaded', '#/monitoring'],
  ['import packages of care', '#/import'],
  ['settings', '#/settings'],
  ['turn on the passphrase lock', '#/settings/passphrase/turn-on'],
];

/** The sections of a budget with nothing in them yet (the hash of the new budget is known later). */
const EMPTY_PAGES: readonly [string, string][] = [
  ['an empty task list', ''],
  ['an empty about the person', '/about'],
  ['an empty domain', '/domains/personal-care'],
  ['no unpaid carers', '/carers'],
  ['no expenses', '/expenses'],
  ['no outcomes', '/outcomes'],
  ['no risks', '/risks'],
  ['an empty contingency', '/contingency'],
  ['an empty who pays', '/who-pays'],
  ['an empty agreement', '/agreement'],
  ['no reviews', '/reviews'],
  ["what's left of an empty budget", '/spending'],
  ['no payments', '/spending/payments'],
  ['the summary of an empty budget', '/summary'],
];

/** Forms submitted empty, so that each shows its error summary. */
const FORMS: readonly [string, string][] = [
  ['a need line', `${EXAMPLE}/domains/work/lines/new`],
  ['about the person', '/about'],
  ['a carer', `${EXAMPLE}/carers/new`],
  ['an expense', `${EXAMPLE}/expenses/new`],
  ['an outcome', `${EXAMPLE}/outcomes/new`],
  ['a risk', `${EXAMPLE}/risks/new`],
  ['a payment', `${EXAMPLE}/spending/payments/new`],
  ['have you completed this section?', '/domains/work'],
];

const LANGUAGES: readonly Language[] = ['en', 'cy'];
const inBoth = <T extends readonly unknown[]>(rows: readonly T[]) =>
  LANGUAGES.flatMap((language) => rows.map((row) => [language, ...row] as const));

async function visit(page: Page, hash: string): Promise<void> {
  await page.goto(new URL(hash, page.url()).href);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

describe('the pages in Chromium', () => {
  it('show the example priced to the penny as the headless command prices it', async () => {
    await visit(app.page, `${EXAMPLE}/summary`);
    const run = spawnSync(
      'npx',
      ['tsx', 'src/cli/price.ts', 'examples/example-ann.json', '--format', 'json'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const { totals } = JSON.parse(run.stdout) as { totals: Record<string, string> };
    for (const [label, amount] of [
      ['Weekly total', totals['weekly']],
      ['Annual total', totals['annual']],
      ['First-year total', totals['firstYear']],
    ] as const) {
      const row = app.page.locator('.nhsuk-summary-list__row', { hasText: label }).first();
      expect(await row.locator('.nhsuk-summary-list__value').textContent()).toContain(
        formatMoney(amount ?? ''),
      );
    }
  });

  it('run under a Content Security Policy that allows only their own files', async () => {
    const policy = await app.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    // 'wasm-unsafe-eval' (WebAssembly only, for the PDF's layout engine) is allowed; eval is not.
    expect(policy).not.toContain("'unsafe-eval'");
    // Every allowance beyond the app's own files is one docs/reliability.md lists, and no other.
    expect(exceptions(policy ?? '')).toEqual(documentedExceptions());
  });

  it('name nothing above the policy but preloads of their own start-up files, the character set first', async () => {
    // Files asked for above the policy tag are fetched before the policy exists: only the
    // build's own start-up files may be there (vite.config.ts, contentSecurityPolicy). Read
    // from index.html as served, not the live page, which adds links as pages load.
    const head = await app.page.evaluate(async () => {
      const served = await (await fetch('/')).text();
      const elements = [...new DOMParser().parseFromString(served, 'text/html').head.children];
      const summary = (element: Element) =>
        `${element.tagName} ${element.getAttribute('rel') ?? element.getAttribute('charset')} ${element.getAttribute('href') ?? element.getAttribute('src')}`;
      const policy = elements.findIndex(
        (element) => element.getAttribute('http-equiv') === 'Content-Security-Policy',
      );
      return {
        policy,
        above: elements.slice(0, Math.max(policy, 0)).map(summary),
        below: elements.slice(policy + 1).map(summary),
      };
    });
    expect(head.policy).toBeGreaterThan(1);
    const [charset, ...preloads] = head.above;
    expect(charset).toBe('META UTF-8 null');
    const address = (element: string) => element.split(' ')[2] ?? '';
    // The page's own script and stylesheet, below the tag, are preloaded above it...
    const started = head.below.filter((element) => /^(SCRIPT null|LINK stylesheet) /.test(element));
    expect(started).toHaveLength(2);
    for (const element of started) expect(preloads.map(address)).toContain(address(element));
    // ...and everything above is a preload of a file of the build that the page loads below.
    const loadedBelow = head.below.map(address);
    for (const element of preloads) {
      expect(element).toMatch(
        /^LINK (modulepreload \/assets\/[\w-]+\.js|preload \/assets\/[\w-]+\.css)$/,
      );
      expect(loadedBelow).toContain(address(element));
    }
  });

  it.each(inBoth(PAGES))(
    'in %s, %s has no accessibility violations that axe can find',
    async (language, _name, hash) => {
      await setLanguage(app.page, language);
      await visit(app.page, hash);
      expect(await app.page.locator('html').getAttribute('lang')).toBe(language);
      expect(await axeViolations(app.page)).toEqual([]);
    },
  );

  it.each(inBoth(EMPTY_PAGES))('in %s, %s has none either', async (language, _name, path) => {
    await setLanguage(app.page, language);
    await visit(app.page, `${empty}${path}`);
    expect(await axeViolations(app.page)).toEqual([]);
  });

  it.each(inBoth(FORMS))(
    'in %s, %s submitted empty has none, with the error summary and "Error:" in the title',
    async (language, _name, hash) => {
      await setLanguage(app.page, language);
      await visit(app.page, hash.startsWith('/') ? `${empty}${hash}` : hash);
      // The form's own submit button (the last on the page: a section's "Continue" is below its list).
      await app.page.locator('main form button[type="submit"]').last().click();
      const summary = app.page.locator('.nhsuk-error-summary');
      await summary.waitFor();
      await expect
        .poll(() =>
          app.page.evaluate(() =>
            document.activeElement?.classList.contains('nhsuk-error-summary'),
          ),
        )
        .toBe(true);
      expect(await summary.getByRole('heading', { level: 2 }).textContent()).toBe(
        language === 'cy' ? 'Mae problem' : 'There is a problem',
      );
      expect(await app.page.title()).toMatch(language === 'cy' ? /^Gwall: / : /^Error: /);
      expect(await axeViolations(app.page)).toEqual([]);
    },
  );

  it.each([...PAGES, ...EMPTY_PAGES.map(([name, path]) => [name, `@${path}`] as const)])(
    '%s fits a 320 px wide screen without scrolling sideways',
    async (_name, hash) => {
      await app.page.setViewportSize({ width: 320, height: 640 });
      await visit(app.page, hash.startsWith('@') ? `${empty}${hash.slice(1)}` : hash);
      const overflow = await app.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await app.page.setViewportSize({ width: 1100, height: 900 });
    },
  );

  it('logged no error and asked no other site for anything, on any page [H9.4]', () => {
    expect(app.faults).toEqual([]);
  });
});
