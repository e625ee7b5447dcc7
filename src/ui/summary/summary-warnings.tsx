/**
 * The plan's warnings other than carer burden, grouped by kind, each line a link to its
 * page so the person can fix it there. Carer flags have their own panel further down.
 */
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import type { Warning } from '../../domain/warnings';
import { WarningCallout } from '../components/warning-callout';
import { href } from '../routes';
import type { SummaryFormat } from './summary-format';
import { SummarySection } from './summary-section';

export interface SummaryWarningsProps {
  readonly pricing: BudgetPricing;
  readonly format: SummaryFormat;
}

type LineWarning = Extract<Warning, { line: string }>;
type ShortVisit = Extract<Warning, { id: 'short-visit' }>;
type PaLine = Extract<Warning, { id: 'pa-needs-direct-payment' }>;
type OverIndicative = Extract<Warning, { id: 'over-indicative' }>;

export function SummaryWarnings({ pricing, format }: SummaryWarningsProps) {
  const { t, money } = format;
  const { warnings, budget } = pricing;
  if (warnings.length === 0) return null;
  const shortVisits = warnings.filter(
    (warning): warning is ShortVisit => warning.id === 'short-visit',
  );
  const paLines = warnings.filter(
    (warning): warning is PaLine => warning.id === 'pa-needs-direct-payment',
  );
  const over = warnings.find(
    (warning): warning is OverIndicative => warning.id === 'over-indicative',
  );
  const linesById = new Map(budget.lines.map((line) => [line.id, line]));

  const lineLinks = <W extends LineWarning>(
    items: readonly W[],
    text: (warning: W, activity: string) => string,
  ) => (
    <ul className="nhsuk-list nhsuk-list--bullet">
      {items.map((warning) => {
        const line = linesById.get(warning.line);
        if (line === undefined) return null;
        const lineHref = href({
          page: 'line',
          budgetId: budget.id,
          domainId: line.domain,
          lineId: line.id,
        });
        return (
          <li key={warning.line}>
            <a className="nhsuk-link" href={lineHref}>
              {text(warning, line.activity)}
            </a>
          </li>
        );
      })}
    </ul>
  );

  return (
    <SummarySection heading={t('summary.warnings.heading')}>
      {shortVisits.length > 0 && (
        <WarningCallout heading={t('summary.warnings.shortVisit.heading')}>
          <p>{t('summary.warnings.shortVisit.body')}</p>
          {lineLinks(shortVisits, (warning, activity) =>
            t('summary.warnings.shortVisit.item', { activity, minutes: warning.minutes }),
          )}
        </WarningCallout>
      )}
      {paLines.length > 0 && (
        <WarningCallout heading={t('summary.warnings.paNeedsDirectPayment.heading')}>
          <p>
            {t('summary.warnings.paNeedsDirectPayment.body', {
              route: t(`terms.fundingRoute.${budget.fundingRoute}`),
            })}
          </p>
          {lineLinks(paLines, (_warning, activity) =>
            t('summary.warnings.paNeedsDirectPayment.item', { activity }),
          )}
        </WarningCallout>
      )}
      {over !== undefined && pricing.indicative !== null && (
        <WarningCallout heading={t('summary.warnings.overIndicative.heading')}>
          <p>
            {t('summary.warnings.overIndicative.body', {
              over: money(over.over),
              indicative: money(pricing.indicative.amount),
            })}
          </p>
          <p>
            <a className="nhsuk-link" href={href({ page: 'about', budgetId: budget.id })}>
              {t('summary.warnings.overIndicative.link')}
            </a>
          </p>
        </WarningCallout>
      )}
    </SummarySection>
  );
}
