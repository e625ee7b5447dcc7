import type { ReactNode } from 'react';

/** Text for screen readers only, such as the field a "Change" link changes. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="nhsuk-u-visually-hidden">{children}</span>;
}
