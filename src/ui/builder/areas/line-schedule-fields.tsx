/**
 * How long and how often: for visits, the minutes, visits a day, workers, day or waking
 * night and the days; for a sleep-in, only the nights and the workers, as a sleep-in is
 * paid by the night, not by the hour.
 */
import { useMemo } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import { Radios } from '../../components/radios';
import { TextInput } from '../../components/text-input';
import { LineDaysFields } from './line-days-fields';
import { lineFieldId, memoByFields, type LineFieldsProps } from './line-field-ids';

export const LineScheduleFields = memoByFields(
  function LineScheduleFields({ form, onChange, errors }: LineFieldsProps) {
    const { t } = useTranslation();
    // One handler a field for as long as onChange is the same: the questions not typed in
    // see the same props at each keystroke.
    const set = useMemo(() => {
      const setter =
        (field: 'minutes' | 'visitsPerDay' | 'workers' | 'period') => (value: string) =>
          onChange({ [field]: value });
      return {
        minutes: setter('minutes'),
        visitsPerDay: setter('visitsPerDay'),
        workers: setter('workers'),
        period: setter('period'),
      };
    }, [onChange]);
    const sleepIn = form.kind === 'sleep-in';
    // Help from family is not paid by the hour: its hints speak of help, not of pay.
    const unpaid = form.resource === 'unpaid-carer';
    // The questions' words, looked up once a language and kind of help, not at each keystroke.
    const words = useMemo(
      () => ({
        workersLabel: t('lines.workers.label'),
        workersHint: t(sleepIn ? 'lines.workers.sleepInHint' : 'lines.workers.hint'),
        minutesLabel: t('lines.minutes.label'),
        minutesHint: t(unpaid ? 'lines.minutes.unpaidHint' : 'lines.minutes.hint'),
        minutesSuffix: t('lines.minutes.suffix'),
        visitsLabel: t('lines.visitsPerDay.label'),
        visitsHint: t('lines.visitsPerDay.hint'),
        periodLegend: t('lines.period.legend'),
        periodHint: t(unpaid ? 'lines.period.unpaidHint' : 'lines.period.hint'),
        periods: [
          { value: 'day', label: t('lines.period.day') },
          { value: 'night', label: t('lines.period.night') },
        ],
      }),
      [t, sleepIn, unpaid],
    );

    const workers = (
      <TextInput
        id={lineFieldId('workers')}
        label={words.workersLabel}
        hint={words.workersHint}
        error={errors.workers}
        width={2}
        inputMode="numeric"
        spellCheck={false}
        autoComplete="off"
        value={form.workers}
        onChange={set.workers}
      />
    );

    const days = <LineDaysFields form={form} onChange={onChange} errors={errors} />;

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
          label={words.minutesLabel}
          hint={words.minutesHint}
          error={errors.minutes}
          width={3}
          suffix={words.minutesSuffix}
          inputMode="numeric"
          spellCheck={false}
          autoComplete="off"
          value={form.minutes}
          onChange={set.minutes}
        />
        <TextInput
          id={lineFieldId('visitsPerDay')}
          label={words.visitsLabel}
          hint={words.visitsHint}
          error={errors.visitsPerDay}
          width={2}
          inputMode="numeric"
          spellCheck={false}
          autoComplete="off"
          value={form.visitsPerDay}
          onChange={set.visitsPerDay}
        />
        {workers}
        <Radios
          id={lineFieldId('period')}
          legend={words.periodLegend}
          legendSize="s"
          hint={words.periodHint}
          inline
          value={form.period}
          onChange={set.period}
          options={words.periods}
        />
        {days}
      </>
    );
  },
  // 'days' too: the days question within takes the form from here.
  ['kind', 'resource', 'workers', 'minutes', 'visitsPerDay', 'period', 'days'],
);
