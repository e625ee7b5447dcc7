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
  /** Its heading's level where it sits (a card's panel sits under an h2 or h3): 2 unless said. */
  readonly level?: 2 | 3 | 4;
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
  level = 2,
  children,
  yes,
  no,
  onConfirm,
  onCancel,
  asking,
}: RemoveConfirmProps) {
  const root = useRef<HTMLDivElement>(null);
  const Heading = `h${level}` as const;
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
        <Heading className="nhsuk-card__heading app-pre-line" id={headingId}>
          {heading}
        </Heading>
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
