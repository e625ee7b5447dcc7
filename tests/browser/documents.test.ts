/**
 * The documents from the built app in Chromium, under its Content Security Policy: the PDF
 * and the CSV downloaded from the summary say what the page says and what the headless
 * command says; react-pdf loads only when asked; and the page prints on A4 as the budget
 * alone, without the app around it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/domain/format';
import { ROOT } from '../helpers/builders';
import { launch, openWatched, type WatchedPage } from './chromium';

const SUMMARY = '#/budgets/example-ann/summary';
const TOTALS = ['Weekly total', 'Annual total', 'One-off costs', 'First-year total'] as const;

let browser: Browser;
let app: WatchedPage;
let downloads: string;
/** Every address the page asked for, in order: to see when the PDF code loads. */
const requested: string[] = [];

beforeAll(async () => {
  downloads = mkdtempSync(join(tmpdir(), 'documents-'));
  browser = await launch();
  app = await openWatched(browser);
  app.page.on('request', (request) => requested.push(request.url()));
  await app.page.getByRole('button', { name: 'Try an example' }).click();
  await app.page.waitForURL('**/#/budgets/example-ann');
  await app.page.goto(new URL(SUMMARY, app.page.url()).href);
  await app.page.getByRole('heading', { level: 1, name: /Check and summary/ }).waitFor();
});
afterAll(async () => {
  await app.context.close();
  await browser.close();
  rmSync(downloads, { recursive: true, force: true });
});

function run(command: string, args: readonly string[]): string {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout;
}

const pdfText = (file: string) => run('/usr/bin/pdftotext', ['-layout', file, '-']);
const headless = (format: string) =>
  run('npx', ['tsx', 'src/cli/price.ts', 'examples/example-ann.json', '--format', format]);

/** The four totals as the summary page shows them, by their labels. */
async function screenTotals(page: Page): Promise<Map<string, string>> {
  const totals = new Map<string, string>();
  for (const label of TOTALS) {
    const row = page.locator('.nhsuk-summary-list__row', { hasText: label }).first();
    totals.set(
      label,
      ((await row.locator('.nhsuk-summary-list__value').textContent()) ?? '').trim(),
    );
  }
  return totals;
}

async function download(page: Page, button: string): Promise<{ file: string; name: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = join(downloads, file.suggestedFilename());
  await file.saveAs(path);
  return { file: path, name: file.suggestedFilename() };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the documents from the check and summary page', () => {
  it('shows the same four totals as the headless command', async () => {
    const { totals } = JSON.parse(headless('json')) as { totals: Record<string, string> };
    const expected = [
      totals['weekly'],
      totals['annual'],
      totals['oneOff'],
      totals['firstYear'],
    ].map((amount) => formatMoney(amount ?? ''));
    expect([...(await screenTotals(app.page)).values()]).toEqual(expected);
  });

  it('has not loaded the PDF code before anyone asks for a document', () => {
    expect(requested.filter((url) => /pdf-browser|noto-sans/.test(url))).toEqual([]);
  });

  it('downloads a PDF that shows the four totals the page shows, made with fonts from the app itself', async () => {
    const { file, name } = await download(app.page, 'Download the PDF');
    expect(name).toBe('support-plan-for-ann-example-a-fictional-example.pdf');
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(file);
    for (const [label, amount] of await screenTotals(app.page)) {
      expect(text).toMatch(new RegExp(`${escape(label)}\\s+${escape(amount)}`));
    }
    // The fonts ship with the app: Noto Sans embedded, fetched from the app's own origin.
    expect(run('/usr/bin/pdffonts', [file])).toMatch(/NotoSans-Regular\s.*\byes\b/);
    const origin = new URL(app.page.url()).origin;
    const fonts = requested.filter((url) => url.endsWith('.woff'));
    expect(fonts.length).toBeGreaterThan(0);
    for (const url of fonts) expect(url.startsWith(`${origin}/assets/`)).toBe(true);
    await expect
      .poll(() => app.page.getByRole('status').textContent())
      .toBe(
        'PDF downloaded: support-plan-for-ann-example-a-fictional-example.pdf has been saved to your downloads.',
      );
  });

  it('makes the PDF in a worker, never loading react-pdf into the page itself', () => {
    const scripts = requested.filter((url) => url.endsWith('.js'));
    expect(scripts.some((url) => /\/assets\/pdf-worker-[\w-]+\.js$/.test(url))).toBe(true);
    // pdf-make is the same code for a browser without workers; here it stays unloaded.
    expect(scripts.filter((url) => /\/assets\/pdf-make-/.test(url))).toEqual([]);
  });

  it('can cancel a PDF being made: nothing downloads, it says so, focus returns to the button, and the next PDF is made', async () => {
    const { page } = app;
    let downloads = 0;
    const count = () => downloads++;
    page.on('download', count);
    await page.getByRole('button', { name: 'Download the PDF' }).click();
    const cancel = page.getByRole('button', { name: 'Cancel the PDF' });
    await cancel.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('The PDF was cancelled: nothing was downloaded.');
    await expect.poll(() => cancel.count()).toBe(0);
    expect(
      await page
        .getByRole('button', { name: 'Download the PDF' })
        .evaluate((button) => button === document.activeElement),
    ).toBe(true);
    page.off('download', count);
    expect(downloads).toBe(0);
    // A new worker makes the next one.
    const { file } = await download(page, 'Download the PDF');
    expect(pdfText(file)).toContain('Weekly total');
  });

  it('downloads a CSV for Excel that is byte for byte the headless command’s CSV [H6.5]', async () => {
    const { file, name } = await download(app.page, 'Download the CSV for finance');
    expect(name).toBe('support-plan-for-ann-example-a-fictional-example.csv');
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    // Every line ends CRLF: no bare line feed anywhere, and the file ends with one.
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(text.endsWith('\r\n')).toBe(true);

    const expected = headless('csv');
    // The total row comes after the lines and amounts; the as-at day and the periods follow it.
    const totalRow = (csv: string) =>
      csv
        .split('\r\n')
        .find((row) => row.startsWith('total,'))
        ?.split(',') ?? [];
    const [weekly, annual, oneOff, firstYear] = totalRow(text).slice(8);
    expect([weekly, annual, oneOff, firstYear]).toEqual(totalRow(expected).slice(8, 12));
    expect([weekly, annual, oneOff, firstYear]).toEqual([
      '869.79',
      '45353.54',
      '1800.00',
      '47153.54',
    ]);
    expect(bytes.equals(Buffer.from(expected, 'utf8'))).toBe(true);
    await expect
      .poll(() => app.page.getByRole('status').textContent())
      .toBe(
        'CSV downloaded: support-plan-for-ann-example-a-fictional-example.csv has been saved to your downloads.',
      );
  });

  it('keeps react-pdf out of the start-up bundle, in a chunk of its own', () => {
    const dist = join(ROOT, 'dist');
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const entry = /<script type="module"[^>]*src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const entryCode = readFileSync(join(dist, entry ?? ''), 'utf8');
    expect(entryCode).not.toContain('react-pdf');
    // Imported only with import(): no static import of the chunk, no preload of it.
    expect(entryCode).not.toMatch(/from\s*["'][^"']*pdf-browser/);
    const chunks = readdirSync(join(dist, 'assets')).filter((name) => name.endsWith('.js'));
    const withPdf = chunks.filter((name) =>
      readFileSync(join(dist, 'assets', name), 'utf8').includes('react-pdf'),
    );
    expect(withPdf.length).toBeGreaterThan(0);
    for (const chunk of withPdf) {
      expect(`assets/${chunk}`).not.toBe(entry);
      expect(html).not.toContain(chunk);
    }
  });

  it('prints the summary on A4 as the budget alone: totals, and no header, footer or buttons', async () => {
    const file = join(downloads, 'printed.pdf');
    await app.page.emulateMedia({ media: 'print' });
    // preferCSSPageSize: the page's own @page rule must ask for A4, not only this call.
    await app.page.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
    await app.page.emulateMedia({ media: 'screen' });
    // A4 is 595 × 842 points, give or take Chromium's rounding; US Letter would be 612 × 792.
    expect(run('/usr/bin/pdfinfo', [file])).toMatch(
      /Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/,
    );
    const text = pdfText(file);
    const totals = await screenTotals(app.page);
    for (const [label, amount] of totals) {
      expect(text).toMatch(new RegExp(`${escape(label)}\\s+${escape(amount)}`));
    }
    // Page 1 is the summary's heading and its totals, not a page of notices and forms with
    // the totals on page 2; the page's reading column takes the width of the paper.
    const first = run('/usr/bin/pdftotext', ['-layout', '-f', '1', '-l', '1', file, '-']);
    expect(first).toContain('Check and summary');
    for (const [label, amount] of totals) {
      expect(first).toMatch(new RegExp(`${escape(label)}\\s+${escape(amount)}`));
    }
    expect(first).not.toContain('Show the plan on another day');
    expect(first).not.toMatch(/Re-price this budget/);
    // No page but the last is mostly blank (a chart is kept whole, so a page before one may
    // end half way down, never near its top).
    const pages = Number(/Pages:\s+(\d+)/.exec(run('/usr/bin/pdfinfo', [file]))?.[1]);
    for (let number = 1; number < pages; number += 1) {
      const lines = run('/usr/bin/pdftotext', [
        '-layout',
        '-f',
        String(number),
        '-l',
        String(number),
        file,
        '-',
      ])
        .split('\n')
        .filter((line) => line.trim() !== '');
      expect(lines.length, `page ${number}`).toBeGreaterThanOrEqual(10);
    }
    for (const absent of [
      'Download the budget file',
      'Download the PDF',
      'Download the CSV for finance',
      'Print this page',
      'Back to the task list',
      'Support budget builder',
      'Everything stays on this device',
      'Link:',
    ]) {
      expect(text).not.toContain(absent);
    }
  });

  it('makes the PDF under a policy that allows compiling WebAssembly, never eval or inline script', async () => {
    const policy =
      (await app.page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content')) ?? '';
    const directives = new Map(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name = '', ...sources]) => [name, sources]),
    );
    // react-pdf lays pages out with yoga, compiled to WebAssembly: that needs exactly this.
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('connect-src')).toEqual(["'self'", 'data:']);
    expect(policy.split(/[\s;]+/)).not.toContain("'unsafe-eval'");
    expect(policy).not.toContain('unsafe-inline');
  });

  it('logged no error and asked no other site for anything', () => {
    expect(app.faults).toEqual([]);
  });
});
