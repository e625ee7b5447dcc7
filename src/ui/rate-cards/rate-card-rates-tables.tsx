/** The hourly and sleep-in rates of a card: standard provider rates, each provider, a PA's pay. */
import { useTranslation } from '../hooks/use-translation';
import { formatMoney } from '../../domain/format';
import { RATE_FIELDS, rateOf } from '../../domain/forms/rate-card-form';
import type { RateCard, Rates } from '../../domain/schema/rate-card';
import { localise } from '../../i18n/localise';
import { useLocale } from '../hooks/budget-format';
import { RateCardFigureTable } from './rate-card-figure-table';
import type { MessageKey } from '../../i18n/message-keys';

interface RatesTableProps {
  readonly card: RateCard;
  readonly caption: string;
  readonly hint?: string | undefined;
  readonly rates: Rates;
  /** Where the rates are in the card, as sources name them: `registeredProvider.standard`. */
  readonly group: string;
}

function RatesTable({ card, caption, hint, rates, group }: RatesTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <RateCardFigureTable
      card={card}
      caption={caption}
      hint={hint}
      labelHeading={t('rateCards.view.figure')}
      headings={[t('rateCards.view.amount')]}
      rows={RATE_FIELDS.map((field) => {
        const amount = formatMoney(rateOf(rates, field), locale);
        return {
          key: field,
          label: t(`rateCards.view.rates.${field}` as const satisfies MessageKey),
          cells: [
            t(field === 'sleepIn' ? 'rateCards.view.perNight' : 'rateCards.view.perHour', {
              amount,
            }),
          ],
          figures: [`${group}.${field}`],
        };
      })}
    />
  );
}

export function RateCardRatesTables({ card }: { card: RateCard }) {
  const { t, i18n } = useTranslation();
  const { standard, providers } = card.registeredProvider;
  return (
    <>
      <RatesTable
        card={card}
        caption={t('rateCards.view.standard')}
        hint={t('rateCards.view.standardHint')}
        rates={standard}
        group="registeredProvider.standard"
      />
      <h2 className="nhsuk-heading-m">{t('rateCards.view.providers')}</h2>
      {providers.length === 0 && <p className="nhsuk-body">{t('rateCards.view.noProviders')}</p>}
      {providers.map((provider) => {
        const name = localise(provider.name, i18n.language);
        return (
          <RatesTable
            key={provider.id}
            card={card}
            caption={
              provider.quality === ''
                ? t('rateCards.view.providerUnrated', { name })
                : t('rateCards.view.provider', { name, quality: provider.quality })
            }
            rates={provider.rates}
            group={`registeredProvider.providers[${provider.id}].rates`}
          />
        );
      })}
      <RatesTable
        card={card}
        caption={t('rateCards.view.pay')}
        hint={t('rateCards.view.payHint')}
        rates={card.personalAssistant.pay}
        group="personalAssistant.pay"
      />
    </>
  );
}
