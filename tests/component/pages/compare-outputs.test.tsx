/**
 * What the three outputs of a comparison say, whole, for several pairs of versions in
 * English and Welsh: the compare page (its sentences and tables, cell by cell), the
 * compare command's text and its CSV. The goldens under __goldens__/compare were taken
 * before the outputs were moved onto one model (src/present/revision-diff.ts); any change
 * of wording since shows in their history.
 */
import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { compareBudgets } from '../../../src/domain/reprice';
import type { BudgetDiff } from '../../../src/domain/revisions/diff';
import type { Budget, NeedLine } from '../../../src/domain/schema/budget';
import type { RateCard } from '../../../src/domain/schema/rate-card';
import { createI18n } from '../../../src/i18n';
import { diffCsv } from '../../../src/io/diff-csv';
import { diffText } from '../../../src/io/diff-text';
import { RevisionDiff } from '../../../src/ui/revisions/revision-diff';
import { budgetArbitrary } from '../../helpers/arbitraries';
import { loadCard, readJson, splitCard } from '../../helpers/builders';
import { planA, planB } from '../../helpers/revision-budgets';

const AS_OF = '2025-09-01';
const england = loadCard('rate-cards/england-2025-26.json');
const nextYear = loadCard('rate-cards/england-2026-27.json');
const ann = readJson('examples/example-ann.json') as Budget;
const annCy = readJson('examples/example-ann.cy.json') as Budget;

/** Ann's plan reviewed: a longer morning, church gone, a PA's new line, the day centre dearer. */
function reviewed(plan: Budget): Budget {
  const lines = plan.lines
    .filter((line) => line.id !== 'church')
    .map((line): NeedLine => {
      if (line.id === 'morning' && line.kind === 'visits') return { ...line, minutes: 60 };
      if (line.id === 'bedtime')
        return { ...line, resource: 'personal-assistant', assistant: 'jo' };
      if (line.id === 'overnight') return { ...line, days: ['fri', 'sat', 'sun'] };
      if (line.id === 'weekend-lunch') return { ...line, days: ['sat'] };
      return line;
    });
  const swim = lines.find((line) => line.id === 'swimming') as NeedLine;
  return {
    ...plan,
    lines: [...lines, { ...swim, id: 'gym', activity: 'Gym with a friend', days: ['thu'] }],
    expenses: plan.expenses.map((expense) =>
      expense.id === 'day-centre' ? { ...expense, amount: '42.00' } : expense,
    ),
  };
}

/** Two generated budgets on the split-rates card, the same each run. */
const [generatedA, generatedB] = fc.sample(budgetArbitrary, { seed: 20, numRuns: 2 }) as [
  Budget,
  Budget,
];

const PAIRS: Record<string, () => [Budget, RateCard, Budget, RateCard]> = {
  'hand-checked': () => [planA(), splitCard(), planB(), splitCard()],
  'example-reviewed': () => [ann, england, reviewed(ann), england],
  'example-next-card': () => [ann, england, ann, nextYear],
  'example-cy-reviewed': () => [annCy, england, reviewed(annCy), england],
  generated: () => [generatedA, splitCard(), generatedB, splitCard()],
  'no-change': () => [planA(), splitCard(), planA(), splitCard()],
};

function diffOf(name: string): BudgetDiff {
  const [from, fromCard, to, toCard] = (
    PAIRS[name] as () => [Budget, RateCard, Budget, RateCard]
  )();
  const diff = compareBudgets(from, fromCard, to, toCard, { asOf: AS_OF });
  if (!diff.ok) throw new Error(JSON.stringify(diff.problems));
  return diff.value;
}

/** A table as the page shows it: its caption and, row by row, each cell's words (a list's, item by item). */
interface ShownTable {
  readonly caption: string;
  readonly rows: readonly (readonly (readonly string[])[])[];
}

function cellWords(cell: Element): string[] {
  // A responsive table repeats its heading in each cell for narrow screens: skip it.
  const shown = cell.cloneNode(true) as Element;
  shown.querySelector('.nhsuk-table__heading')?.remove();
  const items = [...shown.querySelectorAll('li')].map((item) => item.textContent);
  return items.length > 0 ? items : [shown.textContent];
}

/** The paragraphs and tables of the page, in order. */
function shownBlocks(container: HTMLElement): (string | ShownTable)[] {
  return [...container.querySelectorAll('p, table')]
    .filter((element) => element.closest('table') === null || element.tagName === 'TABLE')
    .map((block) =>
      block.tagName !== 'TABLE'
        ? (block.textContent ?? '')
        : {
            caption: block.querySelector('caption')?.textContent ?? '',
            rows: [...block.querySelectorAll('tbody tr')].map((row) =>
              [...row.querySelectorAll('th, td')].map(cellWords),
            ),
          },
    );
}

/** The page as a reader meets it: each paragraph, and each table's caption and rows, cell by cell. */
function pageText(diff: BudgetDiff, language: 'en' | 'cy'): string {
  const { container } = render(
    <I18nextProvider i18n={createI18n(language)}>
      <RevisionDiff diff={diff} />
    </I18nextProvider>,
  );
  const head = [...container.querySelectorAll('thead tr')].map((row) =>
    [...row.querySelectorAll('th')].map((cell) => cell.textContent).join(' | '),
  );
  let tables = 0;
  return shownBlocks(container)
    .map((block) =>
      typeof block === 'string'
        ? block
        : [
            `[${block.caption}]`,
            head[tables++] ?? '',
            ...block.rows.map((row) => row.map((cell) => cell.join(' / ')).join(' | ')),
          ].join('\n'),
    )
    .join('\n\n');
}

/**
 * The items of a section of the text, under the heading the page gives as the caption of
 * its table: each item is a line at the margin with the indented lines under it.
 */
function textItems(text: string, heading: string): string[] {
  const rows = text.split('\n');
  const start = rows.findIndex(
    (row, index) => row === heading && rows[index + 1] === '-'.repeat(heading.length),
  );
  if (start === -1) return [];
  const items: string[] = [];
  for (const row of rows.slice(start + 2)) {
    if (row === '') break;
    if (row.startsWith(' ')) items[items.length - 1] += `\n${row}`;
    else items.push(row);
  }
  return items;
}

describe('the outputs of a comparison, whole', () => {
  for (const name of Object.keys(PAIRS)) {
    for (const language of ['en', 'cy'] as const) {
      it(`${name} in ${language}: the page, the text and the CSV`, async () => {
        const diff = diffOf(name);
        const { t } = createI18n(language);
        const golden = (kind: string) => `__goldens__/compare/${name}.${language}.${kind}`;
        await expect(pageText(diff, language)).toMatchFileSnapshot(golden('page.txt'));
        await expect(diffText(diff, { from: 1, to: 'current' }, t, language)).toMatchFileSnapshot(
          golden('text.txt'),
        );
        await expect(diffCsv(diff, t, language)).toMatchFileSnapshot(golden('csv'));
      });
    }
  }
});

describe('the page and the text of a comparison cannot disagree', () => {
  it('for any two budgets, in English and Welsh, the text has every row of the page with its words', () => {
    fc.assert(
      fc.property(
        budgetArbitrary,
        budgetArbitrary,
        fc.constantFrom('en' as const, 'cy' as const),
        (from, to, language) => {
          const compared = compareBudgets(from, splitCard(), to, splitCard(), { asOf: AS_OF });
          if (!compared.ok) throw new Error(JSON.stringify(compared.problems));
          const i18n = createI18n(language);
          const { container } = render(
            <I18nextProvider i18n={i18n}>
              <RevisionDiff diff={compared.value} />
            </I18nextProvider>,
          );
          const blocks = shownBlocks(container);
          cleanup();
          const text = diffText(compared.value, { from: 1, to: 2 }, i18n.t, language);
          const lines = text.split('\n');
          for (const block of blocks) {
            // Each sentence of the page is a line of the text.
            if (typeof block === 'string') {
              expect(lines).toContain(block);
              continue;
            }
            // Each table is a section of the text: the same rows, in the same order, each
            // holding every word and figure of its cells ("—", no side, is said by leaving
            // the side out).
            const items = textItems(text, block.caption);
            expect(items.length).toBeGreaterThanOrEqual(block.rows.length);
            // After the rows, at most the count of those unchanged, which the page's headline says.
            expect(items.length - block.rows.length).toBeLessThanOrEqual(1);
            block.rows.forEach((row, index) => {
              for (const words of row.flat())
                if (words !== '' && words !== '—') expect(items[index]).toContain(words);
            });
          }
        },
      ),
      { numRuns: 40, seed: 2020 },
    );
  });
});
