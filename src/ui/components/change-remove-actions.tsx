/**
 * A card's "Change" link and "Remove" button, each saying what it is for to a screen
 * reader (`context`), as the outcomes and risks pages list their items.
 */
import type { ReactNode } from 'react';
import { VisuallyHidden } from './visually-hidden';

export interface ChangeRemoveActionsProps {
  readonly changeHref: string;
  readonly changeLabel: string;
  readonly removeLabel: string;
  /** The remove button's id: focus goes back to it when removing is cancelled. */
  readonly removeId: string;
  readonly onRemove: () => void;
  /** Which item, read after each action's words: "the outcome “…”". */
  readonly context: ReactNode;
}

export function ChangeRemoveActions({
  changeHref,
  changeLabel,
  removeLabel,
  removeId,
  onRemove,
  context,
}: ChangeRemoveActionsProps) {
  const hidden = <VisuallyHidden>{context}</VisuallyHidden>;
  return (
    <ul className="nhsuk-summary-list__actions-list">
      <li className="nhsuk-summary-list__actions-list-item">
        <a className="nhsuk-link app-link-standalone" href={changeHref}>
          {changeLabel} {hidden}
        </a>
      </li>
      <li className="nhsuk-summary-list__actions-list-item">
        <button
          className="nhsuk-link app-link-standalone"
          type="button"
          id={removeId}
          onClick={onRemove}
        >
          {removeLabel} {hidden}
        </button>
      </li>
    </ul>
  );
}
