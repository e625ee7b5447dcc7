/**
 * The commissioner's rows of the caseload CSVs (docs/commissioner.md): cost avoided
 * against traditional packages and the cost in the year in the summary's long layout
 * (section, item, measure, value), and each budget's own figures in the table. Kept apart from
 * caseload-csv.ts, which calls these, so each file says one thing.
 */
import type { TFunction } from 'i18next';
import type { CaseloadRow } from '../domain/caseload/caseload-row';
import { IN_YEAR_PERIODS } from '../domain/caseload/in-year';
import type { CardComparison, Change } from '../domain/caseload/next-card';
import type { CaseloadLabels } from './caseload-labels';
import type { CaseloadSummary } from '../domain/caseload/summary';
import { number, text, type Cell } from './csv';
import type { MessageKey } from '../i18n/message-keys';

const key = (name: string) => `commissioner.csv.${name}`;

export function* commissionerSummaryRows(
  summary: CaseloadSummary,
  t: TFunction,
  labels: CaseloadLabels,
  comparison: CardComparison | null,
): Generator<Cell[], void, unknown> {
  // The caseload's figures, a dozen rows, made at once; a row a budget after them, as written.
  const rows: Cell[][] = [];
  const row = (section: string, item: string, measure: string, value: Cell) =>
    rows.push([
      text(t(key(`section.${section}`))),
      text(item),
      text(t(key(`measure.${measure}`))),
      value,
    ]);
  const all = t('caseload.csv.allBudgets');
  const avoidance = summary.traditional;
  row('costAvoidance', all, 'traditionalWeekly', number(avoidance.traditionalWeekly));
  row('costAvoidance', all, 'traditionalAnnual', number(avoidance.traditionalAnnual));
  row('costAvoidance', all, 'planAnnual', number(avoidance.planAnnual));
  row('costAvoidance', all, 'avoided', number(avoidance.avoided));
  row(
    'costAvoidance',
    all,
    'avoidedPercent',
    avoidance.percent === null ? text('') : number(avoidance.percent),
  );
  row('costAvoidance', all, 'recorded', number(String(avoidance.recorded)));
  row('costAvoidance', all, 'costMoreCount', number(String(avoidance.costMore.length)));
  const { inYear } = summary;
  for (const period of IN_YEAR_PERIODS) {
    const { from, to, total } = inYear.periods[period];
    const item = t(key('periodItem'), {
      period: t(`commissioner.inYear.period.${period}` as const satisfies MessageKey, {
        quarter: inYear.quarter,
      }),
      from,
      to,
    });
    row('inYear', item, 'cost', number(total));
  }
  yield* rows;
  const costMore = text(t(key('section.costMore')));
  const measures = (['annual', 'traditionalAnnual', 'over'] as const).map((measure) =>
    text(t(key(`measure.${measure}`))),
  );
  for (const budget of avoidance.costMore) {
    const item = text(`${budget.file} (${budget.id})`);
    yield [costMore, item, measures[0] as Cell, number(budget.annual)];
    yield [costMore, item, measures[1] as Cell, number(budget.traditionalAnnual)];
    yield [costMore, item, measures[2] as Cell, number(budget.over)];
  }
  if (comparison !== null) yield* comparisonRows(comparison, t, labels);
}

/** This year's card against next year's: each figure's two costs, difference and percent. */
function* comparisonRows(
  comparison: CardComparison,
  t: TFunction,
  labels: CaseloadLabels,
): Generator<Cell[], void, unknown> {
  // A few hundred rows at most: the card's figures, ten rises and the files not on it.
  const rows: Cell[][] = [];
  const add = (section: string, item: string, change: Change) => {
    const measures: [string, Cell][] = [
      ['thisCard', number(change.thisYear)],
      ['nextCard', number(change.nextYear)],
      ['difference', number(change.difference)],
      ['differencePercent', change.percent === null ? text('') : number(change.percent)],
    ];
    for (const [measure, value] of measures) {
      rows.push([
        text(t(key(`section.${section}`))),
        text(item),
        text(
          t(key(`measure.${measure}`), {
            card: measure === 'thisCard' ? comparison.thisCard : comparison.nextCard,
          }),
        ),
        value,
      ]);
    }
  };
  const all = t('caseload.csv.allBudgets');
  add('nextCard', all, comparison.annual);
  for (const [id, change] of Object.entries(comparison.byDomain))
    add('nextCardByDomain', labels.domain(id), change);
  for (const [id, change] of Object.entries(comparison.byResource))
    add('nextCardByResource', labels.resource(id), change);
  for (const [id, change] of Object.entries(comparison.byCohort))
    add('nextCardByCohort', t(`caseload.phbReturn.cohort.${id}`), change);
  for (const budget of comparison.rises) {
    add('nextCardRises', `${budget.file} (${budget.id})`, {
      thisYear: budget.annual,
      nextYear: budget.nextAnnual,
      difference: budget.rise,
      percent: budget.percent,
    });
  }
  for (const file of comparison.notOnNextCard)
    rows.push([text(t(key('section.notOnNextCard'))), text(file), text(''), text('')]);
  yield* rows;
}

export const COMMISSIONER_TABLE_COLUMNS = [
  'cohort',
  'traditionalAnnual',
  'basis',
  'avoided',
  'avoidedPercent',
] as const;

export function commissionerTableHeadings(t: TFunction): Cell[] {
  return [
    ...COMMISSIONER_TABLE_COLUMNS.map((column) => text(t(key(`column.${column}`)))),
    ...IN_YEAR_PERIODS.map((period) => text(t(key(`column.${period}`)))),
  ];
}

export function commissionerTableCells(entry: CaseloadRow, t: TFunction): Cell[] {
  const { traditional } = entry;
  return [
    text(t(`caseload.phbReturn.cohort.${entry.cohort}` as const satisfies MessageKey)),
    number(traditional.annual),
    text(t(key(`basis.${traditional.basis}`))),
    number(traditional.avoided),
    traditional.percent === null ? text('') : number(traditional.percent),
    ...IN_YEAR_PERIODS.map((period) => number(entry.inYear[period])),
  ];
}
