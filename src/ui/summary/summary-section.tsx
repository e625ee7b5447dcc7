import type { ReactNode } from 'react';

export interface SummarySectionProps {
  readonly heading: string;
  readonly children: ReactNode;
}

/**
 * One topic of the summary under its h2. Deliberately unnamed: a named section becomes a
 * landmark, and eight landmarks on one page would crowd a screen reader's landmark list;
 * the h2s are how people move between topics.
 */
export function SummarySection({ heading, children }: SummarySectionProps) {
  return (
    <section className="app-summary-section">
      <h2 className="nhsuk-heading-l">{heading}</h2>
      {children}
    </section>
  );
}
