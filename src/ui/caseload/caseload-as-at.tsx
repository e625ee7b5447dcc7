/**
 * The one day the whole caseload is priced as at (rule 11 with a date given): today at
 * first, on the device's calendar; another day prices every budget again. The day also
 * says which quarter and financial year the in-year costs are of. The team's monitoring
 * page asks its as-at day with this same field, in its own words (`messages`, `id`).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { calendarDate, dateBoxes, type DateBoxes } from '../../domain/forms/date-fields';
import { Button } from '../components/button';
import { DateInput } from '../components/date-input';
import { formatDate, useLocale } from '../hooks/budget-format';

export interface CaseloadAsAtProps {
  /** The day the budgets are priced as at. */
  readonly asOf: string;
  /** Whether someone chose that day, rather than today's. */
  readonly chosen: boolean;
  readonly today: string;
  readonly disabled: boolean;
  readonly onChoose: (date: string) => void;
  /** The field's id (its boxes' ids begin with it). */
  readonly id?: string;
  /** Where its words are: `said`, `legend`, `hint`, `button`, `today` and `error` under this key. */
  readonly messages?: string;
}

export const CASELOAD_AS_AT_ID = 'caseload-as-at';

export function CaseloadAsAt({
  asOf,
  chosen,
  today,
  disabled,
  onChoose,
  id = CASELOAD_AS_AT_ID,
  messages = 'commissioner.asAt',
}: CaseloadAsAtProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [boxes, setBoxes] = useState<DateBoxes>(() => dateBoxes(asOf));
  // Whether the day given is no date; its words are looked up as the page is drawn, so
  // they follow a change of language.
  const [refused, setRefused] = useState(false);
  const key = (name: string) => `${messages}.${name}`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const date = calendarDate(boxes);
    if (date === null || date === 'empty') {
      setRefused(true);
      document.getElementById(`${id}-day`)?.focus();
      return;
    }
    setRefused(false);
    onChoose(date);
  }

  function backToToday() {
    setBoxes(dateBoxes(today));
    setRefused(false);
    onChoose(today);
  }

  return (
    <div className="app-as-at">
      <p className="nhsuk-body" aria-live="polite">
        <strong>{t(key('said'), { date: formatDate(asOf, locale) })}</strong>
      </p>
      <form noValidate onSubmit={submit}>
        <DateInput
          id={id}
          legend={t(key('legend'))}
          hint={t(key('hint'))}
          error={refused ? t(key('error')) : undefined}
          labels={{
            day: t('forms.date.day'),
            month: t('forms.date.month'),
            year: t('forms.date.year'),
          }}
          value={boxes}
          onChange={(part, value) => setBoxes((now) => ({ ...now, [part]: value }))}
        />
        <Button variant="secondary" disabled={disabled}>
          {t(key('button'))}
        </Button>
      </form>
      {chosen && asOf !== today && (
        <Button type="button" variant="secondary" disabled={disabled} onClick={backToToday}>
          {t(key('today'))}
        </Button>
      )}
    </div>
  );
}
