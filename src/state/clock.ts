/**
 * The device's clock, in one place: every "today" the app shows or decides by (the card
 * in force for a new budget, whether a card has ended, the day a revision or a document is
 * dated) is read here, so that a test can fix the day with `setClock`.
 */
import { localIsoDate } from '../domain/local-date';

let clock: () => Date = () => new Date();

/** Now, on the device's clock (or the one a test set). */
export function now(): Date {
  return clock();
}

/** Today's calendar date on the device, as "2026-12-04". */
export function today(): string {
  return localIsoDate(clock());
}

/** Fixes the clock (a test's day), or puts the device's own back when given nothing. */
export function setClock(next?: () => Date): void {
  clock = next ?? (() => new Date());
}
