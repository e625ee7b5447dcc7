/**
 * "Remove this need?" asked on the domain page itself, as NHS.UK asks before anything
 * that cannot be undone: a warning button to go ahead, a plain way back. It takes focus
 * when it appears, so a keyboard or screen reader user lands on the question.
 */
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import { Button } from '../../components/button';
import { ButtonGroup } from '../../components/button-group';
import { focusElement } from '../../components/focus-element';
import type { SameName } from '../../../present/same-name';

export interface DomainRemoveConfirmProps {
  readonly activity: string;
  /** Which need it is, when another in the area has the same name. */
  readonly which?: SameName | undefined;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function DomainRemoveConfirm({
  activity,
  which,
  onConfirm,
  onCancel,
}: DomainRemoveConfirmProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (root.current !== null) focusElement(root.current);
  }, [activity]);

  return (
    <div
      className="nhsuk-card nhsuk-card--warning"
      role="region"
      aria-labelledby={headingId}
      ref={root}
    >
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading" id={headingId}>
          {which === undefined
            ? t('lines.domain.confirm.heading', { activity })
            : t('lines.domain.confirm.headingWhich', { activity, ...which })}
        </h2>
        <p className="nhsuk-body">{t('lines.domain.confirm.body')}</p>
        <ButtonGroup>
          <Button type="button" variant="warning" onClick={onConfirm} preventDoubleClick>
            {t('lines.domain.confirm.yes')}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('lines.domain.confirm.no')}
          </Button>
        </ButtonGroup>
      </div>
    </div>
  );
}
