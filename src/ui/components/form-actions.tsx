/**
 * The end of every form: save, and cancel. Cancelling is the one way to leave a form that
 * throws away what was typed; leaving by "Back" keeps the draft for later.
 */
import { Button } from './button';
import { ButtonGroup } from './button-group';

export interface FormActionsProps {
  readonly saveLabel: string;
  readonly cancelLabel: string;
  /** Where cancelling goes: the page the form was opened from. */
  readonly cancelHref: string;
  /** Clears the form's draft. */
  readonly onCancel: () => void;
  /**
   * Ignore a second click within a second: right where saving twice would add a second
   * item; not where saving twice only saves the same answers again.
   */
  readonly preventDoubleClick?: boolean | undefined;
}

export function FormActions({
  saveLabel,
  cancelLabel,
  cancelHref,
  onCancel,
  preventDoubleClick = true,
}: FormActionsProps) {
  return (
    <ButtonGroup>
      <Button type="submit" preventDoubleClick={preventDoubleClick}>
        {saveLabel}
      </Button>
      <a className="nhsuk-link" href={cancelHref} onClick={onCancel}>
        {cancelLabel}
      </a>
    </ButtonGroup>
  );
}
