/** "What is the support?", what it helps the person do, and whether it is visits or a sleep-in. */
import { useTranslation } from 'react-i18next';
import { Radios } from '../../components/radios';
import { TextInput } from '../../components/text-input';
import { Textarea } from '../../components/textarea';
import { lineFieldId, memoByFields, type LineFieldsProps } from './line-field-ids';

export const LineWhatFields = memoByFields(
  function LineWhatFields({ form, onChange, errors }: LineFieldsProps) {
    const { t } = useTranslation();
    const set = (field: 'activity' | 'outcome' | 'kind') => (value: string) =>
      onChange({ [field]: value });

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
  ['activity', 'outcome', 'kind'],
);
