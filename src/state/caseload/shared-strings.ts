/**
 * One copy of each word the caseload's rows and plans repeat. A row or plan crosses from a
 * worker to the page as a copy, which makes a new string of every value, even of those
 * that many budgets share: a funding route, a cohort, a status, a review date, a rate
 * card's id. The page keeps one copy of each such value and lets the message's copies go
 * (packed-rows.ts, packed-plans.ts). Values that are rarely repeated (names, titles) are
 * left as they came: keeping one of each would cost more than it saves.
 */

export class SharedStrings {
  private readonly kept = new Map<string, string>();

  /** The copy kept of `text`, kept now if it is the first. */
  one<T extends string>(text: T): T {
    const kept = this.kept.get(text);
    if (kept !== undefined) return kept as T;
    this.kept.set(text, text);
    return text;
  }

  /** `one` of a value that may be missing. */
  maybe<T extends string | null | undefined>(text: T): T {
    return typeof text === 'string' ? this.one(text) : text;
  }

  has(text: string): boolean {
    return this.kept.has(text);
  }

  /** Every word kept, in the order first kept. */
  all(): IterableIterator<string> {
    return this.kept.keys();
  }

  clear(): void {
    this.kept.clear();
  }
}
