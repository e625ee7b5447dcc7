/** The carer policy of a card: the levels at which the unpaid care a plan relies on is flagged. */
import { useTranslation } from '../hooks/use-translation';
import { POLICY_FIELDS } from '../../domain/forms/rate-card-form';
import type { RateCard } from '../../domain/schema/rate-card';
import { RateCardFigureTable } from './rate-card-figure-table';
import type { MessageKey } from '../../i18n/message-keys';

export function RateCardPolicyTable({ card }: { card: RateCard }) {
  const { t } = useTranslation();
  const policy = card.carerPolicy;
  const value = (field: (typeof POLICY_FIELDS)[number]) => {
    if (field === 'nightsPerWeek')
      return t('rateCards.view.nightsValue', { count: policy.nightsPerWeek });
    if (field === 'olderCarerAge')
      return t('rateCards.view.ageValue', { age: policy.olderCarerAge });
    return t('rateCards.view.hoursValue', { hours: policy[field] });
  };
  return (
    <RateCardFigureTable
      card={card}
      caption={t('rateCards.view.carerPolicy')}
      labelHeading={t('rateCards.view.figure')}
      headings={[t('rateCards.view.amount')]}
      rows={POLICY_FIELDS.map((field) => ({
        key: field,
        label: t(`rateCards.view.policy.${field}` as const satisfies MessageKey),
        cells: [value(field)],
        figures: [`carerPolicy.${field}`],
      }))}
    />
  );
}
