import type { ReactNode } from 'react';
import { classNames } from './class-names';

export type TagColour =
  | 'white'
  | 'grey'
  | 'green'
  | 'aqua-green'
  | 'blue'
  | 'purple'
  | 'pink'
  | 'red'
  | 'orange'
  | 'yellow';

export interface TagProps {
  /** No colour gives NHS.UK's default, a dark blue tag. */
  readonly colour?: TagColour | undefined;
  readonly className?: string | undefined;
  readonly children: ReactNode;
}

/** A short status, such as "Completed" or "Over budget". Do not rely on the colour alone. */
export function Tag({ colour, className, children }: TagProps) {
  return (
    <strong className={classNames('nhsuk-tag', colour && `nhsuk-tag--${colour}`, className)}>
      {children}
    </strong>
  );
}
