/**
 * The day the plan is shown as at, and a form to show it on another day. The day chosen
 * is kept in the page's address (`?asOf=2026-05-01`), never in the budget file: it is how
 * the plan is looked at, not part of it. With no day chosen the pricing is as at today,
 * moved into the plan's dates, as the domain does.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { calendarDate, dateBoxes, type DateBoxes } from '../../domain/forms/date-fields';
import { Button } from '../components/button';
import { DateInput } from '../components/date-input';
import { formatDate, useLocale } from '../hooks/budget-format';
import { href, hrefAsOf, type Route } from '../routes';

export interface SummaryAsAtProps {
  /** The page the form is on: the summary or the task list. */
  readonly route: Route;
  /** The day the pricing is as at (the domain's, chosen or not). */
  readonly asOf: string;
  /** Whether that day was chosen in the address, rather than today's. */
  readonly chosen: boolean;
  /** What the page counts on the day chosen, when it is not the summary's figures. */
  readonly hint?: string;
}

export function SummaryAsAt({ route, asOf, chosen, hint }: SummaryAsAtProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [boxes, setBoxes] = useState<DateBoxes>(() => dateBoxes(asOf));
  const [error, setError] = useState<string | undefined>(undefined);
  const id = 'as-at';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const date = calendarDate(boxes);
    if (date === null || date === 'empty') {
      setError(t('summary.time.asAtForm.error'));
      document.getElementById(`${id}-day`)?.focus();
      return;
    }
    setError(undefined);
    window.location.hash = hrefAsOf(route, date);
  }

  return (
    <div className="app-as-at">
      <p className="nhsuk-body-l" id={`${id}-said`}>
        <strong>{t('summary.time.asAt', { date: formatDate(asOf, locale) })}</strong>
      </p>
      <form noValidate onSubmit={submit}>
        <DateInput
          id={id}
          legend={t('summary.time.asAtForm.legend')}
          hint={hint ?? t('summary.time.asAtForm.hint')}
          error={error}
          labels={{
            day: t('forms.date.day'),
            month: t('forms.date.month'),
            year: t('forms.date.year'),
          }}
          value={boxes}
          onChange={(part, value) => setBoxes((now) => ({ ...now, [part]: value }))}
        />
        <Button variant="secondary">{t('summary.time.asAtForm.button')}</Button>
      </form>
      {chosen && (
        <p className="nhsuk-body">
          <a className="nhsuk-link" href={href(route)}>
            {t('summary.time.asAtForm.today')}
          </a>
        </p>
      )}
    </div>
  );
}
