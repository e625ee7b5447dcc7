/**
 * What a caseload's benchmark file (benchmark-part.ts) and its comparison with next year's
 * card (next-card.ts) read of each priced budget: about half of its entry. Each of the
 * page's workers sums these into its parts of the two as it prices its budgets, so no
 * worker gathers a nation's entries (200,000 in one worker were over a gigabyte).
 */
import type { CaseloadEntry } from './entry';
import type { NextEntry } from './next-card';

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
