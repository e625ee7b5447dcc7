/**
 * One rate card (#/rate-cards/:id): every figure with its source beside it, readable on a
 * screen and printable on A4, with ways to download it or make a new card from it.
 */
import { useTranslation } from '../hooks/use-translation';
import { isOutOfDate } from '../../domain/rate-card-validity';
import { today } from '../../state/clock';
import { localise } from '../../i18n/localise';
import { useAppStore } from '../../state/store';
import { Page } from '../components/page';
import { Tag } from '../components/tag';
import { WarningCallout } from '../components/warning-callout';
import { useRateCards } from '../hooks/use-rate-cards';
import { href } from '../routes';
import { FlashBanner } from '../components/budget-flash';
import { formatDate, useLocale } from '../hooks/budget-format';
import { RateCardActions } from './rate-card-actions';
import { RateCardCostTables } from './rate-card-cost-tables';
import { RateCardPaPay } from './rate-card-pa-pay';
import { RateCardDetails } from './rate-card-details';
import { RateCardPolicyTable } from './rate-card-policy-table';
import { RateCardRatesTables } from './rate-card-rates-tables';
import { NotFoundPage } from '../site/not-found-page';
import { CardWarningsNotice } from '../components/card-warnings-notice';

export function RateCardPage({ cardId }: { cardId: string }) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const card = useRateCards().find((each) => each.id === cardId);
  const saved = useAppStore((state) => state.rateCards[cardId]);
  if (card === undefined) return <NotFoundPage />;
  const name = localise(card.name, i18n.language);
  const ended = isOutOfDate(card, today());

  return (
    <Page title={name} backLink={{ href: href({ page: 'rate-cards' }) }} headingInContent>
      <FlashBanner target={href({ page: 'rate-card', cardId })} />
      <div className="app-rate-card">
        <h1 className="nhsuk-heading-l" tabIndex={-1}>
          <span className="nhsuk-caption-l">{t('rateCards.view.caption')}</span> {name}
        </h1>
        {card.illustrative === true && (
          <p className="nhsuk-body">
            <Tag colour="yellow">{t('rateCards.view.illustrative')}</Tag>
          </p>
        )}
        {ended && (
          <WarningCallout
            heading={t('rateCards.view.endedHeading', { date: formatDate(card.validTo, locale) })}
            headingLevel={2}
          >
            <p>{t('rateCards.view.endedBody')}</p>
          </WarningCallout>
        )}
        <CardWarningsNotice card={card} />
        <RateCardActions card={card} onDevice={saved !== undefined} />
        <RateCardDetails card={card} saved={saved} />
        <RateCardRatesTables card={card} />
        <RateCardCostTables card={card} />
        <RateCardPolicyTable card={card} />
        <RateCardPaPay card={card} />
      </div>
    </Page>
  );
}
