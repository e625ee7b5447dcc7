/**
 * How long and how often: for visits, the minutes, visits a day, workers, day or waking
 * night and the days; for a sleep-in, only the nights and the workers, as a sleep-in is
 * paid by the night, not by the hour.
 */
import { useTranslation } from 'react-i18next';
import { Radios } from '../../components/radios';
import { TextInput } from '../../components/text-input';
import { LineDaysFields } from './line-days-fields';
import { lineFieldId, memoByFields, type LineFieldsProps } from './line-field-ids';

export const LineScheduleFields = memoByFields(
  function LineScheduleFields({ form, onChange, errors }: LineFieldsProps) {
    const { t } = useTranslation();
    const set = (field: 'minutes' | 'visitsPerDay' | 'workers' | 'period') => (value: string) =>
      onChange({ [field]: value });
    const sleepIn = form.kind === 'sleep-in';
    // Help from family is not paid by the hour: its hints speak of help, not of pay.
    const unpaid = form.resource === 'unpaid-carer';

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
          label={t('lines.minutes.label')}
          hint={t(unpaid ? 'lines.minutes.unpaidHint' : 'lines.minutes.hint')}
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
          hint={t(unpaid ? 'lines.period.unpaidHint' : 'lines.period.hint')}
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
  },
  // 'days' too: the days question within takes the form from here.
  ['kind', 'resource', 'workers', 'minutes', 'visitsPerDay', 'period', 'days'],
);
