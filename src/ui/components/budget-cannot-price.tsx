/**
 * Why a budget has no figures: its rate card is not in this tool, or the budget names
 * areas or providers the card does not have. Either is put right on "About the person"
 * by choosing a card, so the message links there.
 */
import { useTranslation } from '../hooks/use-translation';
import { describeProblemInWords } from '../../i18n/problems';
import { WarningCallout } from './warning-callout';
import type { PricingState } from '../hooks/use-budget';
import { href } from '../routes';

export function BudgetCannotPrice({
  budgetId,
  pricing,
}: {
  budgetId: string;
  pricing: PricingState;
}) {
  const { t } = useTranslation();
  if (pricing.kind === 'priced') return null;
  return (
    <WarningCallout heading={t('budget.cannotPrice.heading')} headingLevel={2}>
      {pricing.kind === 'no-card' ? (
        <p>{t('budget.cannotPrice.noCard', { id: pricing.cardId })}</p>
      ) : (
        <>
          <p>{t('budget.cannotPrice.problems')}</p>
          <ul>
            {pricing.problems.map((found) => (
              <li key={`${found.path}:${found.key}`}>{describeProblemInWords(found, t)}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={href({ page: 'about', budgetId })}>{t('budget.cannotPrice.fix')}</a>
      </p>
    </WarningCallout>
  );
}
