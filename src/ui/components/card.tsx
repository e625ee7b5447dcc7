import type { ReactNode } from 'react';
import { classNames } from './class-names';

export interface CardProps {
  readonly heading?: ReactNode;
  readonly headingLevel?: 2 | 3 | 4 | undefined;
  /** Makes the heading a link, and the whole card clickable. */
  readonly href?: string | undefined;
  readonly variant?: 'feature' | 'secondary' | undefined;
  readonly children?: ReactNode;
}

// Each class written whole: the build keeps only the rules of classes the source names.
const VARIANT_CLASS = {
  feature: 'nhsuk-card--feature',
  secondary: 'nhsuk-card--secondary',
} as const;

/** A box of related content, such as one budget among several, or a link to a section. */
export function Card({ heading, headingLevel = 2, href, variant, children }: CardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div
      className={classNames(
        'nhsuk-card',
        variant && VARIANT_CLASS[variant],
        href !== undefined && 'nhsuk-card--clickable',
      )}
    >
      <div className="nhsuk-card__content">
        {heading != null && (
          <Heading
            className={classNames(
              'nhsuk-card__heading',
              variant !== 'feature' && 'nhsuk-heading-m',
            )}
          >
            {href === undefined ? (
              heading
            ) : (
              <a className="nhsuk-card__link" href={href}>
                {heading}
              </a>
            )}
          </Heading>
        )}
        {children}
      </div>
    </div>
  );
}
