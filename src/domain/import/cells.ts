/**
 * Reading one cell of a spreadsheet as what its column holds. Each reader gives the value
 * or the key of a message saying why the cell cannot be read (`importing.cell.*`), never
 * a guess: a cell that could mean two things is refused.
 */
import { DAYS, type Day } from '../days';
import { Dec } from '../money';
import type { DateFormat } from './profile';

export type CellRead<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly key: string;
      readonly values?: Readonly<Record<string, string | number>>;
    };

const read = <T>(value: T): CellRead<T> => ({ ok: true, value });
const refuse = <T>(key: string, values?: Readonly<Record<string, string | number>>): CellRead<T> =>
  values === undefined ? { ok: false, key } : { ok: false, key, values };

/**
 * A cell that a spreadsheet would run as a formula (=, +, - or @ first, or a tab or
 * carriage return before one): refused wherever text is read, so nothing imported can
 * be a formula when it is written out again.
 */
export function isFormula(cell: string): boolean {
  return /^[\t\r]*[=+\-@]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell.trim());
}

export function readText(cell: string, max: number): CellRead<string> {
  if (isFormula(cell)) return refuse('importing.cell.formula');
  const value = cell.trim().replace(/\s+/g, ' ');
  if (value.length > max) return refuse('importing.cell.tooLong', { max });
  return read(value);
}

const WHOLE = /^\d{1,9}$/;
const DECIMAL = /^\d{1,9}(\.\d{1,6})?$/;

export function readWhole(cell: string, min: number, max: number): CellRead<number> {
  const value = cell.trim();
  if (isFormula(cell)) return refuse('importing.cell.formula');
  if (!WHOLE.test(value) && !/^\d{1,9}\.0+$/.test(value))
    return refuse('importing.cell.whole', { min, max });
  const number = Number.parseInt(value, 10);
  return number >= min && number <= max
    ? read(number)
    : refuse('importing.cell.whole', { min, max });
}

/** A non-negative decimal, kept exact: hours, or an amount of money with or without a £. */
export function readDecimal(cell: string, max: number): CellRead<Dec> {
  if (isFormula(cell)) return refuse('importing.cell.formula');
  const value = cell
    .trim()
    .replace(/^£/, '')
    .replace(/,(?=\d{3}\b)/g, '');
  if (!DECIMAL.test(value)) return refuse('importing.cell.decimal', { max });
  const number = new Dec(value);
  return number.gt(max) ? refuse('importing.cell.decimal', { max }) : read(number);
}

const DAY_WORDS: Readonly<Record<string, Day>> = {
  mon: 'mon',
  monday: 'mon',
  llun: 'mon',
  tue: 'tue',
  tues: 'tue',
  tuesday: 'tue',
  maw: 'tue',
  wed: 'wed',
  weds: 'wed',
  wednesday: 'wed',
  mer: 'wed',
  thu: 'thu',
  thur: 'thu',
  thurs: 'thu',
  thursday: 'thu',
  iau: 'thu',
  fri: 'fri',
  friday: 'fri',
  gwe: 'fri',
  sat: 'sat',
  saturday: 'sat',
  sad: 'sat',
  sun: 'sun',
  sunday: 'sun',
  sul: 'sun',
};

const DAY_SETS: Readonly<Record<string, readonly Day[]>> = {
  daily: DAYS,
  'every day': DAYS,
  'each day': DAYS,
  '7 days': DAYS,
  weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  weekends: ['sat', 'sun'],
  weekend: ['sat', 'sun'],
};

/**
 * Days written as codes or names (`Mon Tue Wed`, `Monday, Friday`), a range (`Mon-Fri`,
 * `Mon to Fri`) or a word (`daily`, `weekdays`, `weekends`). A day twice is refused.
 */
export function readDays(cell: string): CellRead<Day[]> {
  if (isFormula(cell)) return refuse('importing.cell.formula');
  const value = cell.trim().toLowerCase().replace(/\s+/g, ' ');
  if (value === '') return refuse('importing.cell.days');
  const set = DAY_SETS[value];
  if (set !== undefined) return read([...set]);
  const found: Day[] = [];
  const joined = value.replace(/\s*(?:-|–|\bto\b)\s*/g, '-').replace(/\band\b/g, ' ');
  for (const part of joined.split(/[\s,;/&]+/)) {
    if (part === '') continue;
    const [first = '', last, ...more] = part.split('-');
    const days = more.length > 0 ? null : last === undefined ? single(first) : between(first, last);
    if (days === null) return refuse('importing.cell.days');
    found.push(...days);
  }
  if (found.length === 0) return refuse('importing.cell.days');
  if (new Set(found).size !== found.length) return refuse('importing.cell.repeatedDay');
  return read(DAYS.filter((day) => found.includes(day)));
}

function single(word: string): Day[] | null {
  const day = DAY_WORDS[word];
  return day === undefined ? null : [day];
}

function between(first: string, last: string): Day[] | null {
  const a = DAY_WORDS[first];
  const b = DAY_WORDS[last];
  if (a === undefined || b === undefined) return null;
  const start = DAYS.indexOf(a);
  const end = DAYS.indexOf(b);
  return start <= end ? DAYS.slice(start, end + 1) : null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Days from 1899-12-30 to 1970-01-01: Excel's day 0, so that its false 29 February 1900 is behind us. */
const SERIAL_EPOCH_OFFSET = 25569;
/** 1 January 1990 and 31 December 2099: a care package's dates, as Excel serial numbers. */
const SERIAL_RANGE = { min: 32874, max: 73415 } as const;

/**
 * A date in one of the formats the profile allows, as ISO text. A date that is not a day
 * of the calendar (31/02/2026), or that fits no allowed format, is refused naming the
 * formats expected. Years are four digits: `01/04/26` could be two centuries.
 */
export function readDate(cell: string, formats: readonly DateFormat[]): CellRead<string> {
  if (isFormula(cell)) return refuse('importing.cell.formula');
  const value = cell.trim();
  for (const format of formats) {
    const iso = dateIn(value, format);
    if (iso !== null) return isRealDay(iso) ? read(iso) : refuse('importing.cell.noSuchDay');
  }
  return refuse('importing.cell.date', { formats: formats.join(', ') });
}

function dateIn(value: string, format: DateFormat): string | null {
  if (format === 'iso') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return match === null ? null : `${match[1]}-${match[2]}-${match[3]}`;
  }
  if (format === 'dmy') {
    const match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(value);
    return match === null ? null : isoOf(match[3], match[2], match[1]);
  }
  if (format === 'd-mon-y') {
    const match = /^(\d{1,2})[\s-]([A-Za-z]{3,9})[\s-](\d{4})$/.exec(value);
    if (match === null) return null;
    const name = (match[2] ?? '').toLowerCase();
    const month = MONTHS.findIndex(
      (short) => name === short || (name.length > 3 && fullMonth(short) === name),
    );
    return month === -1 ? null : isoOf(match[3], String(month + 1), match[1]);
  }
  if (!/^\d{5}(\.0+)?$/.test(value)) return null;
  const serial = Number.parseInt(value, 10);
  if (serial < SERIAL_RANGE.min || serial > SERIAL_RANGE.max) return null;
  return new Date((serial - SERIAL_EPOCH_OFFSET) * 86_400_000).toISOString().slice(0, 10);
}

const FULL_MONTHS: Readonly<Record<string, string>> = {
  jan: 'january',
  feb: 'february',
  mar: 'march',
  apr: 'april',
  may: 'may',
  jun: 'june',
  jul: 'july',
  aug: 'august',
  sep: 'september',
  oct: 'october',
  nov: 'november',
  dec: 'december',
};

function fullMonth(short: string): string {
  return FULL_MONTHS[short] ?? short;
}

function isoOf(year = '', month = '', day = ''): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function isRealDay(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** A word as a key of the profile's word lists and the card's names: case and spacing do not matter. */
export function wordKey(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
}
