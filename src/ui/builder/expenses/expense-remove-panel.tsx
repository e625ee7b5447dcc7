/**
 * "Remove this expense?": asked once more before removing, as removing deletes what was
 * typed. Takes focus when it opens, so it is seen and heard where the person is.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button';
import { ButtonGroup } from '../../components/button-group';
import { focusElement } from '../../components/focus-element';
import type { SameName } from '../../../present/same-name';

export interface ExpenseRemovePanelProps {
  readonly description: string;
  /** Which expense it is, when another has the same description. */
  readonly which?: SameName | undefined;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function ExpenseRemovePanel({ description, which, onConfirm, onCancel }: ExpenseRemovePanelProps) {
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (root.current !== null) focusElement(root.current);
  }, [description]);
  return (
    <div
      className="nhsuk-card nhsuk-card--warning"
      ref={root}
      role="group"
      aria-labelledby="expense-remove-heading"
    >
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading" id="expense-remove-heading">
          {which === undefined
            ? t('expenses.removeConfirm.heading', { description })
            : t('expenses.removeConfirm.headingWhich', { description, ...which })}
        </h2>
        <ButtonGroup>
          <Button type="button" variant="warning" onClick={onConfirm}>
            {t('expenses.removeConfirm.yes')}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('expenses.removeConfirm.no')}
          </Button>
        </ButtonGroup>
      </div>
    </div>
  );
}
