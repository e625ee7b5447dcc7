import type { ReactNode } from 'react';

export interface DetailsProps {
  readonly summary: ReactNode;
  readonly children: ReactNode;
  readonly open?: boolean | undefined;
}

/** A short explanation people can open if they need it, such as "What is a sleep-in?". */
export function Details({ summary, children, open }: DetailsProps) {
  return (
    <details className="nhsuk-details" open={open}>
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{summary}</span>
      </summary>
      <div className="nhsuk-details__text">{children}</div>
    </details>
  );
}
