/**
 * For any budget, the check-and-summary page, the PDF's text and the text report show the
 * same rows in the same words: the page is read as a person reads it (its tables, lists
 * and callouts), and every row, figure and warning it shows must be in the PDF, in the
 * same order and with nothing between, and in the text report, one line each. The area
 * page's list of needs says each line's who and when in the summary's words.
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
import { SummaryLines } from '../../src/ui/summary/summary-lines';
import { LineWorking } from '../../src/ui/builder/areas/line-working';
import { DomainLinesTable } from '../../src/ui/builder/areas/domain-lines-table';
import { lineWorking } from '../../src/present/line-working';
import type { NeedLine } from '../../src/domain/schema/budget';
import { budgetArbitrary } from '../helpers/arbitraries';
import type { Budget } from '../../src/domain/schema/budget';
import { loadCard, readJson, splitCard } from '../helpers/builders';
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
const welsh = createI18n('cy');
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

/**
 * What a generated line may also have: a rate or pay agreed for it (rule 17), people who
 * share it (rule 18), a week that comes one week in N or N weeks a year (rule 9) and, for
 * a personal assistant's line, the named assistant who gives it.
 */
const ASSISTANTS = [
  { id: 'a1', name: 'Jo Bloggs', contractedHoursWeekly: '16' },
  { id: 'a2', name: 'Pat Jones', contractedHoursWeekly: '37.5' },
];
const lineExtras = fc.record({
  assistant: fc.constantFrom(undefined, 'a1', 'a2'),
  agreed: fc.option(fc.constantFrom('9.99', '24.80', '31.33'), { nil: undefined }),
  sharedBy: fc.option(fc.integer({ min: 2, max: 10 }), { nil: undefined }),
  frequency: fc.option(
    fc.oneof(
      fc.integer({ min: 2, max: 4 }).map((everyWeeks) => ({ everyWeeks })),
      fc.integer({ min: 1, max: 6 }).map((weeksAYear) => ({ weeksAYear })),
    ),
    { nil: undefined },
  ),
});

type LineExtras = typeof lineExtras extends fc.Arbitrary<infer E> ? E : never;

function withExtras(line: NeedLine, extras: Partial<LineExtras> = {}): NeedLine {
  const paid = line.resource === 'registered-provider' || line.resource === 'personal-assistant';
  const figure = line.kind === 'sleep-in' ? { perNight: extras.agreed } : { hourly: extras.agreed };
  const named = line.resource === 'personal-assistant' ? extras.assistant : undefined;
  return {
    ...line,
    ...(named === undefined ? {} : { assistant: named }),
    ...(extras.frequency === undefined ? {} : { frequency: extras.frequency }),
    ...(!paid || extras.sharedBy === undefined ? {} : { sharedBy: extras.sharedBy }),
    ...(!paid || extras.agreed === undefined
      ? {}
      : {
          [line.resource === 'personal-assistant' ? 'agreedPay' : 'agreedRate']: figure,
          agreedSource: 'Agreed by the CHC team, 3 March 2026',
        }),
  };
}

const budgetWithExtras: fc.Arbitrary<Budget> = budgetArbitrary.chain((budget) =>
  fc
    .array(lineExtras, { minLength: budget.lines.length, maxLength: budget.lines.length })
    .map((extras) => ({
      ...budget,
      // The version that has frequencies, agreed figures, sharing and named assistants.
      version: 3 as Budget['version'],
      assistants: ASSISTANTS,
      lines: budget.lines.map((line, index) => withExtras(line, extras[index])),
    })),
);

/** The summary's lines section as the page renders it. */
function summaryLinesOf(pricing: BudgetPricing): Document {
  const format = documentFormat(pricing, t, 'en');
  const html = renderToStaticMarkup(
    createElement(I18nextProvider, { i18n }, createElement(SummaryLines, { pricing, format })),
  );
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}

/** The need page's working of one line, each sentence as the page shows it, in order. */
function needPageWorking(pricing: BudgetPricing, index: number): string[] {
  const priced = pricing.lines[index];
  if (priced === undefined) return [];
  const html = renderToStaticMarkup(
    createElement(I18nextProvider, { i18n }, createElement(LineWorking, { priced, pricing })),
  );
  const page = new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
  return [...page.querySelectorAll('p, li > span')].map((element) => words(element.textContent));
}

/** A row of the area page's list of needs: who gives the support, when, and how often its week comes. */
interface AreaPageRow {
  readonly who: string;
  readonly when: string;
  readonly time: string | null;
}

/** The area page's list of needs of one area of life, as the page renders it, in `language`. */
function areaPageRows(pricing: BudgetPricing, domain: string, language: 'en' | 'cy' = 'en') {
  const html = renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n: language === 'en' ? i18n : welsh },
      createElement(DomainLinesTable, {
        budget: pricing.budget,
        card: pricing.card,
        domainId: domain,
        domainName: domain,
        pricing,
        onDuplicate: () => undefined,
        onRemove: () => undefined,
      }),
    ),
  );
  const page = new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
  return [...page.querySelectorAll('tbody tr')].map((tr): AreaPageRow => {
    // Each cell repeats its column's heading for phones, then its value in one box.
    const [who, when] = [...tr.querySelectorAll('td')].map(
      (cell) => cell.querySelector(':scope > span:not(.nhsuk-table__heading)') as Element,
    );
    const time = when?.querySelector('span') ?? null;
    const main = [...(when?.childNodes ?? [])].filter((node) => node !== time);
    return {
      who: words(who?.textContent),
      when: words(main.map((node) => node.textContent).join('')),
      time: time === null ? null : words(time.textContent),
    };
  });
}

/**
 * Each line's row on the area page beside the summary's row of it: the who and the when
 * of the one are the other's, and the area page says how often its week comes under them.
 */
function expectAreaPageAgrees(pricing: BudgetPricing, language: 'en' | 'cy' = 'en'): number {
  const translate = language === 'en' ? t : welsh.t;
  const format = documentFormat(pricing, translate, language);
  const html = renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n: language === 'en' ? i18n : welsh },
      createElement(SummaryLines, { pricing, format }),
    ),
  );
  const summary = tablesOf(new JSDOM(`<!doctype html><body>${html}</body>`).window.document)
    .filter((table) => table.headings[0] === translate('summary.lines.activity'))
    .flatMap((table) => table.rows.map((cells) => cells.map((cell) => cell.join(' '))));
  let checked = 0;
  const active = new Set(pricing.lines);
  for (const domain of new Set(pricing.budget.lines.map((line) => line.domain))) {
    const rows = areaPageRows(pricing, domain, language);
    // The area page lists every line of the area, in the budget's order, dated or not.
    const lines = pricing.allLines.filter((priced) => priced.line.domain === domain);
    expect(rows).toHaveLength(lines.length);
    lines.forEach((priced, index) => {
      const model = lineWorking(priced, pricing, format);
      const row = rows[index] ?? { who: '', when: '', time: null };
      expect(row).toEqual({
        who: words(model.who),
        when: words(model.when),
        time: model.time === null ? null : words(model.time),
      });
      // The summary shows the lines of its as-at day: its row of this line, by words and figures.
      if (!active.has(priced)) return;
      const said = summary.find(
        (cells) =>
          cells[0] === words(priced.line.activity) &&
          cells[1] === row.who &&
          cells[2] === row.when &&
          cells[3] === model.amount &&
          cells[4] === model.weekly,
      );
      expect(said, `the summary's row of ${priced.line.id}: ${JSON.stringify(row)}`).toBeDefined();
      checked += 1;
    });
  }
  return checked;
}

/** The text report's rows for one line: its heading, then each indented row up to the next line. */
function reportLine(report: string, id: string): string[] {
  const rows = report.split('\n');
  const start = rows.findIndex((row) => row.startsWith(`${id}  `));
  if (start < 0) return [];
  const end = rows.findIndex((row, index) => index > start && !row.startsWith('    '));
  return rows.slice(start, end < 0 ? undefined : end).map(words);
}

let agreedChecked = 0;
let sharedChecked = 0;
let everyChecked = 0;
let namedChecked = 0;
let areaChecked = 0;

describe("the page, the PDF and the text report say each line's working alike", () => {
  it(
    "for any budget, show each line's row and working in the same words",
    async () => {
      await fc.assert(
        fc.asyncProperty(budgetWithExtras, async (budget) => {
          const read = readBudget(budget);
          fc.pre(read.ok);
          if (!read.ok) return;
          const priced = priceOnCard(read.value, card);
          if (!priced.ok) throw new Error(JSON.stringify(priced.problems));
          const pricing = priced.value;
          const format = documentFormat(pricing, t, 'en');
          const pdf = withoutPageFurniture(
            words((await render(`line-working-${(made += 1)}`, pricing)).flat),
            pricing,
          );
          const report = textReport(pricing, t, 'en');
          // The lines' tables, not the expenses' after them; each cell's words as one.
          const rows = tablesOf(summaryLinesOf(pricing))
            .filter((table) => table.headings[0] === t('summary.lines.activity'))
            .flatMap((table) => table.rows.map((cells) => cells.map((cell) => cell.join(' '))));
          expect(rows).toHaveLength(pricing.lines.length);

          pricing.lines.forEach((line, index) => {
            const { id } = line.line;
            // Only the PDF has a rate column and the line's dates: the model's, between the page's cells.
            const model = lineWorking(line, pricing, format);
            const row = rows.find(
              (cells) =>
                cells[0] === words(line.line.activity) &&
                cells[1] === words(model.who) &&
                cells[2] === words(model.when) &&
                cells[3] === model.amount &&
                cells[4] === model.weekly &&
                cells[5] === model.annual,
            );
            expect(row, `the summary's row of ${id}`).toBeDefined();
            const [activity = '', who = '', when = '', amount = '', weekly = '', annual = ''] =
              row ?? [];
            expect(pdf).toContain(
              words(
                [
                  activity,
                  who,
                  when,
                  ...(model.time === null ? [] : [model.time]),
                  amount,
                  ...model.rates,
                  weekly,
                  annual,
                ].join(' '),
              ),
            );

            const said = reportLine(report, id);
            expect(said[0]).toBe(words(`${id} ${model.domain} · ${activity} · ${who}`));
            expect(said[1]).toBe([when, ...(model.time === null ? [] : [model.time])].join(', '));
            const page = needPageWorking(pricing, index);
            if (line.segments.length > 0) {
              // The need page's working, every sentence, is the report's, row for row.
              expect(said.slice(2)).toEqual(page);
              // The rounding ends at the weekly and annual figures the row shows.
              const rounding = said.slice(-2).join(' ');
              expect(rounding).toContain(weekly);
              expect(rounding).toContain(annual);
            } else {
              expect(said.slice(2)).toEqual([model.noCost]);
            }
            // The PDF works an agreed figure and a share under the table, in the page's words.
            for (const sentence of [...model.agreed, ...model.shared]) {
              expect(page).toContain(sentence);
              expect(pdf).toContain(words(`${line.line.activity}: ${sentence}`));
            }
            if (model.agreed.length > 0) agreedChecked += 1;
            if (line.line.assistant !== undefined) namedChecked += 1;
            if (model.shared.length > 0) sharedChecked += 1;
            if (model.time !== null && line.segments.length > 0) everyChecked += 1;
          });
          // The area page says each line's who and when in the same words as the summary.
          areaChecked += expectAreaPageAgrees(pricing);
        }),
        // A failure is reported as found: shrinking would render hundreds of PDFs.
        { numRuns: 6, seed: 20, endOnFailure: true },
      );
      expect(agreedChecked).toBeGreaterThan(0);
      expect(sharedChecked).toBeGreaterThan(0);
      expect(everyChecked).toBeGreaterThan(0);
      expect(namedChecked).toBeGreaterThan(0);
      expect(areaChecked).toBeGreaterThan(0);
    },
    RENDER_TIMEOUT * 3,
  );

  it(
    "says a named assistant's line on the area page as the summary does, in English and Welsh",
    () => {
      for (const [file, language] of [
        ['examples/example-ann.json', 'en'],
        ['examples/example-ann.cy.json', 'cy'],
      ] as const) {
        const read = readBudget(readJson(file));
        if (!read.ok) throw new Error(JSON.stringify(read.problems));
        const priced = priceOnCard(read.value, loadCard('rate-cards/england-2025-26.json'), {
          asOf: '2026-05-01',
        });
        if (!priced.ok) throw new Error(JSON.stringify(priced.problems));
        const rows = areaPageRows(priced.value, 'personal-care', language);
        expect(rows.map((row) => row.who)).toContain(
          language === 'en'
            ? 'Personal assistant: Jo Example'
            : 'Cynorthwyydd personol: Jo Example',
        );
        expect(expectAreaPageAgrees(priced.value, language)).toBe(priced.value.lines.length);
        expect(priced.value.allLines.length).toBeGreaterThan(priced.value.lines.length);
      }
    },
    RENDER_TIMEOUT,
  );
});
