import type { ReactNode } from 'react';
import { classNames } from './class-names';

export interface HintProps {
  readonly id: string;
  readonly children: ReactNode;
  /** Extra classes, such as "nhsuk-radios__hint" on a radio's own hint. */
  readonly className?: string | undefined;
}

/** Help text for a field; the field lists this id in its aria-describedby. */
export function Hint({ id, children, className }: HintProps) {
  return (
    <div className={classNames('nhsuk-hint', className)} id={id}>
      {children}
    </div>
  );
}
