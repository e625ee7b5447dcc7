/**
 * A rate card that prices paid care at £0.00, or whose carer thresholds are 0 hours, says
 * so wherever the card is shown or chosen (docs/rate-cards.md, "Warnings about a card"):
 * on the card's own page, beside the choice of card, and on the budget it prices.
 */
import { useTranslation } from '../hooks/use-translation';
import { cardWarnings } from '../../domain/card-warnings';
import type { RateCard } from '../../domain/schema/rate-card';
import { cardWarningWords } from '../../i18n/card-warning-words';
import { localise } from '../../i18n/localise';
import { WarningCallout } from './warning-callout';

export function CardWarningsNotice({
  card,
  headingLevel = 2,
}: {
  card: RateCard | undefined;
  headingLevel?: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  const warnings = card === undefined ? [] : cardWarnings(card);
  if (card === undefined || warnings.length === 0) return null;
  return (
    <WarningCallout heading={t('rateCards.warnings.heading')} headingLevel={headingLevel}>
      <p>{t('rateCards.warnings.body', { name: localise(card.name, i18n.language) })}</p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {warnings.map((warning) => (
          <li key={warning.id}>{cardWarningWords(warning, t)}</li>
        ))}
      </ul>
    </WarningCallout>
  );
}
