/**
 * "Remove this …?": asked once more before something typed is deleted. Takes focus when
 * it opens, so it is seen and heard where the person is.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from './button';
import { ButtonGroup } from './button-group';
import { focusElement } from './focus-element';

export interface RemoveConfirmProps {
  readonly headingId: string;
  readonly heading: ReactNode;
  /** What removing it does beyond the heading, if anything. */
  readonly children?: ReactNode;
  readonly yes: string;
  readonly no: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** Focus moves to the panel again when this changes: another item was asked about. */
  readonly asking: string;
}

export function RemoveConfirm({
  headingId,
  heading,
  children,
  yes,
  no,
  onConfirm,
  onCancel,
  asking,
}: RemoveConfirmProps) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (root.current !== null) focusElement(root.current);
  }, [asking]);
  return (
    <div
      className="nhsuk-card nhsuk-card--warning"
      ref={root}
      role="group"
      aria-labelledby={headingId}
    >
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading app-pre-line" id={headingId}>
          {heading}
        </h2>
        {children}
        <ButtonGroup>
          <Button type="button" variant="warning" onClick={onConfirm}>
            {yes}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {no}
          </Button>
        </ButtonGroup>
      </div>
    </div>
  );
}
