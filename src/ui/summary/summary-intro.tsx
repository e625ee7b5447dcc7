/** What this page is for, and which rate card and funding route the figures rest on. */
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import { InsetText } from '../components/inset-text';
import type { SummaryFormat } from './summary-format';
import type { MessageKey } from '../../i18n/message-keys';

export interface SummaryIntroProps {
  readonly pricing: BudgetPricing;
  readonly format: SummaryFormat;
}

export function SummaryIntro({ pricing, format }: SummaryIntroProps) {
  const { t, localise } = format;
  const { card, budget } = pricing;
  return (
    <>
      <p className="nhsuk-body-l">{t('summary.intro')}</p>
      <p className="nhsuk-body">
        {t('summary.pricedOn', {
          card: localise(card.name),
          weeks: card.weeksPerYear,
          route: t(`terms.fundingRoute.${budget.fundingRoute}` as const satisfies MessageKey),
        })}
      </p>
      {card.illustrative === true && (
        <InsetText>
          <p>{t('summary.illustrative')}</p>
        </InsetText>
      )}
    </>
  );
}
