/**
 * When the support is given: its first and last days (either may be left empty) and how
 * often its week comes, every week, one week in N, or N weeks a year such as respite.
 */
import { useTranslation } from '../../hooks/use-translation';
import type { LineRepeat } from '../../../domain/forms/line-form';
import { FormDate } from '../../components/form-date';
import { Radios } from '../../components/radios';
import { TextInput } from '../../components/text-input';
import { lineFieldId, memoByFields, type LineFieldsProps } from './line-field-ids';
import type { MessageKey } from '../../../i18n/message-keys';

const REPEATS: readonly LineRepeat[] = ['every-week', 'every-n-weeks', 'weeks-a-year'];

export const LineWhenFields = memoByFields(
  function LineWhenFields({ form, onChange, errors }: LineFieldsProps) {
    const { t } = useTranslation();
    const setField = (field: string, value: string) => onChange({ [field]: value });
    const count = (field: 'everyWeeks' | 'weeksAYear') => (
      <TextInput
        id={lineFieldId(field)}
        label={t(`lines.time.${field}.label` as const satisfies MessageKey)}
        hint={t(`lines.time.${field}.hint` as const satisfies MessageKey)}
        error={errors[field]}
        width={2}
        inputMode="numeric"
        spellCheck={false}
        autoComplete="off"
        value={form[field]}
        onChange={(value) => setField(field, value)}
      />
    );
    return (
      <>
        <Radios
          id={lineFieldId('repeat')}
          legend={t('lines.time.repeat.legend')}
          legendSize="s"
          hint={t('lines.time.repeat.hint')}
          value={form.repeat}
          onChange={(value) => setField('repeat', value)}
          options={REPEATS.map((repeat) => ({
            value: repeat,
            label: t(`lines.time.repeat.${repeat}` as const satisfies MessageKey),
            ...(repeat === 'every-n-weeks' ? { conditional: count('everyWeeks') } : {}),
            ...(repeat === 'weeks-a-year' ? { conditional: count('weeksAYear') } : {}),
          }))}
        />
        <FormDate
          id="line-from"
          name="from"
          legend={t('lines.time.from.legend')}
          hint={t('lines.time.from.hint')}
          error={errors.from}
          form={form}
          onChange={setField}
        />
        <FormDate
          id="line-until"
          name="until"
          legend={t('lines.time.until.legend')}
          hint={t('lines.time.until.hint')}
          error={errors.until}
          form={form}
          onChange={setField}
        />
      </>
    );
  },
  [
    'repeat',
    'everyWeeks',
    'weeksAYear',
    'fromDay',
    'fromMonth',
    'fromYear',
    'untilDay',
    'untilMonth',
    'untilYear',
  ],
  ['repeat', 'everyWeeks', 'weeksAYear', 'from', 'until'],
);
