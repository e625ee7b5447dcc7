/**
 * The first page: a shipped example budget priced on a shipped rate card, with the
 * totals and the working a person can check. The full builder comes next (issue 3).
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { priceOnCard } from '../domain/pricing/price-budget';
import { localise } from '../i18n/localise';
import { shippedExamples, shippedRateCards } from '../io/shipped';
import { BudgetSummary } from './budget-summary';
import { ProblemList } from './problem-list';

export function App() {
  const { t, i18n } = useTranslation();
  const cards = shippedRateCards.items;
  const example = shippedExamples.items[0];
  const [cardId, setCardId] = useState(example?.rateCard ?? cards[0]?.id ?? '');
  const card = cards.find((candidate) => candidate.id === cardId);
  const selectId = useId();
  const pricing = useMemo(
    () => (example !== undefined && card !== undefined ? priceOnCard(example, card) : null),
    [example, card],
  );

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="service-header">
        <span className="service-name">{t('app.serviceName')}</span>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <h1>{t('app.title')}</h1>
        <p className="lead">{t('app.intro')}</p>
        <p>{t('app.privacy')}</p>
        {[...shippedRateCards.problems, ...shippedExamples.problems].map((failure) => (
          <ProblemList key={failure.file} title={failure.file} problems={failure.problems} />
        ))}
        <div className="field">
          <label htmlFor={selectId}>{t('app.rateCardLabel')}</label>
          <select id={selectId} value={cardId} onChange={(event) => setCardId(event.target.value)}>
            {cards.map((option) => (
              <option key={option.id} value={option.id}>
                {localise(option.name, i18n.language)}
              </option>
            ))}
          </select>
          {card?.illustrative === true && <p className="hint">{t('app.illustrative')}</p>}
        </div>
        {example !== undefined && <h2>{t('app.exampleHeading', { title: example.title })}</h2>}
        {pricing !== null &&
          (pricing.ok ? (
            <BudgetSummary pricing={pricing.value} />
          ) : (
            <ProblemList title={t('app.problemTitle')} problems={pricing.problems} />
          ))}
      </main>
    </>
  );
}
