/**
 * For any budget, the check-and-summary page, the PDF's text and the text report show the
 * same rows in the same words: the page is read as a person reads it (its tables, lists
 * and callouts), and every row, figure and warning it shows must be in the PDF, in the
 * same order and with nothing between, and in the text report, one line each.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { cardWarnings } from '../../src/domain/card-warnings';
import { priceOnCard, type BudgetPricing } from '../../src/domain/pricing/price-budget';
import { readBudget } from '../../src/domain/read';
import { createI18n } from '../../src/i18n';
import { textReport } from '../../src/io/text-report';
import { documentFormat } from '../../src/present/format';
import { summaryModel } from '../../src/present/summary';
import { SummaryByDomain } from '../../src/ui/summary/summary-by-domain';
import { SummaryByResource } from '../../src/ui/summary/summary-by-resource';
import { SummaryCarers } from '../../src/ui/summary/summary-carers';
import { SummaryComparison } from '../../src/ui/summary/summary-comparison';
import { SummaryTime } from '../../src/ui/summary/summary-time';
import { SummaryTotals } from '../../src/ui/summary/summary-totals';
import { SummaryWarnings } from '../../src/ui/summary/summary-warnings';
import { budgetArbitrary } from '../helpers/arbitraries';
import { readJson, splitCard } from '../helpers/builders';
import { render, RENDER_TIMEOUT, t, withPdfFolder } from '../helpers/pdf-render';

withPdfFolder();
const card = splitCard();
const ZERO = { weekday: '0.00', weekend: '0.00' };
/** The same card paying assistants £0.00 and flagging every carer: its own warnings lead the summary's. */
const warnedCard = {
  ...card,
  personalAssistant: {
    ...card.personalAssistant,
    pay: { day: ZERO, night: ZERO, sleepIn: '0.00' },
  },
  carerPolicy: { ...card.carerPolicy, noticeHours: '0' },
};
const i18n = createI18n('en');
let made = 0;
const words = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The summary's sections as the page renders them, parsed as a browser would. */
function pageOf(pricing: BudgetPricing): Document {
  const format = documentFormat(pricing, t, 'en');
  const model = summaryModel(pricing, format);
  const html = renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(SummaryTotals, { totals: model.totals }),
      createElement(SummaryWarnings, { warnings: model.warnings, budget: pricing.budget, format }),
      createElement(SummaryByDomain, { byDomain: model.byDomain, pricing, format }),
      createElement(SummaryByResource, { byResource: model.byResource }),
      createElement(SummaryComparison, {
        comparison: model.comparison,
        indicative: model.indicative,
      }),
      createElement(SummaryTime, { time: model.time, formatAmount: format.money }),
    ),
  );
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}

/** The page's unpaid-care section alone: its figures are a carer's, not the summary's own. */
function carersOf(pricing: BudgetPricing): Document {
  const model = summaryModel(pricing, documentFormat(pricing, t, 'en'));
  const html = renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(SummaryCarers, { carers: model.carers }),
    ),
  );
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}

/** Each cell's words: what it says, then any words set under it. */
function cellWords(cell: Element): string[] {
  const named = cell.querySelector('.app-summary-named');
  if (named === null) return [words(cell.textContent)];
  const note = named.lastElementChild;
  const main = [...named.childNodes].filter((node) => node !== note);
  return [words(main.map((node) => node.textContent).join('')), words(note?.textContent)];
}

interface PageTable {
  readonly caption: string;
  readonly headings: readonly string[];
  readonly rows: readonly (readonly string[][])[];
}

function tablesOf(page: Document): PageTable[] {
  return [...page.querySelectorAll('table')].map((table) => ({
    caption: words(table.querySelector('caption')?.textContent),
    headings: [...table.querySelectorAll('thead th')].map((th) => words(th.textContent)),
    rows: [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((cell) => {
        // The phone layout repeats each column's heading inside the cell, hidden on wide screens.
        const clone = cell.cloneNode(true) as Element;
        clone.querySelectorAll('.nhsuk-table__heading').forEach((h) => h.remove());
        return cellWords(clone);
      }),
    ),
  }));
}

/** Named figures: the words of each key (name and hint) and its value. */
function figuresOf(page: Document): { name: string; hint: string | null; value: string }[] {
  return [...page.querySelectorAll('.nhsuk-summary-list__row')].map((row) => {
    const key = row.querySelector('dt');
    const hint = key?.querySelector('span') ?? null;
    const name = [...(key?.childNodes ?? [])].filter((node) => node !== hint);
    return {
      name: words(name.map((node) => node.textContent).join('')),
      hint: hint === null ? null : words(hint.textContent),
      value: words(row.querySelector('dd')?.textContent),
    };
  });
}

/** The lines of the text report's section under a heading, up to the next blank line. */
function reportSection(report: string, heading: string): string[] {
  const lines = report.split('\n');
  const start = lines.findIndex(
    (line, index) => line === heading && /^-+$/.test(lines[index + 1] ?? ''),
  );
  if (start < 0) return [];
  const end = lines.indexOf('', start + 2);
  return lines.slice(start + 2, end < 0 ? undefined : end);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The PDF's text without each page's header and footer, which fall wherever a page
 * breaks, between two rows of a table or two items of a warning: layout, not content.
 */
function withoutPageFurniture(pdf: string, pricing: BudgetPricing): string {
  const title = pricing.budget.title || pricing.budget.person.name;
  const header = words(`${t('pdf.header.title', { title })} ${t('pdf.header.kind')}`);
  const footer = `${escaped(t('pdf.footer.madeOn', { date: '' }))}.+? ${escaped(
    t('pdf.footer.page', { page: 'PAGE', pages: 'PAGE' }),
  ).replaceAll('PAGE', '\\d+')} `;
  return pdf.replace(new RegExp(`${escaped(header)} ${footer}`, 'g'), '');
}

/** Whether `text` holds each of `parts` in order. */
function inOrder(text: string, parts: readonly string[]): boolean {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/**
 * A dated version 3 budget (a six-week uplift after discharge, a respite fortnight, an
 * investment that pays back) on a few as-at days, beside the generated budgets: the
 * costs over time must agree too.
 */
const dated = {
  ...(readJson('tests/fixtures/plan-in-time/dated-discharge.json') as object),
  rateCard: card.id,
};
const budgetOrDated = fc.oneof(
  budgetArbitrary.map((budget) => ({ budget, asOf: undefined as string | undefined })),
  fc
    .constantFrom('2026-05-01', '2026-09-15', '2027-02-01')
    .map((asOf) => ({ budget: dated, asOf })),
);

let datedChecked = 0;
let flagsChecked = 0;

describe('the page, the PDF and the text report say the same summary', () => {
  it(
    'for any budget, show the same rows and the same words [H19.4]',
    async () => {
      await fc.assert(
        fc.asyncProperty(budgetOrDated, fc.boolean(), async ({ budget, asOf }, warned) => {
          const read = readBudget(budget);
          fc.pre(read.ok);
          if (!read.ok) return;
          const priced = priceOnCard(read.value, warned ? warnedCard : card, { asOf });
          if (asOf !== undefined) datedChecked += 1;
          if (!priced.ok) throw new Error(JSON.stringify(priced.problems));
          const pricing = priced.value;
          const page = pageOf(pricing);
          const pdf = withoutPageFurniture(
            words((await render(`agreement-${(made += 1)}`, pricing)).flat),
            pricing,
          );
          const report = textReport(pricing, t, 'en');
          const reportLines = report.split('\n').map(words);

          const headings = [...page.querySelectorAll('h2')].map((h) => words(h.textContent));
          expect(headings.length).toBeGreaterThanOrEqual(5);
          for (const heading of headings) {
            expect(pdf).toContain(heading);
            expect(reportLines).toContain(heading);
          }

          for (const { name, hint, value } of figuresOf(page)) {
            // The PDF sets a figure's hint under its name, then the figure.
            expect(pdf).toContain(words([name, hint ?? '', value].join(' ')));
            expect(reportLines).toContain(`${name}: ${value}`);
          }

          const tables = tablesOf(page);
          const time = summaryModel(pricing, documentFormat(pricing, t, 'en')).time;
          const timeTables =
            time === null
              ? 0
              : [time.periods, time.investments, time.projection, time.timeline].filter(
                  (table) => table !== null,
                ).length;
          expect(tables).toHaveLength((pricing.settings.length > 0 ? 3 : 2) + timeTables);
          for (const table of tables) {
            // The whole table, headings then rows, with nothing the page does not show between.
            expect(pdf).toContain(words([...table.headings, ...table.rows.flat(2)].join(' ')));
            for (const row of table.rows) {
              const line = reportLines.find(
                (candidate) =>
                  candidate.startsWith(`${row[0]?.[0] ?? ''}`) && inOrder(candidate, row.flat()),
              );
              expect(line, `${table.caption}: ${row.flat().join(' | ')}`).toBeDefined();
            }
          }
          const byDomain = tables[0];
          expect(reportSection(report, t('summary.byDomain.heading'))).toHaveLength(
            byDomain?.rows.length ?? -1,
          );

          const callouts = [...page.querySelectorAll('.nhsuk-card--warning')];
          expect(cardWarnings(pricing.card)).toHaveLength(warned ? 2 : 0);
          expect(callouts).toHaveLength(
            new Set(pricing.warnings.map((warning) => warning.id)).size + (warned ? 1 : 0),
          );
          for (const callout of callouts) {
            const items = [...callout.querySelectorAll('li')].map((li) => words(li.textContent));
            const heading = words(callout.querySelector('h3')?.textContent).replace(
              /^Important: /,
              '',
            );
            expect(heading).not.toBe('');
            const body = words(callout.querySelector('p')?.textContent);
            expect(pdf).toContain(
              words([heading, body, ...items.map((item) => `• ${item}`)].join(' ')),
            );
            expect(inOrder(reportLines.join('\n'), [heading, body, ...items])).toBe(true);
          }
          if (callouts.length === 0) {
            expect(pdf).toContain(t('summary.warnings.none'));
            expect(reportLines).toContain(t('summary.warnings.none'));
          }

          // Unpaid care: each carer's flags, every sentence, in the PDF and the report alike.
          const carers = carersOf(pricing);
          const flags = [...carers.querySelectorAll('.app-summary-flag')];
          expect(flags).toHaveLength(
            pricing.carers.reduce((count, burden) => count + burden.flags.length, 0),
          );
          flagsChecked += flags.length;
          for (const flag of flags) {
            const [severity, ...name] = words(flag.querySelector('h4')?.textContent).split(' ');
            const sentences = [...flag.querySelectorAll('p')].map((p) => words(p.textContent));
            const heading = `${severity ?? ''}: ${name.join(' ')}`;
            expect(pdf).toContain(words([heading, ...sentences].join(' ')));
            expect(inOrder(reportLines.join('\n'), [heading, ...sentences])).toBe(true);
            for (const sentence of sentences) expect(reportLines).toContain(sentence);
          }
          for (const row of [...carers.querySelectorAll('.nhsuk-summary-list__row')]) {
            const figure = words(
              `${row.querySelector('dt')?.textContent ?? ''} ${row.querySelector('dd')?.textContent ?? ''}`,
            );
            expect(pdf).toContain(figure);
          }

          for (const sentence of [
            ...page.querySelectorAll('ul.nhsuk-list--bullet:not(.nhsuk-card--warning ul) li'),
          ].map((li) => words(li.textContent))) {
            expect(pdf).toContain(sentence);
            expect(reportLines).toContain(`• ${sentence}`);
          }
        }),
        { numRuns: 6, seed: 20 },
      );
      expect(datedChecked).toBeGreaterThan(0);
      expect(flagsChecked).toBeGreaterThan(0);
    },
    RENDER_TIMEOUT * 3,
  );
});
