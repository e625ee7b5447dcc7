/**
 * The totals of the plan, the card they are on (a caseload may price the same budget on
 * another card, so each annual figure says its card), and the one rounding rule.
 */
import { useTranslation } from '../hooks/use-translation';
import type { SummaryModel } from '../../present/summary';
import { FigureList } from './summary-figures';
import { SummarySection } from './summary-section';

export function SummaryTotals({
  totals,
  cardName,
}: {
  totals: SummaryModel['totals'];
  cardName?: string;
}) {
  const { t } = useTranslation();
  return (
    <SummarySection heading={totals.heading}>
      <FigureList label={totals.label} figures={totals.figures} />
      {cardName !== undefined && (
        <p className="nhsuk-body">{t('summary.totalsOnCard', { card: cardName })}</p>
      )}
      <p className="nhsuk-body">{totals.rounding}</p>
    </SummarySection>
  );
}
