/**
 * The rate cards (#/rate-cards): those that come with the tool and those kept on this
 * device, each with its area and the dates it is in use; and importing a card.
 */
import { useTranslation } from '../hooks/use-translation';
import { isOutOfDate } from '../../domain/rate-card-validity';
import { today as deviceToday } from '../../state/clock';
import { localise } from '../../i18n/localise';
import { useAppStore } from '../../state/store';
import { ButtonLink } from '../components/button-link';
import { Page } from '../components/page';
import { Table } from '../components/table';
import { Tag } from '../components/tag';
import { useRateCards } from '../hooks/use-rate-cards';
import { href } from '../routes';
import { FlashBanner } from '../components/budget-flash';
import { formatDate, useLocale } from '../hooks/budget-format';
import type { MessageKey } from '../../i18n/message-keys';

export function RateCardsPage() {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const cards = useRateCards();
  const device = useAppStore((state) => state.rateCards);
  const today = deviceToday();

  return (
    <Page
      title={t('rateCards.list.title')}
      backLink={{ href: href({ page: 'start' }) }}
      headingInContent
    >
      <FlashBanner target={href({ page: 'rate-cards' })} />
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('rateCards.list.title')}
      </h1>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <p className="nhsuk-body">{t('rateCards.list.intro')}</p>
          <p className="nhsuk-body">{t('rateCards.list.makeHint')}</p>
        </div>
      </div>
      <Table
        caption={t('rateCards.list.caption')}
        firstCellIsHeader
        responsive
        columns={[
          { heading: t('rateCards.list.name') },
          { heading: t('rateCards.list.area') },
          { heading: t('rateCards.list.valid') },
          { heading: t('rateCards.list.kept') },
        ]}
        rows={cards.map((card) => ({
          key: card.id,
          cells: [
            <a
              className="nhsuk-link"
              href={href({ page: 'rate-card', cardId: card.id })}
              key="name"
            >
              {localise(card.name, i18n.language)}
            </a>,
            card.area,
            <span key="valid">
              {t('rateCards.list.validRange', {
                from: formatDate(card.validFrom, locale),
                to: formatDate(card.validTo, locale),
              })}
              {isOutOfDate(card, today) && (
                <>
                  {' '}
                  <Tag colour="grey">{t('rateCards.list.ended')}</Tag>
                </>
              )}
            </span>,
            t(
              `rateCards.list.${device[card.id]?.origin ?? 'shipped'}` as const satisfies MessageKey,
            ),
          ],
        }))}
      />
      <ButtonLink href={href({ page: 'rate-card-import' })} variant="secondary">
        {t('rateCards.list.import')}
      </ButtonLink>{' '}
      <ButtonLink href={href({ page: 'rate-card-sheet' })} variant="secondary">
        {t('importing.rateSheet.page.fromList')}
      </ButtonLink>
    </Page>
  );
}
