/**
 * `npm run price -- … --lang cy|en`: the CSV, text and PDF in the language asked for,
 * the same bytes the app makes in that language; English when not asked.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { priceOnCard } from '../../src/domain/pricing/price-budget';
import { readBudget, readRateCard } from '../../src/domain/read';
import { createI18n } from '../../src/i18n';
import { budgetCsv } from '../../src/io/budget-csv';
import { ROOT } from '../helpers/builders';
import { price } from '../helpers/run-price';

const EXAMPLE = join(ROOT, 'examples', 'example-ann.json');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** The example priced as the app prices it, on the card the app would use. */
function appPricing(cardId: string) {
  const budget = readBudget(readJson(EXAMPLE));
  const card = readRateCard(readJson(join(ROOT, 'rate-cards', `${cardId}.json`)));
  if (!budget.ok || !card.ok) throw new Error('the example or its card does not read');
  const pricing = priceOnCard(budget.value, card.value);
  if (!pricing.ok) throw new Error('the example does not price');
  return pricing.value;
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-lang-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--lang', () => {
  it('gives the CSV in Welsh, byte for byte the CSV the app makes in Welsh', async () => {
    const run = await price([EXAMPLE, '--format', 'csv', '--lang', 'cy']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(budgetCsv(appPricing('england-2025-26'), createI18n('cy').t, 'cy'));
    const [header = '', ...rows] = run.stdout.replace(/^\uFEFF/, '').split('\r\n');
    // The header is machine-read: the same English one in every language.
    expect(header).toBe(
      'Section,Id,Domain,Resource,Description,Frequency,Hours a week,Nights a week,Weekly (£),Annual (£),One-off (£),First year (£),From,Until,Days,Recurring (£),Total (£),Payback weeks,Person,Reference,Rate card,Provider,Rate (£ an hour or a night),Active on the as-at date,Annual when active (£)',
    );
    // The rate card's names of areas of life in Welsh, from its { en, cy } text.
    expect(rows.join('\n')).toContain('Gofal personol');
    expect(rows.join('\n')).not.toContain('Personal care');
  });

  it('gives English by default, and with --lang en', async () => {
    const byDefault = await price([EXAMPLE, '--format', 'csv']);
    const english = await price([EXAMPLE, '--format', 'csv', '--lang', 'en']);
    expect(english).toEqual(byDefault);
    expect(byDefault.stdout).toContain('Section,Id,Domain');
    expect(byDefault.stdout).toContain('Personal care');
  });

  it('gives the text report in Welsh, with dates and money for cy-GB', async () => {
    const run = await price([EXAMPLE, '--format', 'text', '--lang', 'cy']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Llwybr ariannu:');
    expect(run.stdout).toMatch(/Cyfanswm|Wythnosol: £[\d,]+\.\d\d/);
    expect(run.stdout).not.toContain('Funding route:');
  });

  it('makes the PDF in Welsh', async () => {
    const file = join(dir, 'ann-cy.pdf');
    const run = await price([EXAMPLE, '--format', 'pdf', '--out', file, '--lang', 'cy']);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    const text = execFileSync('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    });
    expect(text).toContain('Cyfanswm wythnosol');
    expect(text).toContain('Cytunwyd gan');
    expect(text).toContain('Gofal personol');
    expect(text).not.toContain('Weekly total');
  }, 60_000);

  it('reports a file’s problems in the language asked for', async () => {
    const run = await price([join(dir, 'nowhere.json'), '--lang', 'cy']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nid oes ffeil o’r enw hwnnw'.replace('’', "'"));
  });

  it('refuses a language it does not have, naming the ones it does', async () => {
    const run = await price([EXAMPLE, '--lang', 'fr']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe('--lang must be cy or en');
  });
});
