/**
 * What reading the rate-card form collects as it goes: the problems found, and the blocks
 * of figures with which of them changed (so each changed block can be asked its source).
 */
import type { Problem } from '../problems';
import type { Rates } from '../schema/rate-card';
import type { Parsed } from './form-fields';
import { fieldKey, RATE_FIELDS, rateOf, textOf, type RateCardForm } from './rate-card-form';
import { requiredMoney, sameFigure } from './rate-card-form-fields';
import type { FigureBlock } from './rate-card-form-sources';

export type Figure = { path: string; changed: boolean };

/** A figure is changed if it differs from the old one as a number, or is new. */
export function changed(
  now: string | number | undefined,
  was: string | number | undefined,
  isNew = false,
): boolean {
  return isNew || !sameFigure(now, was);
}

export class FormReader {
  readonly problems: Problem[] = [];
  readonly blocks: FigureBlock[] = [];

  constructor(private readonly form: RateCardForm) {}

  text(key: string): string {
    return textOf(this.form, key);
  }

  /** The value, or the fallback with the problem noted. */
  take<T>(parsed: Parsed<T>, fallback: T): T {
    if (parsed.ok) return parsed.value;
    this.problems.push(parsed.problem);
    return fallback;
  }

  block(key: string, group: string, figures: readonly Figure[]): void {
    this.blocks.push({ key, group, figures });
  }

  /**
   * The five rates of a block. A figure that cannot be read falls back to the old one:
   * its own message is enough, without another asking the source of a change nobody made.
   */
  rates(key: string, group: string, was: Rates | undefined): Rates {
    const value = (field: (typeof RATE_FIELDS)[number]) =>
      this.take(
        requiredMoney(this.text(fieldKey(key, field)), fieldKey(key, field)),
        was === undefined ? '0.00' : rateOf(was, field),
      );
    const made: Rates = {
      day: { weekday: value('day.weekday'), weekend: value('day.weekend') },
      night: { weekday: value('night.weekday'), weekend: value('night.weekend') },
      sleepIn: value('sleepIn'),
    };
    this.block(
      key,
      group,
      RATE_FIELDS.map((field) => ({
        path: `${group}.${field}`,
        changed: changed(
          rateOf(made, field),
          was === undefined ? undefined : rateOf(was, field),
          was === undefined,
        ),
      })),
    );
    return made;
  }
}
