/**
 * The running sums of next year's card compared with this year's (next-card.ts): each
 * pair summed exactly from money texts already rounded to the penny, so sums of sums are
 * the sums of the whole, in any order.
 */
import type { MoneyText } from '../money';
import { MoneyTotal } from '../pence';
import type { CaseloadAmounts } from './entry';

/** Two sums over the same budgets: on this year's card and on next year's. */
export interface Sums {
  readonly thisYear: MoneyText;
  readonly nextYear: MoneyText;
}

/** Figures by the caseload's totals and their breakdowns: a change on the page, sums in a part (next-card.ts). */
export interface ByTotals<Figure> {
  readonly weekly: Figure;
  readonly annual: Figure;
  /** Annual cost by area of life, by who gives support and by cohort. */
  readonly byDomain: Readonly<Record<string, Figure>>;
  readonly byResource: Readonly<Record<string, Figure>>;
  readonly byCohort: Readonly<Record<string, Figure>>;
}

/** A running pair of sums (MoneyTotal: whole pence while they fit, exact either way). */
class SumPair {
  private readonly thisYear = new MoneyTotal();
  private readonly nextYear = new MoneyTotal();

  /** An area one card has and the other has not counts £0 on the other. */
  add(thisYear: string | undefined, nextYear: string | undefined): void {
    if (thisYear !== undefined) this.thisYear.add(thisYear);
    if (nextYear !== undefined) this.nextYear.add(nextYear);
  }

  texts(): Sums {
    return { thisYear: this.thisYear.text(), nextYear: this.nextYear.text() };
  }
}

/** The running sums of a part: its totals, and by area of life, who gives support and cohort. */
export class PartSums {
  readonly weekly = new SumPair();
  readonly annual = new SumPair();
  readonly byDomain = new Map<string, SumPair>();
  readonly byResource = new Map<string, SumPair>();
  readonly byCohort = new Map<string, SumPair>();

  bucket(sums: Map<string, SumPair>, key: string): SumPair {
    let pair = sums.get(key);
    if (pair === undefined) sums.set(key, (pair = new SumPair()));
    return pair;
  }

  texts(): ByTotals<Sums> {
    return {
      weekly: this.weekly.texts(),
      annual: this.annual.texts(),
      byDomain: textsOf(this.byDomain),
      byResource: textsOf(this.byResource),
      byCohort: textsOf(this.byCohort),
    };
  }

  /** A budget's annual costs by key on both cards. */
  add(
    sums: Map<string, SumPair>,
    thisYear: Readonly<Record<string, CaseloadAmounts>>,
    nextYear: Readonly<Record<string, CaseloadAmounts>>,
  ): void {
    for (const key in thisYear)
      this.bucket(sums, key).add(thisYear[key]?.annual, nextYear[key]?.annual);
    for (const key in nextYear)
      if (!(key in thisYear)) this.bucket(sums, key).add(undefined, nextYear[key]?.annual);
  }
}

function textsOf(sums: ReadonlyMap<string, SumPair>): Record<string, Sums> {
  return Object.fromEntries([...sums].map(([key, pair]) => [key, pair.texts()]));
}
