import type { ReactNode } from 'react';
import { classNames } from './class-names';

export type LabelSize = 's' | 'm' | 'l' | 'xl';

export interface LabelProps {
  readonly htmlFor: string;
  readonly children: ReactNode;
  readonly size?: LabelSize | undefined;
  /** The label is the page's h1: for a page that asks one question. */
  readonly isPageHeading?: boolean | undefined;
  readonly className?: string | undefined;
}

// Each class written whole: the build keeps only the rules of classes the source names.
const SIZE_CLASS: Record<LabelSize, string> = {
  s: 'nhsuk-label--s',
  m: 'nhsuk-label--m',
  l: 'nhsuk-label--l',
  xl: 'nhsuk-label--xl',
};

export function Label({ htmlFor, children, size, isPageHeading = false, className }: LabelProps) {
  const labelSize = size ?? (isPageHeading ? 'l' : undefined);
  const label = (
    <label
      className={classNames('nhsuk-label', labelSize && SIZE_CLASS[labelSize], className)}
      htmlFor={htmlFor}
    >
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="nhsuk-label-wrapper">{label}</h1> : label;
}
