/** What a card is: its id, area, the dates it is in use, weeks in a year, where it is from. */
import { useTranslation } from '../hooks/use-translation';
import type { RateCard } from '../../domain/schema/rate-card';
import { sourcesOf } from '../../domain/schema/rate-card-sources';
import { localise } from '../../i18n/localise';
import type { SavedRateCard } from '../../state/rate-cards-slice';
import { SummaryList } from '../components/summary-list';
import { formatDate, useLocale } from '../hooks/budget-format';
import { RateCardSourceCell } from './rate-card-source-cell';
import type { MessageKey } from '../../i18n/message-keys';

export function RateCardDetails({
  card,
  saved,
}: {
  card: RateCard;
  saved: SavedRateCard | undefined;
}) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const kept = saved === undefined ? 'shipped' : saved.origin;
  return (
    <>
      <h2 className="nhsuk-heading-m">{t('rateCards.view.details')}</h2>
      <SummaryList
        rows={[
          { key: t('rateCards.view.area'), value: card.area },
          { key: t('rateCards.view.validFrom'), value: formatDate(card.validFrom, locale) },
          { key: t('rateCards.view.validTo'), value: formatDate(card.validTo, locale) },
          {
            key: t('rateCards.view.weeksPerYear'),
            value: (
              <>
                <p className="nhsuk-body">
                  {t('rateCards.view.weeksValue', { weeks: card.weeksPerYear })}
                </p>
                <p className="nhsuk-body-s">
                  <strong>{t('rateCards.view.source')}: </strong>
                  <RateCardSourceCell sources={sourcesOf(card, 'weeksPerYear')} />
                </p>
              </>
            ),
          },
          { key: t('rateCards.view.id'), value: <code>{card.id}</code> },
          {
            key: t('rateCards.view.kept'),
            value: t(`rateCards.list.${kept}` as const satisfies MessageKey),
          },
          {
            key: t('rateCards.view.domains'),
            value: (
              <ul className="nhsuk-list">
                {card.domains.map((domain) => (
                  <li key={domain.id}>{localise(domain.name, i18n.language)}</li>
                ))}
              </ul>
            ),
          },
          ...(card.notes === undefined
            ? []
            : [{ key: t('rateCards.view.notes'), value: localise(card.notes, i18n.language) }]),
        ]}
      />
    </>
  );
}
