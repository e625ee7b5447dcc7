/**
 * The working of one line's cost, step by step, so a person can check it with a
 * calculator: each group of days as hours × rate = amount, the one rounding to the penny,
 * then the year. It renders the line's working model (src/present/line-working.ts), the
 * one the PDF and the text report say too; every figure is the domain's.
 */
import { useMemo } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import type { PricedLine } from '../../../domain/pricing/line';
import type { BudgetPricing } from '../../../domain/pricing/price-budget';
import { lineWorking } from '../../../present/line-working';
import { useSummaryFormat } from '../../summary/summary-format';

export interface LineWorkingProps {
  readonly priced: PricedLine;
  readonly pricing: BudgetPricing;
}

export function LineWorking({ priced, pricing }: LineWorkingProps) {
  const { t } = useTranslation();
  const format = useSummaryFormat(pricing);
  const working = useMemo(() => lineWorking(priced, pricing, format), [priced, pricing, format]);
  return (
    <>
      <h3 className="nhsuk-heading-s">{t('lines.preview.workingHeading')}</h3>
      {[...working.agreed, ...working.paRates].map((text) => (
        <p className="nhsuk-body" key={text}>
          {text}
        </p>
      ))}
      <ul className="nhsuk-list">
        {working.steps.map((step) => (
          <li key={step.text}>
            <span className="app-figure">{step.text}</span>
            <span className="nhsuk-u-display-block nhsuk-u-secondary-text-colour nhsuk-u-font-size-16">
              {step.detail}
            </span>
          </li>
        ))}
      </ul>
      {/* Rounding happens once, on the week's exact sum (pricing rule 3), then the year (rule 9). */}
      {[...working.shared, ...working.rounding].map((text) => (
        <p className="nhsuk-body app-figure" key={text}>
          {text}
        </p>
      ))}
    </>
  );
}
