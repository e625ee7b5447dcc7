/**
 * The figures a red flag's words name, as people read them (docs/ledger.md, "Red
 * flags"): its amounts through a money formatter ("£78,368.57", "-£388.74") and its days
 * through a date formatter ("13 April 2025"), whichever the reader's document uses. The
 * What's left page, the monitoring page and the command line's text say a flag through
 * this, so no flag's words show a raw "78368.57" or "2025-04-13" beside a formatted table.
 */
import type { Flag } from '../domain/ledger/flags';

/** The values that are money; `threshold` is money only for unplanned spending (a count elsewhere). */
const MONEY = ['projected', 'budget', 'over', 'balance', 'total', 'threshold'] as const;
const DAYS = ['since', 'weekFrom', 'last'] as const;

export interface FlagFormat {
  money(amount: string): string;
  date(iso: string): string;
}

export function flagValues(flag: Flag, format: FlagFormat): Record<string, string | number> {
  const values: Record<string, string | number> = { ...flag.values };
  for (const key of MONEY) {
    const value = values[key];
    const isMoney = key !== 'threshold' || flag.id === 'unplanned-spend';
    if (typeof value === 'string' && isMoney) values[key] = format.money(value);
  }
  for (const key of DAYS) {
    const value = values[key];
    if (typeof value === 'string' && value !== '') values[key] = format.date(value);
  }
  return values;
}
