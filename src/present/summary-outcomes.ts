/**
 * The person's outcomes on the summary: what each costs (src/domain/outcomes/outcome-costs.ts),
 * and the warning for a paid need or an expense that serves none. Figures are the domain's;
 * this only puts them into rows and words, the same for every document.
 */
import { outcomeCosts } from '../domain/outcomes/outcome-costs';
import type { BudgetPricing } from '../domain/pricing/price-budget';
import type { Totals } from '../domain/pricing/totals';
import { outcomeWarnings } from '../domain/outcomes/outcome-warnings';
import type { Warning } from '../domain/warnings';
import type { DocumentFormat } from './format';
import type { FigureTable, Row, WarningGroup } from './summary';

export interface OutcomesModel {
  readonly heading: string;
  /** How a cost is shared between outcomes, and that the rows add up to the totals. */
  readonly intro: string;
  /** Said when the plan has no outcomes yet: there is no table then. */
  readonly none: string;
  readonly table: FigureTable | null;
}

export function outcomesModel(pricing: BudgetPricing, format: DocumentFormat): OutcomesModel {
  const { t, money, date } = format;
  const base = {
    heading: t('summary.outcomes.heading'),
    intro: t('summary.outcomes.intro'),
    none: t('summary.outcomes.none'),
  };
  if ((pricing.budget.outcomes ?? []).length === 0) return { ...base, table: null };
  const costs = outcomeCosts(pricing);
  const cells = (name: string, amounts: Totals) => [
    name,
    money(amounts.weekly),
    money(amounts.annual),
    money(amounts.oneOff),
  ];
  const rows: Row[] = costs.outcomes.map(({ outcome, servedBy, ...amounts }) => ({
    id: outcome.id,
    cells: cells(outcome.words, amounts),
    notes: {
      0: [
        t('summary.outcomes.servedBy', { count: servedBy }),
        ...(outcome.byWhen === undefined
          ? []
          : [t('summary.outcomes.byWhen', { date: date(outcome.byWhen) })]),
      ].join(' '),
    },
  }));
  if (!isZero(costs.unserved))
    rows.push({ id: 'unserved', cells: cells(t('summary.outcomes.unserved'), costs.unserved) });
  if (!isZero(costs.employerCosts)) {
    rows.push({
      id: 'employer-costs',
      cells: cells(t('summary.outcomes.employerCosts'), costs.employerCosts),
      notes: { 0: t('summary.outcomes.employerCostsNote') },
    });
  }
  rows.push({ id: 'total', cells: cells(t('summary.words.total'), pricing.totals) });
  return {
    ...base,
    table: {
      caption: t('summary.outcomes.caption'),
      columns: [
        { heading: t('summary.outcomes.outcome'), numeric: false },
        { heading: t('summary.words.weekly'), numeric: true },
        { heading: t('summary.words.annual'), numeric: true },
        { heading: t('summary.words.oneOff'), numeric: true },
      ],
      rows,
    },
  };
}

function isZero(amounts: Totals): boolean {
  return amounts.weekly.isZero() && amounts.annual.isZero() && amounts.oneOff.isZero();
}

type ServesNone = Extract<Warning, { id: 'serves-no-outcome' }>;

/** Each paid need (linked to its page) and each expense that serves no outcome. */
export function servesNoOutcomeGroup(
  pricing: BudgetPricing,
  { t }: DocumentFormat,
): WarningGroup[] {
  // A check of the plan, not of its price: worked here, so the pricing's warnings (the
  // command line's JSON among them) stay the ones the budget file format defines.
  const found = outcomeWarnings(pricing.budget, pricing.lines, pricing.expenses).filter(
    (warning): warning is ServesNone => warning.id === 'serves-no-outcome',
  );
  if (found.length === 0) return [];
  const { budget } = pricing;
  return [
    {
      id: 'serves-no-outcome',
      heading: t('summary.warnings.servesNoOutcome.heading'),
      body: t('summary.warnings.servesNoOutcome.body'),
      items: found.map((warning) => {
        if ('line' in warning) {
          const activity =
            budget.lines.find((line) => line.id === warning.line)?.activity ?? warning.line;
          return {
            lineId: warning.line,
            text: t('summary.warnings.lineItem', { activity }),
          };
        }
        const description =
          budget.expenses.find((expense) => expense.id === warning.expense)?.description ??
          warning.expense;
        return { lineId: '', text: t('summary.warnings.servesNoOutcome.expense', { description }) };
      }),
    },
  ];
}
