/**
 * Dates typed into three boxes, day, month and year (the NHS.UK date input), read to the
 * file's ISO text. A date the calendar does not have (31 June, 29 February 2027) is
 * refused, never moved to the next real day.
 */
import { problem } from '../problems';
import type { FormScope, Parsed } from './form-fields';

export const DATE_PARTS = ['day', 'month', 'year'] as const;
export type DatePartName = (typeof DATE_PARTS)[number];
export type DateBoxes = Readonly<Record<DatePartName, string>>;

/** The ISO date the boxes hold, `'empty'` when all three are blank, or null when they hold no real day. */
export function calendarDate(boxes: DateBoxes): string | 'empty' | null {
  const parts = DATE_PARTS.map((part) => boxes[part].trim());
  if (parts.every((part) => part === '')) return 'empty';
  const [d, m, y] = parts as [string, string, string];
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const real =
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(m) - 1 &&
    date.getUTCDate() === Number(d);
  return real ? `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` : null;
}

/**
 * A date on a budget form: `forms.<scope>.<field>.required` when it must be given and is
 * blank, `forms.date.notADay` when the boxes hold no real day. Blank and optional is undefined.
 */
export function dateInput(
  boxes: DateBoxes,
  scope: FormScope,
  field: string,
  required: boolean,
): Parsed<string | undefined> {
  const date = calendarDate(boxes);
  if (date === 'empty') {
    return required
      ? { ok: false, problem: problem([field], `forms.${scope}.${field}.required`) }
      : { ok: true, value: undefined };
  }
  if (date === null) return { ok: false, problem: problem([field], 'forms.date.notADay') };
  return { ok: true, value: date };
}

/** The boxes of a saved ISO date ("2026-04-01" → 1, 4, 2026), or empty boxes. */
export function dateBoxes(iso: string | undefined): DateBoxes {
  if (iso === undefined) return { day: '', month: '', year: '' };
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** A form's fields for one date: `<name>Day`, `<name>Month`, `<name>Year`. */
export function dateFormFields<N extends string>(name: N, iso: string | undefined) {
  const boxes = dateBoxes(iso);
  return {
    [`${name}Day`]: boxes.day,
    [`${name}Month`]: boxes.month,
    [`${name}Year`]: boxes.year,
  } as Record<`${N}${'Day' | 'Month' | 'Year'}`, string>;
}

/** The boxes of one date out of a form that holds them as `<name>Day`, `<name>Month`, `<name>Year`. */
export function boxesOf(form: Readonly<Record<string, unknown>>, name: string): DateBoxes {
  const text = (key: string) => {
    const value = form[key];
    return typeof value === 'string' ? value : '';
  };
  return { day: text(`${name}Day`), month: text(`${name}Month`), year: text(`${name}Year`) };
}
