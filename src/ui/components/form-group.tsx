import type { ReactNode } from 'react';
import { classNames } from './class-names';
import { ErrorMessage } from './error-message';
import { Hint } from './hint';
import type { LabelSize } from './label';

/** What every single-value form field takes: its question, hint, error and value. */
export interface FieldProps {
  /** The control's id and, unless `name` is given, its name; an error summary links to it. */
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  /** The error message to show; none when undefined or empty. */
  readonly error?: string | undefined;
  readonly name?: string | undefined;
  readonly disabled?: boolean | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onBlur?: (() => void) | undefined;
  /** The label is the page's h1, for a page that asks this one question. */
  readonly labelIsPageHeading?: boolean | undefined;
  readonly labelSize?: LabelSize | undefined;
}

export interface FieldIds {
  readonly hintId: string | undefined;
  readonly errorId: string | undefined;
  /** The hint's id then the error's, as NHS.UK orders them, or undefined if neither shows. */
  readonly describedBy: string | undefined;
}

const shown = (content: ReactNode) => content != null && content !== false && content !== '';

/** The ids a field's hint and error take ("<id>-hint", "<id>-error"), as NHS.UK names them. */
export function fieldIds(id: string, hint: ReactNode, error: ReactNode): FieldIds {
  const hintId = shown(hint) ? `${id}-hint` : undefined;
  const errorId = shown(error) ? `${id}-error` : undefined;
  const ids = [hintId, errorId].filter((value) => value !== undefined);
  return { hintId, errorId, describedBy: ids.length > 0 ? ids.join(' ') : undefined };
}

/** The NHS.UK form group around one question; the error variant adds the red bar on the left. */
export function FormGroup({ hasError, children }: { hasError: boolean; children: ReactNode }) {
  return (
    <div className={classNames('nhsuk-form-group', hasError && 'nhsuk-form-group--error')}>
      {children}
    </div>
  );
}

interface HintAndErrorProps {
  readonly ids: FieldIds;
  readonly hint: ReactNode;
  readonly error: ReactNode;
}

/** A question's hint then its error message, between the label (or legend) and the control. */
export function HintAndError({ ids, hint, error }: HintAndErrorProps) {
  return (
    <>
      {ids.hintId !== undefined && <Hint id={ids.hintId}>{hint}</Hint>}
      {ids.errorId !== undefined && <ErrorMessage id={ids.errorId}>{error}</ErrorMessage>}
    </>
  );
}
