/**
 * Which engine each ledger must be in to meet its budget (docs/ledger.md, "For the team").
 * Files are shared between the monitoring page's engines before they are read, by name,
 * so a ledger not named after its budget file can land in another engine than its budget.
 * Once every engine has said what it read (each budget's id, the id each ledger names),
 * each ledger whose budget another engine holds is moved there before anything is
 * monitored. A budget id held by more than one engine is at home in the first that said
 * so; a ledger naming no budget read stays where it is, and is reported as naming none.
 * Pure.
 */

/** A document an engine holds: a budget by its id, or a ledger by the budget id it names. */
export interface HeldDocument {
  readonly engine: number;
  readonly file: string;
  readonly kind: 'budget' | 'ledger';
  readonly id: string;
}

/** One ledger to move: from the engine holding it to the one holding its budget. */
export interface LedgerMove {
  readonly from: number;
  readonly to: number;
  readonly file: string;
  readonly budget: string;
}

export function ledgerMoves(held: readonly HeldDocument[]): LedgerMove[] {
  const home = new Map<string, number>();
  for (const one of held)
    if (one.kind === 'budget' && !home.has(one.id)) home.set(one.id, one.engine);
  return held.flatMap((one) => {
    const to = one.kind === 'ledger' ? home.get(one.id) : undefined;
    return to === undefined || to === one.engine
      ? []
      : [{ from: one.engine, to, file: one.file, budget: one.id }];
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
