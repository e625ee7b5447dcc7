/**
 * "Which outcomes does this help with?": the plan's outcomes as checkboxes on the need and
 * expense forms. With no outcomes yet it says so and links to where they are written; what
 * has been typed in the form stays in its draft meanwhile.
 */
import { useTranslation } from '../../hooks/use-translation';
import type { Outcome } from '../../../domain/schema/budget';
import { Checkboxes } from '../../components/checkboxes';
import { href } from '../../routes';

export interface OutcomeChoiceProps {
  readonly id: string;
  readonly budgetId: string;
  readonly outcomes: readonly Outcome[] | undefined;
  readonly values: readonly string[];
  readonly error?: string | undefined;
  readonly onChange: (values: string[]) => void;
}

export function OutcomeChoice({
  id,
  budgetId,
  outcomes,
  values,
  error,
  onChange,
}: OutcomeChoiceProps) {
  const { t } = useTranslation();
  const link = href({ page: 'outcomes', budgetId });
  if (outcomes === undefined || outcomes.length === 0) {
    return (
      <div className="nhsuk-form-group" id={id}>
        <h2 className="nhsuk-heading-s">{t('outcomes.choice.legend')}</h2>
        <p className="nhsuk-body">
          {t('outcomes.choice.none')} <a href={link}>{t('outcomes.choice.write')}</a>
        </p>
      </div>
    );
  }
  return (
    <Checkboxes
      id={id}
      legend={t('outcomes.choice.legend')}
      legendSize="s"
      hint={t('outcomes.choice.hint')}
      error={error}
      values={values}
      onChange={onChange}
      options={outcomes.map((outcome) => ({ value: outcome.id, label: outcome.words }))}
    />
  );
}
