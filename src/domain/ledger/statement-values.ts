/**
 * Amounts and dates as statements write them (docs/ledger.md, reading statements). Pure:
 * each returns the value, or null when the text is not one of the forms allowed.
 */
import type { IsoDate } from '../calendar';

/**
 * "£1,234.56", "-£5.00", "£-5.00", "(12.50)" (negative), "12.5", "1234": to a signed
 * two-decimal string. Commas only as thousands separators; at most two decimals; under £1bn.
 */
export function statementAmount(text: string): string | null {
  let rest = text.trim();
  let negative = false;
  if (/^\(.*\)$/.test(rest)) {
    negative = true;
    rest = rest.slice(1, -1).trim();
  }
  const match = /^([-+]?)\s*(£?)\s*([-+]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(rest);
  if (match === null) return null;
  const [, sign1 = '', , sign2 = '', whole = '', decimals = ''] = match;
  if (sign1 !== '' && sign2 !== '') return null;
  if (negative && (sign1 === '-' || sign2 === '-')) return null;
  if (sign1 === '-' || sign2 === '-') negative = true;
  const digits = whole.replaceAll(',', '').replace(/^0+(?=\d)/, '');
  if (digits.length > 9) return null;
  const pence = decimals.padEnd(2, '0');
  if (digits === '0' && pence === '00') return '0.00';
  return `${negative ? '-' : ''}${digits}.${pence}`;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/**
 * The three forms of date statements use: `2026-04-05`, `05/04/2026` (day first, as in the
 * UK) and `05 Apr 2026` or `05-Apr-2026`. A day that does not exist is refused.
 */
export function statementDate(text: string): IsoDate | null {
  const value = text.trim();
  let year: number;
  let month: number;
  let day: number;
  let found = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (found !== null) {
    [year, month, day] = [Number(found[1]), Number(found[2]), Number(found[3])];
  } else if ((found = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value)) !== null) {
    [day, month, year] = [Number(found[1]), Number(found[2]), Number(found[3])];
  } else if ((found = /^(\d{1,2})[ -]([A-Za-z]{3})[ -](\d{4})$/.exec(value)) !== null) {
    const index = MONTHS.indexOf((found[2] ?? '').toUpperCase());
    if (index < 0) return null;
    [day, month, year] = [Number(found[1]), index + 1, Number(found[3])];
  } else {
    return null;
  }
  if (year < 1900 || year > 2999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return date.toISOString().slice(0, 10);
}
