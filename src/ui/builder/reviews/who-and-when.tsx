/**
 * What the agreement and review forms both ask: the day, and who (name and role). The
 * day starts as today on the app's clock.
 */
import { useTranslation } from '../../hooks/use-translation';
import { calendarDate, dateBoxes, type DateBoxes } from '../../../domain/forms/date-fields';
import { REVISION_ROLES, type RevisionRole } from '../../../domain/schema/revision';
import { today } from '../../../state/clock';
import { DateInput } from '../../components/date-input';
import { Select } from '../../components/select';
import { TextInput } from '../../components/text-input';
import type { MessageKey } from '../../../i18n/message-keys';

export interface WhoAndWhen {
  readonly date: DateBoxes;
  readonly name: string;
  readonly role: RevisionRole;
}

export const startWhoAndWhen = (): WhoAndWhen => ({
  date: dateBoxes(today()),
  name: '',
  role: 'care-coordinator',
});

/** The day typed, as YYYY-MM-DD, or null when the boxes hold no real day. */
export function dayOf(value: WhoAndWhen): string | null {
  const date = calendarDate(value.date);
  return date === 'empty' ? null : date;
}

export interface WhoAndWhenFieldsProps {
  /** Ids: `<id>-date` (its day box `<id>-date-day`), `<id>-name`, `<id>-role`. */
  readonly id: string;
  /** Where the form's words are: `<words>.date`, `<words>.name`, `<words>.role`. */
  readonly words: 'reviews.agreement' | 'reviews.record';
  readonly value: WhoAndWhen;
  /** Given a change to make, so fast typing never works from an older value. */
  readonly onChange: (change: (was: WhoAndWhen) => WhoAndWhen) => void;
  readonly errors: { readonly date?: string | undefined; readonly name?: string | undefined };
}

export function WhoAndWhenFields({ id, words, value, onChange, errors }: WhoAndWhenFieldsProps) {
  const { t } = useTranslation();
  const labels = { date: t(`${words}.date`), name: t(`${words}.name`), role: t(`${words}.role`) };
  return (
    <>
      <DateInput
        id={`${id}-date`}
        legend={labels.date}
        error={errors.date}
        labels={{
          day: t('forms.date.day'),
          month: t('forms.date.month'),
          year: t('forms.date.year'),
        }}
        value={value.date}
        onChange={(part, typed) =>
          onChange((was) => ({ ...was, date: { ...was.date, [part]: typed } }))
        }
      />
      <TextInput
        id={`${id}-name`}
        label={labels.name}
        error={errors.name}
        autoComplete="name"
        spellCheck={false}
        value={value.name}
        onChange={(name) => onChange((was) => ({ ...was, name }))}
      />
      <Select
        id={`${id}-role`}
        label={labels.role}
        value={value.role}
        onChange={(role) => onChange((was) => ({ ...was, role: role as RevisionRole }))}
        options={REVISION_ROLES.map((role) => ({
          value: role,
          label: t(`revisions.role.${role}` as const satisfies MessageKey),
        }))}
      />
    </>
  );
}
