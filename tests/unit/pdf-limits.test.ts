/**
 * How long a budget the PDF serves (audit, issue 21, finding 10): a 2,000-line budget took
 * minutes and froze the page. Longer tables are set in parts, each its own run of pages,
 * so no run is long; beyond PDF_MAX_ROWS need lines and expenses the PDF is not made, and
 * the app and the command say how long the budget is, the limit, and why.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n';
import {
  PDF_MAX_ROWS,
  preparedDocument,
  type BudgetDocumentProps,
} from '../../src/io/pdf/budget-document';
import { budgetPdfBuffer } from '../../src/io/pdf/pdf-node';
import { describeRefusal } from '../../src/io/pdf/refusal-message';
import { budget, expense, price, visits } from '../helpers/builders';
import {
  pricePdf,
  render,
  RENDER_TIMEOUT,
  withPdfFolder,
  type Rendered,
} from '../helpers/pdf-render';

withPdfFolder();

const needs = (count: number, activity = 'Help') =>
  Array.from({ length: count }, (_, index) =>
    visits({ id: `l${index + 1}`, activity: `${activity} ${index + 1}` }),
  );

const props = (fields: Parameters<typeof price>[0]): BudgetDocumentProps => ({
  pricing: price(fields),
  t: createI18n('en').t,
  language: 'en',
  madeOn: '2026-05-01',
});

describe('the longest budget the PDF serves', () => {
  it(`is ${PDF_MAX_ROWS} need lines and expenses together, which is laid out`, async () => {
    const lines = needs(PDF_MAX_ROWS - 10);
    const expenses = Array.from({ length: 10 }, (_, index) => expense({ id: `e${index + 1}` }));
    const prepared = await preparedDocument(props({ lines, expenses }), () => Promise.resolve());
    expect(prepared.ok).toBe(true);
  });

  it('one more is refused before anything is laid out or any font loaded [H16.9]', async () => {
    const lines = needs(PDF_MAX_ROWS - 9);
    const expenses = Array.from({ length: 10 }, (_, index) => expense({ id: `e${index + 1}` }));
    let loaded = false;
    const prepared = await preparedDocument(props({ lines, expenses }), () => {
      loaded = true;
      return Promise.resolve();
    });
    expect(prepared).toEqual({
      ok: false,
      tooLong: { rows: PDF_MAX_ROWS + 1, limit: PDF_MAX_ROWS },
    });
    expect(loaded).toBe(false);
    expect(await budgetPdfBuffer(props({ lines, expenses }))).toEqual(prepared);
  });

  it('is explained in the app, in English and in Welsh', () => {
    const refused = { ok: false, tooLong: { rows: 2000, limit: PDF_MAX_ROWS } } as const;
    expect(describeRefusal(refused, createI18n('en').t, 'app')).toBe(
      'The PDF was not made: this budget has 2,000 need lines and expenses, and the PDF is made for up to 500. A longer one takes minutes to make, and the page cannot respond while it does. Use the CSV for finance, or split the plan into smaller budgets.',
    );
    expect(describeRefusal(refused, createI18n('cy').t, 'app')).toBe(
      'Ni wnaed y PDF: mae gan y gyllideb hon 2,000 o anghenion a threuliau, a chaiff y PDF ei wneud ar gyfer hyd at 500. Mae un hirach yn cymryd munudau i’w wneud, ac ni all y dudalen ymateb tra bydd yn gwneud hynny. Defnyddiwch y CSV ar gyfer cyllid, neu rhannwch y cynllun yn gyllidebau llai.',
    );
  });
});

describe('the command, given a budget longer than the PDF serves', () => {
  it('exits 1, saying how long it is, the limit and why, and writes nothing [H16.10]', async () => {
    const { run, out } = await pricePdf('long', budget({ lines: needs(2000) }));
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'lines: 2,000 need lines and expenses: the PDF is made for up to 500, as a longer one takes minutes to make; no PDF was written (--format csv gives every line)\n',
    });
    expect(existsSync(out)).toBe(false);
  });
});

describe('a table of 250 lines in one area of life', () => {
  let pdf: Rendered;
  beforeAll(async () => {
    pdf = await render('one-long-table', price({ lines: needs(250, 'Visit') }));
  }, RENDER_TIMEOUT);

  it('is set in parts of 100 rows, each starting a page under the area’s name [H16.11]', () => {
    const pages = pdf.layout.split('\f');
    const starts = [1, 101, 201].map((row) =>
      pages.findIndex((page) => page.includes(`Visit ${row} `)),
    );
    expect(new Set(starts).size).toBe(3);
    for (const [index, page] of starts.entries()) {
      const lines = (pages[page] ?? '').split('\n').map((line) => line.trim());
      const name = lines.indexOf('Personal care');
      const first = lines.findIndex((line) => line.startsWith(`Visit ${index * 100 + 1} `));
      expect(name, `part ${index + 1}`).toBeGreaterThan(0);
      expect(name, `part ${index + 1}`).toBeLessThan(first);
    }
  });

  it('keeps every row, in order', () => {
    const rows = [...pdf.flat.matchAll(/Visit (\d+) /g)].map(([, number]) => Number(number));
    expect(rows).toEqual(Array.from({ length: 250 }, (_, index) => index + 1));
  });
});
