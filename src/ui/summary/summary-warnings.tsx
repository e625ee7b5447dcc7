/**
 * The plan's warnings other than carer burden, grouped by kind, each line a link to its
 * page so the person can fix it there; the rate card's own first, with a link to the card. Carer flags have their own panel further down.
 */
import type { Budget } from '../../domain/schema/budget';
import type { SummaryModel } from '../../present/summary';
import { WarningCallout } from '../components/warning-callout';
import { href } from '../routes';
import type { SummaryFormat } from './summary-format';
import { SummarySection } from './summary-section';

export interface SummaryWarningsProps {
  readonly warnings: SummaryModel['warnings'];
  readonly budget: Budget;
  readonly format: SummaryFormat;
}

export function SummaryWarnings({ warnings, budget, format }: SummaryWarningsProps) {
  const linesById = new Map(budget.lines.map((line) => [line.id, line]));
  return (
    <SummarySection heading={warnings.heading}>
      {warnings.groups.length === 0 && <p className="nhsuk-body">{warnings.none}</p>}
      {warnings.groups.map((group) => (
        <WarningCallout key={group.id} heading={group.heading}>
          <p>{group.body}</p>
          {group.items.length > 0 && (
            <ul className="nhsuk-list nhsuk-list--bullet">
              {group.items.map((item) => {
                if (item.lineId === undefined) return <li key={item.text}>{item.text}</li>;
                const line = linesById.get(item.lineId);
                // A warning about an assistant or an investment names no need line: said as words.
                if (line === undefined) return <li key={item.text}>{item.text}</li>;
                const lineHref = href({
                  page: 'line',
                  budgetId: budget.id,
                  domainId: line.domain,
                  lineId: line.id,
                });
                return (
                  <li key={item.lineId}>
                    <a className="nhsuk-link" href={lineHref}>
                      {item.text}
                    </a>
                  </li>
                );
              })}
            </ul>
          )}
          {group.id === 'card' && (
            <p>
              <a className="nhsuk-link" href={href({ page: 'rate-card', cardId: budget.rateCard })}>
                {format.t('summary.warnings.card.link')}
              </a>
            </p>
          )}
          {group.id === 'over-indicative' && (
            <p>
              <a className="nhsuk-link" href={href({ page: 'about', budgetId: budget.id })}>
                {format.t('summary.warnings.overIndicative.link')}
              </a>
            </p>
          )}
        </WarningCallout>
      ))}
    </SummarySection>
  );
}
