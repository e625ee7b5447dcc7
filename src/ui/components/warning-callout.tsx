import type { ReactNode } from 'react';
import { useTranslation } from '../hooks/use-translation';

export interface WarningCalloutProps {
  readonly heading: string;
  readonly headingLevel?: 2 | 3 | 4 | undefined;
  readonly children: ReactNode;
}

/**
 * Something a person must know to stay safe or avoid a costly mistake. In NHS.UK frontend
 * 10 this is a card variant (nhsuk-card--warning), no longer nhsuk-warning-callout.
 */
export function WarningCallout({ heading, headingLevel = 3, children }: WarningCalloutProps) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  // Screen readers hear "Important:" first unless the heading already says so.
  const saysImportant = heading
    .toLocaleLowerCase()
    .includes(t('components.warningCallout.important').toLocaleLowerCase());
  return (
    <div className="nhsuk-card nhsuk-card--warning">
      <div className="nhsuk-card__content">
        <Heading className="nhsuk-card__heading">
          {saysImportant ? (
            heading
          ) : (
            <span role="text">
              <span className="nhsuk-u-visually-hidden">
                {t('components.warningCallout.prefix')}
              </span>{' '}
              {heading}
            </span>
          )}
        </Heading>
        {children}
      </div>
    </div>
  );
}
