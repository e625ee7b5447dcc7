/**
 * What the three outputs of a comparison say, whole, for several pairs of versions in
 * English and Welsh: the compare page (its sentences and tables, cell by cell), the
 * compare command's text and its CSV. The goldens under __goldens__/compare were taken
 * before the outputs were moved onto one model (src/present/revision-diff.ts); any change
 * of wording since shows in their history.
 */
import { render } from '@testing-library/react';
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

/** The page as a reader meets it: each paragraph, and each table's caption and rows, cell by cell. */
function pageText(diff: BudgetDiff, language: 'en' | 'cy'): string {
  const { container } = render(
    <I18nextProvider i18n={createI18n(language)}>
      <RevisionDiff diff={diff} />
    </I18nextProvider>,
  );
  const blocks = [...container.querySelectorAll('p, table')].filter(
    (element) => element.closest('table') === null || element.tagName === 'TABLE',
  );
  return blocks
    .map((block) => {
      if (block.tagName !== 'TABLE') return block.textContent;
      const caption = block.querySelector('caption')?.textContent ?? '';
      const rows = [...block.querySelectorAll('tr')].map((row) =>
        [...row.querySelectorAll('th, td')]
          .map((cell) => {
            // A responsive table repeats its heading in each cell for narrow screens: skip it.
            const shown = cell.cloneNode(true) as Element;
            shown.querySelector('.nhsuk-table__heading')?.remove();
            const items = [...shown.querySelectorAll('li')].map((item) => item.textContent);
            return items.length > 0 ? items.join(' / ') : shown.textContent;
          })
          .join(' | '),
      );
      return [`[${caption}]`, ...rows].join('\n');
    })
    .join('\n\n');
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
