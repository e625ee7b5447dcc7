/**
 * Small-number suppression for the benchmark file (docs/benchmark-file.md). Primary: every
 * count under the threshold (5) is withheld, 0 included. Secondary: figures are tied by
 * sums (a row's cells add up to its total, the totals to the grand total); wherever a sum
 * would then have exactly one withheld member, that one could be worked back by
 * subtraction, so the smallest published member of the sum is withheld as well, until
 * every sum has none or at least two withheld. A total is withheld only when none of its
 * parts can be.
 */
import { byCodeUnits } from '../code-unit-order';

export const SUPPRESS_BELOW = 5;

/** `total` is the sum of `parts`: ids of counts. */
export interface SumRelation {
  readonly total: string;
  readonly parts: readonly string[];
}

/** The ids of the counts to withhold. */
export function suppressedCounts(
  counts: ReadonlyMap<string, number>,
  sums: readonly SumRelation[],
): Set<string> {
  const withheld = new Set(
    [...counts].filter(([, value]) => value < SUPPRESS_BELOW).map(([id]) => id),
  );
  const value = (id: string) => counts.get(id) ?? 0;
  for (let changed = true; changed;) {
    changed = false;
    for (const { total, parts } of sums) {
      const members = [total, ...parts];
      if (members.filter((id) => withheld.has(id)).length !== 1) continue;
      const open = parts.filter((id) => !withheld.has(id));
      // The smallest published part (ties by id, so the same counts always withhold the same cells).
      const [next] = open.sort((a, b) => value(a) - value(b) || byCodeUnits(a, b));
      // A sum of no parts (a caseload with nothing in any area of life) has nothing to add.
      const more = next ?? total;
      if (withheld.has(more)) continue;
      withheld.add(more);
      changed = true;
    }
  }
  return withheld;
}
