/**
 * When an amount is spent: a recurring amount's first and last days, a one-off's date, and
 * for a one-off investment the needs it ends and starts (from which its payback is worked
 * out). Only the questions that fit the chosen frequency and kind are asked.
 */
import { useTranslation } from '../../hooks/use-translation';
import type { ExpenseForm } from '../../../domain/forms/expense-form';
import type { NeedLine } from '../../../domain/schema/budget';
import { lineTimeWords } from '../../../present/time-words';
import { Checkboxes } from '../../components/checkboxes';
import { FormDate } from '../../components/form-date';
import { formatDate, useLocale } from '../../hooks/budget-format';
import type { MessageKey } from '../../../i18n/message-keys';

export const EXPENSE_TIME_IDS = {
  from: 'expense-from',
  until: 'expense-until',
  date: 'expense-date',
  ends: 'expense-ends',
  starts: 'expense-starts',
} as const;

export interface ExpenseTimeFieldsProps {
  readonly form: ExpenseForm;
  readonly lines: readonly NeedLine[];
  readonly errorFor: (field: 'from' | 'until' | 'date' | 'ends' | 'starts') => string | undefined;
  readonly onChange: (form: ExpenseForm) => void;
}

export function ExpenseTimeFields({ form, lines, errorFor, onChange }: ExpenseTimeFieldsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const setField = (field: string, value: string) => onChange({ ...form, [field]: value });
  const date = (name: 'from' | 'until' | 'date') => (
    <FormDate
      id={EXPENSE_TIME_IDS[name]}
      name={name}
      legend={t(`expenses.form.time.${name}.legend` as const satisfies MessageKey)}
      hint={t(`expenses.form.time.${name}.hint` as const satisfies MessageKey)}
      error={errorFor(name)}
      form={form}
      onChange={setField}
    />
  );
  if (form.frequency === '') return null;
  if (form.frequency !== 'one-off') {
    return (
      <>
        {date('from')}
        {date('until')}
      </>
    );
  }
  const options = lines.map((line) => {
    const time = lineTimeWords(line, t, (iso) => formatDate(iso, locale));
    return { value: line.id, label: line.activity, ...(time === '' ? {} : { hint: time }) };
  });
  const effect = (list: 'ends' | 'starts') => (
    <Checkboxes
      id={EXPENSE_TIME_IDS[list]}
      legend={t(`expenses.form.effect.${list}.legend` as const satisfies MessageKey)}
      legendSize="s"
      hint={t(`expenses.form.effect.${list}.hint` as const satisfies MessageKey)}
      error={errorFor(list)}
      options={options}
      values={form[list]}
      onChange={(values) => onChange({ ...form, [list]: values })}
    />
  );
  return (
    <>
      {date('date')}
      {form.kind === 'investment' && lines.length > 0 && (
        <>
          {effect('ends')}
          {effect('starts')}
        </>
      )}
    </>
  );
}
