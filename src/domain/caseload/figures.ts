/**
 * What a caseload's benchmark file (benchmark.ts) and its comparison with next year's
 * card (next-card.ts) read of each priced budget: about half of its entry. The caseload's
 * workers hand these on to the one worker that builds a benchmark file, rather than whole
 * entries, as a nation's 200,000 entries held in one worker were over a gigabyte; each
 * worker compares the two cards over its own budgets.
 */
import type { CaseloadEntry } from './entry';
import { nextEntryOf, type NextEntry } from './next-card';

/** What the comparison reads of a budget on next year's card, and more of it on this year's. */
export interface CaseloadFigures extends NextEntry {
  readonly id: string;
  readonly person: string;
  readonly fundingRoute: CaseloadEntry['fundingRoute'];
  readonly cohort: CaseloadEntry['cohort'];
  readonly traditional: Pick<CaseloadEntry['traditional'], 'annual'>;
  readonly carerFlags: CaseloadEntry['carerFlags'];
  readonly warnings: CaseloadEntry['warnings'];
}

export function figuresOf(entry: CaseloadEntry): CaseloadFigures {
  return {
    ...nextEntryOf(entry),
    id: entry.id,
    person: entry.person,
    fundingRoute: entry.fundingRoute,
    cohort: entry.cohort,
    traditional: { annual: entry.traditional.annual },
    carerFlags: entry.carerFlags,
    warnings: entry.warnings,
  };
}
