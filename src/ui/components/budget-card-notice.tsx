/**
 * A budget whose rate card has ended (its `validTo` has passed on the device's clock)
 * says so, names the newer card of the same area, shows what the budget would cost on it
 * (each side priced in full by priceOnCard), and links to re-pricing it there.
 */
import { useMemo } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { formatMoney } from '../../domain/format';
import { toMoneyText, type Money } from '../../domain/money';
import { priceChange } from '../../domain/rate-card-change';
import { isOutOfDate, newerCardFor } from '../../domain/rate-card-validity';
import { directionOf, sizeOf } from '../../present/words';
import type { Budget } from '../../domain/schema/budget';
import { describeProblem } from '../../i18n/problems';
import { localise } from '../../i18n/localise';
import { Table } from './table';
import { WarningCallout } from './warning-callout';
import { useRateCards } from '../hooks/use-rate-cards';
import { href, hrefBack, type BackPage } from '../routes';
import { formatDate, useLocale } from '../hooks/budget-format';
import { today as deviceToday } from '../../state/clock';
import type { MessageKey } from '../../i18n/message-keys';

/** `back`: the page showing the notice, where the re-price page's Back and Cancel return. */
export function BudgetCardNotice({ budget, back }: { budget: Budget; back: BackPage }) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const cards = useRateCards();
  const today = deviceToday();
  const card = cards.find((each) => each.id === budget.rateCard);
  const ended = card !== undefined && isOutOfDate(card, today);
  const newer = ended ? newerCardFor(card, cards, today) : undefined;
  const change = useMemo(
    () =>
      card === undefined || newer === undefined ? undefined : priceChange(budget, card, newer),
    [budget, card, newer],
  );
  if (card === undefined || !ended) return null;

  const money = (amount: Money) => formatMoney(amount, locale);
  const difference = (amount: Money) =>
    t(`budget.cardNotice.${directionOf(amount)}` as const satisfies MessageKey, {
      amount: formatMoney(toMoneyText(sizeOf(amount)), locale),
    });
  const until = formatDate(card.validTo, locale);

  return (
    <WarningCallout heading={t('budget.cardNotice.heading', { date: until })} headingLevel={2}>
      <p>
        {t('budget.cardNotice.body', { name: localise(card.name, i18n.language), date: until })}
      </p>
      {newer === undefined ? (
        <p>
          {t('budget.cardNotice.noNewer', { area: card.area })}{' '}
          <a className="nhsuk-link" href={href({ page: 'rate-cards' })}>
            {t('budget.cardNotice.seeCards')}
          </a>
        </p>
      ) : (
        <>
          <p>
            {t('budget.cardNotice.newer', {
              name: localise(newer.name, i18n.language),
              area: newer.area,
              from: formatDate(newer.validFrom, locale),
            })}
          </p>
          {/* On paper the notice says the card ended and which is newer; the figures on the
              newer card and the way to re-price are for the screen. */}
          <div className="app-no-print">
            {change?.ok === true && (
              <Table
                caption={t('budget.cardNotice.caption')}
                captionSize="s"
                firstCellIsHeader
                responsive
                columns={[
                  { heading: t('budget.cardNotice.period') },
                  { heading: t('budget.cardNotice.current'), numeric: true },
                  { heading: t('budget.cardNotice.newerColumn'), numeric: true },
                  { heading: t('budget.cardNotice.difference'), numeric: true },
                ]}
                rows={(['weekly', 'annual'] as const).map((period) => ({
                  key: period,
                  cells: [
                    t(`budget.cardNotice.${period}` as const satisfies MessageKey),
                    money(change.value.current[period]),
                    money(change.value.newer[period]),
                    difference(change.value.difference[period]),
                  ],
                }))}
              />
            )}
            {change?.ok === false && change.problems[0] !== undefined && (
              <p>
                {t('budget.cardNotice.cannotPrice', {
                  name: localise(newer.name, i18n.language),
                  reason: describeProblem(change.problems[0], t),
                })}
              </p>
            )}
            <p>
              <a
                className="nhsuk-link"
                href={hrefBack({ page: 'reprice', budgetId: budget.id, cardId: newer.id }, back)}
              >
                {t('budget.cardNotice.reprice', { name: localise(newer.name, i18n.language) })}
              </a>
            </p>
          </div>
        </>
      )}
    </WarningCallout>
  );
}
