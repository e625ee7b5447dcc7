/**
 * Where the example's PDF breaks its pages, in English and in Welsh: page 1 goes on into
 * the cost by area of life (not half empty), no area's name or table header is left alone
 * at a page's foot, each carer's box is on one page, and the short expenses section follows
 * the last area's table on its page when it fits there, rather than leaving the page's
 * foot empty.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBudget } from '../../src/domain/read';
import { priceBudget } from '../../src/domain/pricing/price-budget';
import { createI18n } from '../../src/i18n';
import { budgetPdfBuffer } from '../../src/io/pdf/pdf-node';
import { loadCard, readJson } from '../helpers/builders';
import { pageLines, PDFTOTEXT, RENDER_TIMEOUT } from '../helpers/pdf-render';

const dir = mkdtempSync(join(tmpdir(), 'budget-pdf-feet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WORDS = {
  en: {
    byDomain: 'Cost by area of life',
    areas: [
      'Personal care',
      'Domestic tasks',
      'Social and community life',
      'Education and learning',
    ],
    header: 'Activity',
    carer: 'Sam Example',
    carerEnd: 'registered provider.',
    lastArea: 'Breaks for carers',
    expenses: 'Expenses',
  },
  cy: {
    byDomain: 'Cost fesul maes bywyd',
    areas: [
      'Gofal personol',
      'Tasgau domestig',
      'Bywyd cymdeithasol a chymunedol',
      'Addysg a dysgu',
    ],
    header: 'Gweithgaredd',
    carer: 'Sam Example',
    carerEnd: 'cofrestredig.',
    lastArea: 'Seibiannau i ofalwyr',
    expenses: 'Treuliau',
  },
} as const;

/** Each page's lines, without the running header (first) and footer (last). */
async function pages(language: 'en' | 'cy'): Promise<string[][]> {
  const read = readBudget(readJson('examples/example-ann.json'));
  if (!read.ok) throw new Error('example unreadable');
  const pricing = priceBudget(read.value, loadCard('rate-cards/england-2025-26.json'), {
    asOf: '2026-05-01',
  });
  const made = await budgetPdfBuffer({
    pricing,
    t: createI18n(language).t,
    language,
    madeOn: '2026-05-01',
  });
  if (!made.ok) throw new Error('refused');
  const file = join(dir, `${language}.pdf`);
  writeFileSync(file, made.value);
  const text = execFileSync(PDFTOTEXT, ['-layout', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  });
  return pageLines(text);
}

describe('the example PDF’s page feet', () => {
  it.each(['en', 'cy'] as const)(
    'in %s, fills page 1, strands no heading, keeps the carer’s box whole and the expenses with the last area',
    async (language) => {
      const words = WORDS[language];
      const printed = await pages(language);
      expect(printed[0]?.some((line) => line.startsWith(words.byDomain))).toBe(true);
      for (const page of printed) {
        const last = page.at(-1) ?? '';
        for (const area of words.areas) expect(last).not.toBe(area);
        expect(last.startsWith(words.header)).toBe(false);
      }
      const carerPage = printed.findIndex((page) =>
        page.some((line) => line.startsWith(`${words.carer} (`)),
      );
      const box = printed[carerPage] ?? [];
      const from = box.findIndex((line) => line.startsWith(`${words.carer} (`));
      expect(box.slice(from).some((line) => line.endsWith(words.carerEnd))).toBe(true);
      const pageOf = (heading: string) =>
        printed.findIndex((page) => page.some((line) => line === heading));
      expect(pageOf(words.expenses)).toBeGreaterThan(-1);
      expect(pageOf(words.expenses)).toBe(pageOf(words.lastArea));
    },
    RENDER_TIMEOUT,
  );
});
