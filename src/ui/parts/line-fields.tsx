/**
 * The questions of the need-line form, in order: what the support is, what it is for,
 * visits or a sleep-in, who gives it, then how long and how often. The values are the
 * form as typed; checking them is the domain's (formToLine).
 */
import { useTranslation } from 'react-i18next';
import type { LineForm } from '../../domain/forms/line-form';
import type { Budget } from '../../domain/schema/budget';
import type { RateCard } from '../../domain/schema/rate-card';
import { Radios } from '../components/radios';
import { TextInput } from '../components/text-input';
import { Textarea } from '../components/textarea';
import { lineFieldId, type LineFieldsProps } from './line-field-ids';
import { LineScheduleFields } from './line-schedule-fields';
import { LineWhoFields } from './line-who-fields';

export interface LineFieldsAllProps extends LineFieldsProps {
  readonly budget: Budget;
  readonly card: RateCard;
}

export function LineFields(props: LineFieldsAllProps) {
  const { t } = useTranslation();
  const { form, onChange, errors } = props;
  const set = (field: 'activity' | 'outcome' | 'kind') => (value: string) =>
    onChange({ ...form, [field]: value } as LineForm);

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
      <Textarea
        id={lineFieldId('outcome')}
        label={t('lines.outcome.label')}
        labelSize="s"
        hint={t('lines.outcome.hint')}
        error={errors.outcome}
        rows={2}
        autoComplete="off"
        value={form.outcome}
        onChange={set('outcome')}
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
          { value: 'sleep-in', label: t('lines.kind.sleepIn'), hint: t('lines.kind.sleepInHint') },
        ]}
      />
      <LineWhoFields {...props} />
      <LineScheduleFields form={form} onChange={onChange} errors={errors} />
    </>
  );
}
