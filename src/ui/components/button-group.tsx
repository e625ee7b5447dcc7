import type { ReactNode } from 'react';

/** Buttons and links side by side on wider screens, stacked on phones, evenly spaced. */
export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="nhsuk-button-group">{children}</div>;
}
