/**
 * The caseload page's outlying budgets: a large caseload has thousands of them, so the
 * page draws the dearest hundred, counts them all in the caption and says that the
 * figures' CSV lists every one.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listedRows } from '../../src/domain/caseload/caseload-row';
import type { CaseloadEntry } from '../../src/domain/caseload/entry';
import { priceCaseloadBudget } from '../../src/domain/caseload/price';
import { summariseCaseload, type CaseloadSummary } from '../../src/domain/caseload/summary';
import { parseMoney, toMoneyText } from '../../src/domain/money';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { CaseloadResults, OUTLIERS_SHOWN } from '../../src/ui/caseload/caseload-results';
import { loadCard } from '../helpers/builders';
import { renderWithI18n } from './render';

const card = loadCard('rate-cards/england-2025-26.json');
const AS_OF = '2025-10-15';
const entries: CaseloadEntry[] = generateBudgets({ count: 12, seed: 5, rateCard: card }).map(
  (budget, index) => {
    const priced = priceCaseloadBudget(budget, card, `budget-${index}.json`, { asOf: AS_OF });
    if (!priced.ok) throw new Error('unpriceable');
    return priced.value;
  },
);
const listed = listedRows(entries);
const summary = summariseCaseload(entries, card, AS_OF);

/** `count` outlying budgets, dearest first, as the summary ranks them. */
function withOutliers(count: number): CaseloadSummary {
  const outliers = Array.from({ length: count }, (_, index) => ({
    id: `outlier-${index}`,
    file: `outlier-${String(index).padStart(4, '0')}.json`,
    person: `Person ${index}`,
    annual: toMoneyText(parseMoney(`${900_000 - index}.00`)),
  }));
  return { ...summary, outliers };
}

function outlyingTable(count: number) {
  return screen.getByRole('table', { name: `${count} outlying budgets` });
}

const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .filter((row) => row.closest('tbody') !== null);

describe("the caseload page's outlying budgets", () => {
  it('draws the dearest hundred of many, counts them all and points to the CSV', () => {
    renderWithI18n(
      <CaseloadResults
        entries={listed}
        summary={withOutliers(2_345)}
        card={card}
        onOpen={() => undefined}
      />,
    );
    const rows = bodyRows(outlyingTable(2_345));
    expect(rows).toHaveLength(OUTLIERS_SHOWN);
    expect(rows[0]).toHaveTextContent('Person 0');
    expect(rows.at(-1)).toHaveTextContent(`Person ${OUTLIERS_SHOWN - 1}`);
    expect(
      screen.getByText(
        "Showing the 100 highest-cost of 2,345 outlying budgets. The figures' CSV lists them all.",
      ),
    ).toBeInTheDocument();
  });

  it('draws every one, without the note, when there are no more than a hundred', () => {
    renderWithI18n(
      <CaseloadResults
        entries={listed}
        summary={withOutliers(OUTLIERS_SHOWN)}
        card={card}
        onOpen={() => undefined}
      />,
    );
    expect(bodyRows(outlyingTable(OUTLIERS_SHOWN))).toHaveLength(OUTLIERS_SHOWN);
    expect(screen.queryByText(/^Showing the 100 highest-cost/)).not.toBeInTheDocument();
  });

  it('says the same in Welsh', () => {
    renderWithI18n(
      <CaseloadResults
        entries={listed}
        summary={withOutliers(150)}
        card={card}
        onOpen={() => undefined}
      />,
      'cy',
    );
    expect(
      screen.getByText(
        'Yn dangos y 100 drutaf o 150 o gyllidebau allanol. Mae CSV y ffigurau yn eu rhestru i gyd.',
      ),
    ).toBeInTheDocument();
  });
});
