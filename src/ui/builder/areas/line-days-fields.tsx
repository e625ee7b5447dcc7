/**
 * "Which days?" (or nights, for a sleep-in or a waking night): seven boxes and two shortcuts. A group of
 * its own, so typing the minutes beside it does not re-render all seven.
 */
import { useTranslation } from '../../hooks/use-translation';
import { DAYS, isWeekend, type Day } from '../../../domain/days';
import { Button } from '../../components/button';
import { Checkboxes } from '../../components/checkboxes';
import { lineFieldId, memoByFields, type LineFieldsProps } from './line-field-ids';
import type { MessageKey } from '../../../i18n/message-keys';

const WEEKDAYS: readonly Day[] = DAYS.filter((day) => !isWeekend(day));

export const LineDaysFields = memoByFields(
  function LineDaysFields({ form, onChange, errors }: LineFieldsProps) {
    const { t } = useTranslation();
    const setDays = (days: readonly string[]) => onChange({ days: days as Day[] });
    // A sleep-in or a waking night is asked by night, named after its evening: Monday is Monday night.
    const nights = form.kind === 'sleep-in' || form.period === 'night';
    return (
      <div className="nhsuk-u-margin-bottom-6">
        <Checkboxes
          id={lineFieldId('days')}
          legend={t(nights ? 'lines.days.nightsLegend' : 'lines.days.legend')}
          legendSize="s"
          hint={t(nights ? 'lines.days.nightsHint' : 'lines.days.hint')}
          error={errors.days}
          values={form.days}
          onChange={setDays}
          options={DAYS.map((day) => ({
            value: day,
            label: t(`lines.days.names.${day}` as const satisfies MessageKey),
          }))}
          beforeOptions={
            // Shortcuts that tick the usual patterns, met before the seven boxes they tick
            // (in reading and keyboard order); each box can still be changed after.
            <div className="nhsuk-button-group" role="group" aria-label={t('lines.days.quick')}>
              <Button type="button" variant="secondary" small onClick={() => setDays(DAYS)}>
                {t('lines.days.everyDay')}
              </Button>
              <Button type="button" variant="secondary" small onClick={() => setDays(WEEKDAYS)}>
                {t('lines.days.weekdays')}
              </Button>
            </div>
          }
        />
      </div>
    );
  },
  ['kind', 'period', 'days'],
);
