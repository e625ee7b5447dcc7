/** "Is it an expense or an investment?": investments are shown apart in the summary. */
import { useTranslation } from '../../hooks/use-translation';
import type { ExpenseForm } from '../../../domain/forms/expense-form';
import { Radios } from '../../components/radios';

export interface ExpenseKindQuestionProps {
  readonly id: string;
  readonly value: ExpenseForm['kind'];
  readonly error: string | undefined;
  readonly onChange: (kind: ExpenseForm['kind']) => void;
}

export function ExpenseKindQuestion({ id, value, error, onChange }: ExpenseKindQuestionProps) {
  const { t } = useTranslation();
  return (
    <Radios
      id={id}
      legend={t('expenses.form.kind.legend')}
      hint={t('expenses.form.kind.hint')}
      error={error}
      options={[
        {
          value: 'expense',
          label: t('expenses.form.kind.expense'),
          hint: t('expenses.form.kind.expenseHint'),
        },
        {
          value: 'investment',
          label: t('expenses.form.kind.investment'),
          hint: t('expenses.form.kind.investmentHint'),
        },
      ]}
      value={value}
      onChange={(chosen) => onChange(chosen as ExpenseForm['kind'])}
    />
  );
}
