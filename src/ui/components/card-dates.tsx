/**
 * The dates of the rate card chosen, said in words beside the choice (a drop-down can cut
 * them off), and, when the card has ended by the device's calendar, a warning that names
 * the card of the same area in force today with a button to choose it instead.
 */
import { useTranslation } from '../hooks/use-translation';
import { cardInForce, isOutOfDate } from '../../domain/rate-card-validity';
import type { RateCard } from '../../domain/schema/rate-card';
import { localise } from '../../i18n/localise';
import { today } from '../../state/clock';
import { formatDate, useLocale } from '../hooks/budget-format';
import { Button } from './button';
import type { SelectOption } from './select';
import { WarningCallout } from './warning-callout';

export interface CardDatesProps {
  readonly card: RateCard | undefined;
  readonly cards: readonly RateCard[];
  /** Chooses the card in force instead; the button's words say what choosing it does. */
  readonly onChoose: (id: string) => void;
  /** `budget.cardDates.useForBudget` or `budget.cardDates.useForCaseload`. */
  readonly useKey: 'budget.cardDates.useForBudget' | 'budget.cardDates.useForCaseload';
  readonly headingLevel?: 2 | 3;
  readonly disabled?: boolean;
}

export function CardDates({
  card,
  cards,
  onChoose,
  useKey,
  headingLevel = 3,
  disabled = false,
}: CardDatesProps) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  if (card === undefined) return null;
  const day = today();
  const name = localise(card.name, i18n.language);
  const from = formatDate(card.validFrom, locale);
  const to = formatDate(card.validTo, locale);
  if (!isOutOfDate(card, day)) {
    const key = card.validFrom > day ? 'budget.cardDates.notYet' : 'budget.cardDates.inForce';
    return <p className="nhsuk-body">{t(key, { name, from, to })}</p>;
  }
  const current = cardInForce(cards, card.area, day);
  return (
    <WarningCallout
      heading={t('budget.cardDates.endedHeading', { name, date: to })}
      headingLevel={headingLevel}
    >
      <p>{t('budget.cardDates.endedBody', { name, from, to })}</p>
      {current === undefined ? (
        <p>{t('budget.cardDates.noneInForce', { area: card.area })}</p>
      ) : (
        <>
          <p>
            {t('budget.cardDates.inForceInstead', {
              name: localise(current.name, i18n.language),
              area: current.area,
              from: formatDate(current.validFrom, locale),
              to: formatDate(current.validTo, locale),
            })}
          </p>
          <Button
            type="button"
            variant="secondary"
            disabled={disabled}
            onClick={() => onChoose(current.id)}
          >
            {t(useKey, { name: localise(current.name, i18n.language) })}
          </Button>
        </>
      )}
    </WarningCallout>
  );
}

/** Each card as a choice, with its dates, and "(ended)" once it has ended. */
export function useCardOptions(cards: readonly RateCard[]): SelectOption[] {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const day = today();
  return cards.map((card) => ({
    value: card.id,
    label: t(
      isOutOfDate(card, day) ? 'budget.about.rateCard.optionEnded' : 'budget.about.rateCard.option',
      {
        name: localise(card.name, i18n.language),
        from: formatDate(card.validFrom, locale),
        to: formatDate(card.validTo, locale),
      },
    ),
  }));
}
