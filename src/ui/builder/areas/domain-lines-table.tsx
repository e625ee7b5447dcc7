/**
 * The needs of one domain as a table: the need, who gives it, when, hours (or nights) a
 * week and the weekly cost, each figure from the priced budget. Who and when are said in
 * the words of the summary, the PDF and the text report (src/present/line-working.ts),
 * priced or not. Rows are memoised by line.
 */
import { useMemo } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import { formatHours, formatMoney } from '../../../domain/format';
import type { BudgetPricing } from '../../../domain/pricing/price-budget';
import type { Budget } from '../../../domain/schema/budget';
import type { RateCard } from '../../../domain/schema/rate-card';
import { budgetLabels } from '../../../present/labels';
import { lineAmount, lineWords } from '../../../present/line-working';
import { servesWords } from '../../../present/words';
import { Scroll } from '../../components/scroll';
import { formatDate, useLocale } from '../../hooks/budget-format';
import { DomainLineRow } from './domain-line-row';

export interface DomainLinesTableProps {
  readonly budget: Budget;
  readonly card: RateCard;
  readonly domainId: string;
  readonly domainName: string;
  /** The whole budget priced as at its day, or undefined when it cannot be priced. */
  readonly pricing: BudgetPricing | undefined;
  readonly onDuplicate: (lineId: string) => void;
  readonly onRemove: (lineId: string) => void;
}

export function DomainLinesTable(props: DomainLinesTableProps) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const { budget, card, domainId, pricing } = props;

  const rows = useMemo(() => {
    // Every line is priced, in force on the day or not; only those in force count in the
    // area's total, so a line that starts later or has ended says it is not in it.
    const pricedById = new Map((pricing?.allLines ?? []).map((item) => [item.line.id, item]));
    const inForce = new Set(pricing?.lines.map((item) => item.line.id));
    const labels = budgetLabels(budget, card, t, i18n.language);
    const date = (iso: string) => formatDate(iso, locale);
    const hours = (amount: Parameters<typeof formatHours>[0]) => formatHours(amount, locale);
    const outcomes = new Map((budget.outcomes ?? []).map((outcome) => [outcome.id, outcome.words]));
    return budget.lines
      .filter((line) => line.domain === domainId)
      .map((line) => {
        const figures = pricedById.get(line.id);
        return {
          line,
          ...lineWords(line, t, labels, date),
          serves: servesWords(line.outcomes, outcomes, t),
          amount: figures === undefined ? undefined : lineAmount(figures, t, hours),
          weekly: figures === undefined ? undefined : formatMoney(figures.weekly, locale),
          notInTotal:
            pricing === undefined || inForce.has(line.id)
              ? undefined
              : t('lines.domain.notInTotal', { date: date(pricing.asOf) }),
        };
      });
  }, [budget, card, domainId, pricing, t, i18n.language, locale]);

  const columns = [
    { heading: t('lines.domain.colNeed') },
    { heading: t('lines.domain.colWho') },
    { heading: t('lines.domain.colWhen') },
    { heading: t('lines.domain.colAmount'), numeric: true },
    { heading: t('lines.domain.colWeekly'), numeric: true },
    { heading: t('lines.domain.colActions') },
  ];
  const captionId = `domain-lines-${domainId}-caption`;

  return (
    <Scroll labelledBy={captionId}>
      <table className="nhsuk-table nhsuk-table--responsive" role="table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--m" id={captionId}>
          {t('lines.domain.tableCaption', { domain: props.domainName })}
        </caption>
        <thead className="nhsuk-table__head" role="rowgroup">
          <tr className="nhsuk-table__row" role="row">
            {columns.map((column) => (
              <th
                className={
                  column.numeric === true
                    ? 'nhsuk-table__header nhsuk-table__header--numeric'
                    : 'nhsuk-table__header'
                }
                scope="col"
                role="columnheader"
                key={column.heading}
              >
                {column.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row) => (
            <DomainLineRow
              key={row.line.id}
              budgetId={budget.id}
              line={row.line}
              who={row.who}
              when={row.when}
              time={row.time}
              serves={row.serves}
              amount={row.amount}
              weekly={row.weekly}
              notInTotal={row.notInTotal}
              onDuplicate={props.onDuplicate}
              onRemove={props.onRemove}
            />
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}
