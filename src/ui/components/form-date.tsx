/**
 * One date of a budget form, kept in the form as `<name>Day`, `<name>Month`, `<name>Year`
 * and shown as the NHS.UK date input. The error summary links to the day box.
 */
import { useTranslation } from '../hooks/use-translation';
import { DateInput } from './date-input';

export interface FormDateProps {
  /** The group's id; its boxes are `<id>-day`, `<id>-month`, `<id>-year`. */
  readonly id: string;
  /** The date's name in the form: its fields are `<name>Day`, `<name>Month`, `<name>Year`. */
  readonly name: string;
  readonly legend: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly form: Readonly<Record<string, unknown>>;
  readonly onChange: (field: string, value: string) => void;
}

const FIELD = { day: 'Day', month: 'Month', year: 'Year' } as const;

export function FormDate({ id, name, legend, hint, error, form, onChange }: FormDateProps) {
  const { t } = useTranslation();
  const text = (part: keyof typeof FIELD) => {
    const value = form[`${name}${FIELD[part]}`];
    return typeof value === 'string' ? value : '';
  };
  return (
    <DateInput
      id={id}
      legend={legend}
      hint={hint}
      error={error}
      labels={{
        day: t('forms.date.day'),
        month: t('forms.date.month'),
        year: t('forms.date.year'),
      }}
      value={{ day: text('day'), month: text('month'), year: text('year') }}
      onChange={(part, value) => onChange(`${name}${FIELD[part]}`, value)}
    />
  );
}
