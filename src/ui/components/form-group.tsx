import type { ReactNode } from 'react';
import { classNames } from './class-names';
import { ErrorMessage } from './error-message';
import { Hint } from './hint';

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
