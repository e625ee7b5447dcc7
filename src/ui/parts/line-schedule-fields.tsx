/**
 * How long and how often: for visits, the minutes, visits a day, workers, day or waking
 * night and the days; for a sleep-in, only the nights and the workers, as a sleep-in is
 * paid by the night, not by the hour.
 */
import { useTranslation } from 'react-i18next';
import { DAYS, isWeekend, type Day } from '../../domain/days';
import type { LineForm } from '../../domain/forms/line-form';
import { Button } from '../components/button';
import { Checkboxes } from '../components/checkboxes';
import { Radios } from '../components/radios';
import { TextInput } from '../components/text-input';
import { lineFieldId, type LineFieldsProps } from './line-field-ids';

const WEEKDAYS: readonly Day[] = DAYS.filter((day) => !isWeekend(day));

export function LineScheduleFields({ form, onChange, errors }: LineFieldsProps) {
  const { t } = useTranslation();
  const set = (field: 'minutes' | 'visitsPerDay' | 'workers' | 'period') => (value: string) =>
    onChange({ ...form, [field]: value } as LineForm);
  const setDays = (days: readonly string[]) => onChange({ ...form, days: days as Day[] });
  const sleepIn = form.kind === 'sleep-in';

  const workers = (
    <TextInput
      id={lineFieldId('workers')}
      label={t('lines.workers.label')}
      hint={t(sleepIn ? 'lines.workers.sleepInHint' : 'lines.workers.hint')}
      error={errors.workers}
      width={2}
      inputMode="numeric"
      spellCheck={false}
      autoComplete="off"
      value={form.workers}
      onChange={set('workers')}
    />
  );

  const days = (
    <div className="nhsuk-u-margin-bottom-6">
      <Checkboxes
        id={lineFieldId('days')}
        legend={t(sleepIn ? 'lines.days.nightsLegend' : 'lines.days.legend')}
        legendSize="s"
        hint={t(sleepIn ? 'lines.days.nightsHint' : 'lines.days.hint')}
        error={errors.days}
        values={form.days}
        onChange={setDays}
        options={DAYS.map((day) => ({ value: day, label: t(`lines.days.names.${day}`) }))}
      />
      {/* Shortcuts that tick the usual patterns; each box can still be changed after. */}
      <div className="nhsuk-button-group" role="group" aria-label={t('lines.days.quick')}>
        <Button type="button" variant="secondary" small onClick={() => setDays(DAYS)}>
          {t('lines.days.everyDay')}
        </Button>
        <Button type="button" variant="secondary" small onClick={() => setDays(WEEKDAYS)}>
          {t('lines.days.weekdays')}
        </Button>
      </div>
    </div>
  );

  if (sleepIn) {
    return (
      <>
        {days}
        {workers}
      </>
    );
  }

  return (
    <>
      <TextInput
        id={lineFieldId('minutes')}
        label={t('lines.minutes.label')}
        hint={t('lines.minutes.hint')}
        error={errors.minutes}
        width={3}
        suffix={t('lines.minutes.suffix')}
        inputMode="numeric"
        spellCheck={false}
        autoComplete="off"
        value={form.minutes}
        onChange={set('minutes')}
      />
      <TextInput
        id={lineFieldId('visitsPerDay')}
        label={t('lines.visitsPerDay.label')}
        hint={t('lines.visitsPerDay.hint')}
        error={errors.visitsPerDay}
        width={2}
        inputMode="numeric"
        spellCheck={false}
        autoComplete="off"
        value={form.visitsPerDay}
        onChange={set('visitsPerDay')}
      />
      {workers}
      <Radios
        id={lineFieldId('period')}
        legend={t('lines.period.legend')}
        legendSize="s"
        hint={t('lines.period.hint')}
        inline
        value={form.period}
        onChange={set('period')}
        options={[
          { value: 'day', label: t('lines.period.day') },
          { value: 'night', label: t('lines.period.night') },
        ]}
      />
      {days}
    </>
  );
}
