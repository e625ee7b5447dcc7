/**
 * Renders a budget PDF in Node and reads it back with Debian's pdftotext, for the tests
 * that check what a printed page says. Each test file calls withPdfFolder() once, at its top level.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { BudgetPricing } from '../../src/domain/pricing/price-budget';
import { createI18n } from '../../src/i18n';
import { budgetPdfBuffer } from '../../src/io/pdf/pdf-node';
import { ROOT } from './builders';
import { price, type Run } from './run-price';

export const PDFTOTEXT = '/usr/bin/pdftotext';
export const { t } = createI18n('en');
export const RENDER_TIMEOUT = 60_000;

export interface Rendered {
  readonly file: string;
  readonly bytes: Buffer;
  /** pdftotext -layout: the page as laid out, for page numbers and figures. */
  readonly layout: string;
  /** pdftotext -raw, whitespace collapsed: reading order, so a wrapped table cell reads whole. */
  readonly flat: string;
}

let dir = '';

/** A folder for this file's PDFs, made before its tests and removed after them. */
export function withPdfFolder(): void {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'budget-pdf-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
}

export async function render(
  name: string,
  pricing: BudgetPricing,
  revision?: { number: number; date: string },
  language: 'en' | 'cy' = 'en',
): Promise<Rendered> {
  const made = await budgetPdfBuffer({
    pricing,
    t: language === 'en' ? t : createI18n(language).t,
    language,
    madeOn: '2026-05-01',
    revision,
  });
  if (!made.ok) throw new Error(`${name}: the PDF was refused: ${JSON.stringify(made)}`);
  const bytes = made.value;
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  const text = (mode: string) =>
    execFileSync(PDFTOTEXT, [mode, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return { file, bytes, layout: text('-layout'), flat: text('-raw').replace(/\s+/g, ' ') };
}

/**
 * Writes a budget file into this file's PDF folder and runs the command on it for a PDF,
 * priced on the test card with round rates; the PDF would be written beside it.
 */
export async function pricePdf(
  name: string,
  budget: unknown,
  options: readonly string[] = [],
): Promise<{ run: Run; out: string }> {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(budget));
  const out = join(dir, `${name}.pdf`);
  const card = join(ROOT, 'tests', 'fixtures', 'rate-cards', 'split-rates.json');
  const run = await price([file, '--rate-card', card, '--format', 'pdf', '--out', out, ...options]);
  return { run, out };
}

/** Each printed page's lines from `pdftotext -layout`, without the running header and footer. */
export function pageLines(layout: string): string[][] {
  return layout
    .split('\f')
    .filter((page) => page.trim() !== '')
    .map((page) =>
      page
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .slice(1, -1),
    );
}
