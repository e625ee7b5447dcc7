import type { ReactNode } from 'react';

/**
 * NHS.UK's reading column: two-thirds of the page on wider screens, so lines of text and
 * form fields stay a readable length; the whole width on phones.
 */
export function BudgetColumn({ children }: { children: ReactNode }) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">{children}</div>
    </div>
  );
}
