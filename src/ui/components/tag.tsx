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

// Each class written whole: the build keeps only the rules of classes the source names.
const COLOUR_CLASS: Record<TagColour, string> = {
  white: 'nhsuk-tag--white',
  grey: 'nhsuk-tag--grey',
  green: 'nhsuk-tag--green',
  'aqua-green': 'nhsuk-tag--aqua-green',
  blue: 'nhsuk-tag--blue',
  purple: 'nhsuk-tag--purple',
  pink: 'nhsuk-tag--pink',
  red: 'nhsuk-tag--red',
  orange: 'nhsuk-tag--orange',
  yellow: 'nhsuk-tag--yellow',
};

/** A short status, such as "Completed" or "Over budget". Do not rely on the colour alone. */
export function Tag({ colour, className, children }: TagProps) {
  return (
    <strong className={classNames('nhsuk-tag', colour && COLOUR_CLASS[colour], className)}>
      {children}
    </strong>
  );
}
