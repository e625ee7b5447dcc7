/**
 * "How often is it paid?", each answer saying how it becomes weekly and yearly figures
 * (pricing rule 6), with the rate card's own weeks a year.
 */
import { useTranslation } from '../../hooks/use-translation';
import { FREQUENCIES, type Frequency } from '../../../domain/schema/budget-values';
import { Radios } from '../../components/radios';
import type { MessageKey } from '../../../i18n/message-keys';

export interface ExpenseFrequencyQuestionProps {
  readonly id: string;
  readonly value: Frequency | '';
  readonly error: string | undefined;
  /** The card's weeks a year as it writes them ("52.143"); undefined without the card. */
  readonly weeks: string | undefined;
  readonly onChange: (frequency: Frequency) => void;
}

export function ExpenseFrequencyQuestion({
  id,
  value,
  error,
  weeks,
  onChange,
}: ExpenseFrequencyQuestionProps) {
  const { t } = useTranslation();
  return (
    <Radios
      id={id}
      legend={t('expenses.form.frequency.legend')}
      hint={weeks === undefined ? undefined : t('expenses.form.weeksNote', { weeks })}
      error={error}
      options={FREQUENCIES.map((frequency) => ({
        value: frequency,
        label: t(`expenses.form.frequency.${frequency}` as const satisfies MessageKey),
        // Without the card the weeks a year are unknown: only "once only" can say its rule.
        hint:
          weeks === undefined && frequency !== 'one-off'
            ? undefined
            : t(`expenses.form.frequency.${frequency}Hint` as const satisfies MessageKey, {
                weeks,
              }),
      }))}
      value={value}
      onChange={(chosen) => onChange(chosen as Frequency)}
    />
  );
}
