/**
 * The rate card a caseload is priced on: every budget on one card, so figures compare.
 * Each card's dates are in the choice and under it; a card that has ended says so and
 * offers the card of its area in force today.
 */
import { useTranslation } from '../hooks/use-translation';
import { CardDates, useCardOptions } from '../components/card-dates';
import { Select } from '../components/select';
import { useRateCards } from '../hooks/use-rate-cards';

export interface CaseloadCardProps {
  readonly cardId: string;
  readonly disabled: boolean;
  readonly onChoose: (id: string) => void;
}

export function CaseloadCard({ cardId, disabled, onChoose }: CaseloadCardProps) {
  const { t } = useTranslation();
  const cards = useRateCards();
  const options = useCardOptions(cards);
  return (
    <>
      <Select
        id="caseload-card"
        label={t('caseload.card.label')}
        hint={t('caseload.card.hint')}
        options={options}
        value={cardId}
        disabled={disabled}
        onChange={onChoose}
      />
      <CardDates
        card={cards.find((card) => card.id === cardId)}
        cards={cards}
        onChoose={onChoose}
        useKey="budget.cardDates.useForCaseload"
        disabled={disabled}
      />
    </>
  );
}
