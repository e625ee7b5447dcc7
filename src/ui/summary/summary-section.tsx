import type { ReactNode } from 'react';

export interface SummarySectionProps {
  readonly heading: string;
  readonly children: ReactNode;
  /** The heading's id, for a page's contents list to lead to. */
  readonly id?: string | undefined;
}

/**
 * One topic of the summary under its h2. Deliberately unnamed: a named section becomes a
 * landmark, and eight landmarks on one page would crowd a screen reader's landmark list;
 * the h2s are how people move between topics.
 */
export function SummarySection({ heading, children, id }: SummarySectionProps) {
  return (
    <section className="app-summary-section">
      <h2 className="nhsuk-heading-l" id={id}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
