import type { ReactNode } from 'react';
import { classNames } from './class-names';

export type LegendSize = 's' | 'm' | 'l' | 'xl';

export interface FieldsetProps {
  readonly legend: ReactNode;
  readonly legendSize?: LegendSize | undefined;
  /** The legend is the page's h1, for a page that asks this one question. */
  readonly legendIsPageHeading?: boolean | undefined;
  /** Ids of the hint and error that describe the whole group, hint first. */
  readonly describedBy?: string | undefined;
  readonly id?: string | undefined;
  readonly children: ReactNode;
}

// Each class written whole: the build keeps only the rules of classes the source names.
const SIZE_CLASS: Record<LegendSize, string> = {
  s: 'nhsuk-fieldset__legend--s',
  m: 'nhsuk-fieldset__legend--m',
  l: 'nhsuk-fieldset__legend--l',
  xl: 'nhsuk-fieldset__legend--xl',
};

/** Groups related fields (radios, checkboxes, an address) under one question, the legend. */
export function Fieldset({
  legend,
  legendSize,
  legendIsPageHeading = false,
  describedBy,
  id,
  children,
}: FieldsetProps) {
  const size = legendSize ?? (legendIsPageHeading ? 'l' : undefined);
  return (
    <fieldset className="nhsuk-fieldset" id={id} aria-describedby={describedBy}>
      <legend className={classNames('nhsuk-fieldset__legend', size && SIZE_CLASS[size])}>
        {legendIsPageHeading ? <h1 className="nhsuk-fieldset__heading">{legend}</h1> : legend}
      </legend>
      {children}
    </fieldset>
  );
}
