/** The dates the commands take: `--as-of YYYY-MM-DD` and `--period YYYY-MM-DD..YYYY-MM-DD`. */
import { isoDate } from '../domain/schema/fields';

export type DateOption<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly key: string };

/** A real calendar day, as the budget file's dates are checked. */
export function isRealIsoDate(value: string): boolean {
  return isoDate().safeParse(value).success;
}

export function asOfOption(value: string | undefined): DateOption<string | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  return isRealIsoDate(value) ? { ok: true, value } : { ok: false, key: 'cli.badAsOf' };
}

export function periodOption(
  value: string | undefined,
): DateOption<{ from: string; to: string } | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  const [from = '', to = '', ...rest] = value.split('..');
  if (rest.length > 0 || !isRealIsoDate(from) || !isRealIsoDate(to) || to < from)
    return { ok: false, key: 'cli.badPeriod' };
  return { ok: true, value: { from, to } };
}
