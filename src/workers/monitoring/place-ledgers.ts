/**
 * Which engine each budget or ledger must be in to meet its other half (docs/ledger.md,
 * "For the team"). Files are shared between the monitoring page's engines before they are
 * read, by name, so a ledger not named after its budget file can land in another engine
 * than its budget. Once every engine has said what it read (each budget's id, the id each
 * ledger names), the two are brought together before anything is monitored: where one
 * budget and one ledger have an id, the budget (a fraction of its ledger's size) goes to
 * the ledger's engine; where more share it, each ledger and each later budget goes to the
 * engine of the budget with that id that was said first (its home), as pairing takes the
 * first and names the later budgets as sharing its id. A ledger naming
 * no budget read stays where it is, and is reported as naming none. Pure.
 */

/** A document an engine holds: a budget by its id, or a ledger by the budget id it names. */
export interface HeldDocument {
  readonly engine: number;
  readonly file: string;
  readonly kind: 'budget' | 'ledger';
  readonly id: string;
}

/** One document to move: from the engine holding it to the one holding its other half. */
export interface DocumentMove {
  readonly from: number;
  readonly to: number;
  readonly kind: 'budget' | 'ledger';
  readonly file: string;
  /** The budget's id, or the budget id the ledger names. */
  readonly id: string;
}

export function documentMoves(held: readonly HeldDocument[]): DocumentMove[] {
  const budgets = new Map<string, HeldDocument[]>();
  const ledgers = new Map<string, HeldDocument[]>();
  for (const one of held) {
    const by = one.kind === 'budget' ? budgets : ledgers;
    by.set(one.id, [...(by.get(one.id) ?? []), one]);
  }
  /** The one ledger of an id held by one budget and one ledger; else undefined. */
  const onlyLedger = (id: string) => {
    const [budget, ...more] = budgets.get(id) ?? [];
    const [ledger, ...others] = ledgers.get(id) ?? [];
    return budget !== undefined && more.length === 0 && others.length === 0 ? ledger : undefined;
  };
  return held.flatMap((one): DocumentMove[] => {
    const ledger = onlyLedger(one.id);
    // Where budgets share an id, every one goes to the first's engine, where pairing names
    // the later ones as sharing its id (and its ledgers go there too, below).
    const home = budgets.get(one.id)?.[0]?.engine;
    if (one.kind === 'budget') {
      const to = ledger?.engine ?? home;
      return to === undefined || to === one.engine
        ? []
        : [{ from: one.engine, to, kind: 'budget', file: one.file, id: one.id }];
    }
    const to = ledger === undefined ? home : undefined;
    return to === undefined || to === one.engine
      ? []
      : [{ from: one.engine, to, kind: 'ledger', file: one.file, id: one.id }];
  });
}

/**
 * Groups of files shared between `engines` by their size: each group, in order, goes to
 * the engine given the fewest bytes so far (the first of those tied). Reading costs about
 * as much as a file is long, and a ledger is several times longer than its budget, so
 * sharing by count could give one engine every ledger and the other every budget.
 */
export function shareBySize<F extends { readonly file: { readonly size: number } }>(
  groups: readonly (readonly F[])[],
  engines: number,
): F[][] {
  const shares: F[][] = Array.from({ length: engines }, () => []);
  const bytes = shares.map(() => 0);
  for (const group of groups) {
    let least = 0;
    for (let engine = 1; engine < engines; engine++)
      if ((bytes[engine] ?? 0) < (bytes[least] ?? 0)) least = engine;
    shares[least]?.push(...group);
    bytes[least] = (bytes[least] ?? 0) + group.reduce((sum, one) => sum + one.file.size, 0);
  }
  return shares;
}
