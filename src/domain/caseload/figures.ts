/**
 * What a caseload's benchmark file (benchmark.ts) and its comparison with next year's
 * card (next-card.ts) read of each priced budget: about half of its entry. The caseload's
 * workers hand these on to the one worker that builds either, rather than whole entries,
 * as a nation's 200,000 entries held in one worker were over a gigabyte.
 */
import type { CaseloadAmounts, CaseloadEntry } from './entry';

export interface CaseloadFigures {
  readonly file: string;
  readonly id: string;
  readonly person: string;
  readonly fundingRoute: CaseloadEntry['fundingRoute'];
  readonly cohort: CaseloadEntry['cohort'];
  readonly totals: Pick<CaseloadEntry['totals'], 'weekly' | 'annual'>;
  readonly byDomain: Readonly<Record<string, CaseloadAmounts>>;
  readonly byResource: Readonly<Record<string, CaseloadAmounts>>;
  readonly traditional: Pick<CaseloadEntry['traditional'], 'annual'>;
  readonly carerFlags: CaseloadEntry['carerFlags'];
  readonly warnings: CaseloadEntry['warnings'];
}

export function figuresOf(entry: CaseloadEntry): CaseloadFigures {
  return {
    file: entry.file,
    id: entry.id,
    person: entry.person,
    fundingRoute: entry.fundingRoute,
    cohort: entry.cohort,
    totals: { weekly: entry.totals.weekly, annual: entry.totals.annual },
    byDomain: entry.byDomain,
    byResource: entry.byResource,
    traditional: { annual: entry.traditional.annual },
    carerFlags: entry.carerFlags,
    warnings: entry.warnings,
  };
}
