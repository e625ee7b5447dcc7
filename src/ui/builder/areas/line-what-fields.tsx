/** "What is the support?", what it helps the person do, and whether it is visits or a sleep-in. */
import { useTranslation } from '../../hooks/use-translation';
import { Radios } from '../../components/radios';
import { TextInput } from '../../components/text-input';
import type { Outcome } from '../../../domain/schema/budget';
import { OutcomeChoice } from '../outcomes/outcome-choice';
import { lineFieldId, memoByFields, type LineFieldsProps } from './line-field-ids';

interface LineWhatFieldsProps extends LineFieldsProps {
  readonly budgetId: string;
  /** The plan's outcomes, which the need may serve. */
  readonly outcomes: readonly Outcome[] | undefined;
}

export const LineWhatFields = memoByFields(
  function LineWhatFields({ form, onChange, errors, budgetId, outcomes }: LineWhatFieldsProps) {
    const { t } = useTranslation();
    const set = (field: 'activity' | 'kind') => (value: string) => onChange({ [field]: value });

    return (
      <>
        <TextInput
          id={lineFieldId('activity')}
          label={t('lines.activity.label')}
          labelSize="m"
          hint={t('lines.activity.hint')}
          error={errors.activity}
          autoComplete="off"
          value={form.activity}
          onChange={set('activity')}
        />
        <OutcomeChoice
          id={lineFieldId('outcomes')}
          budgetId={budgetId}
          outcomes={outcomes}
          values={form.outcomes}
          error={errors.outcomes}
          onChange={(values) => onChange({ outcomes: values })}
        />
        <Radios
          id={lineFieldId('kind')}
          legend={t('lines.kind.legend')}
          legendSize="m"
          error={errors.kind}
          value={form.kind}
          onChange={set('kind')}
          options={[
            { value: 'visits', label: t('lines.kind.visits'), hint: t('lines.kind.visitsHint') },
            {
              value: 'sleep-in',
              label: t('lines.kind.sleepIn'),
              hint: t('lines.kind.sleepInHint'),
            },
          ]}
        />
      </>
    );
  },
  ['activity', 'outcomes', 'kind'],
);
