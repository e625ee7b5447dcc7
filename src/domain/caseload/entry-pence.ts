/**
 * The money of a caseload entry in whole pence: the totals, the breakdowns by area of life
 * and by who gives support, the settings, the traditional package and the agreed rates
 * (entry.ts), each line priced by `linePence` (pricing/line-pence.ts) and every sum an
 * integer sum, written as text once. The same texts as the decimal way, field for field
 * (tests/unit/entry-pence.test.ts); null whenever a line or an amount is beyond the whole
 * numbers, and the entry is then made in decimals.
 */
import { penceOf, penceOfText, penceText, signedPenceText } from '../pence';
import { GENERAL_DOMAIN } from '../pricing/amounts';
import {
  amountPence,
  annualOfWeekly,
  employerCostsPence,
  linePence,
  type AmountPence,
  type LinePence,
} from '../pricing/line-pence';
import type { BudgetPricing } from '../pricing/price-budget';
import { RESOURCE_BUCKETS, type ResourceBucket } from '../pricing/totals';
import type { Budget, NeedLine } from '../schema/budget';
import type { RateCard } from '../schema/rate-card';
import type { EntryMoney } from './entry';
import type { MoneyText } from '../money';

/** A running sum of whole pence, weekly, annual and one-off. */
class PenceSum {
  weekly = 0;
  annual = 0;
  oneOff = 0;

  add(amounts: { readonly weekly: number; readonly annual: number; readonly oneOff?: number }) {
    this.weekly += amounts.weekly;
    this.annual += amounts.annual;
    this.oneOff += amounts.oneOff ?? 0;
  }

  safe(): boolean {
    return (
      Number.isSafeInteger(this.weekly) &&
      Number.isSafeInteger(this.annual) &&
      Number.isSafeInteger(this.oneOff)
    );
  }
}

function sums(keys: readonly string[]): Map<string, PenceSum> {
  return new Map(keys.map((key) => [key, new PenceSum()]));
}

function bucket(sums: Map<string, PenceSum>, key: string): PenceSum {
  let sum = sums.get(key);
  if (sum === undefined) {
    // A key outside the card's list (never after checkBudgetAgainstCard) still counts.
    sum = new PenceSum();
    sums.set(key, sum);
  }
  return sum;
}

function texts(
  sums: Map<string, PenceSum>,
): Record<string, { weekly: MoneyText; annual: MoneyText }> | null {
  const record: Record<string, { weekly: MoneyText; annual: MoneyText }> = {};
  for (const [key, sum] of sums) {
    if (!sum.safe()) return null;
    record[key] = { weekly: penceText(sum.weekly), annual: penceText(sum.annual) };
  }
  return record;
}

/** A percent half-up to one place, away from zero at a half, as `roundPercent` writes it. */
function percentText(part: number, whole: number): string | null {
  const tenths = Math.abs(part) * 1000;
  if (!Number.isSafeInteger(tenths * 2 + whole)) return null;
  const remainder = tenths % whole;
  const rounded = (tenths - remainder) / whole + (remainder * 2 >= whole ? 1 : 0);
  const sign = part < 0 && rounded > 0 ? '-' : '';
  return `${sign}${(rounded - (rounded % 10)) / 10}.${rounded % 10}`;
}

/** A line active as at the day, with its own weekly and annual pence (null past the whole numbers). */
export interface LineInPence {
  readonly line: NeedLine;
  readonly own: LinePence | null;
}

/** An expense or employer cost counted in the totals, in pence (null past the whole numbers). */
export interface AmountInPence {
  readonly domain: string;
  readonly bucket: ResourceBucket;
  readonly pence: AmountPence | null;
}

/** What the entry's money is worked out from: the lines and amounts active as at the day. */
export interface EntryMoneyParts {
  readonly budget: Budget;
  readonly card: RateCard;
  readonly lines: readonly LineInPence[];
  readonly amounts: readonly AmountInPence[];
}

/** The pricing's active lines, expenses and employer costs in pence. */
function partsOfPricing(pricing: BudgetPricing): EntryMoneyParts | null {
  const { card, budget } = pricing;
  const amounts: AmountInPence[] = pricing.expenses.map((expense) => ({
    domain: expense.domain,
    bucket: expense.resourceBucket,
    pence: amountPence(penceOf(expense.amount), expense.frequency, card),
  }));
  if (pricing.employerCosts.length > 0) {
    const costs = employerCostsPence(card);
    if (costs === null || costs.length !== pricing.employerCosts.length) return null;
    pricing.employerCosts.forEach((cost, index) => {
      amounts.push({
        domain: cost.domain,
        bucket: cost.resourceBucket,
        pence: costs[index] as AmountPence,
      });
    });
  }
  return {
    budget,
    card,
    lines: pricing.lines.map(({ line }) => ({ line, own: linePence(line, card) })),
    amounts,
  };
}

export function entryMoneyInPence(pricing: BudgetPricing): EntryMoney | null {
  const parts = partsOfPricing(pricing);
  return parts === null ? null : entryMoneyOfParts(parts);
}

/** The entry's money from its lines and amounts in pence; null when any is past the whole numbers. */
export function entryMoneyOfParts(parts: EntryMoneyParts): EntryMoney | null {
  const { card, budget } = parts;
  const totals = new PenceSum();
  const domains = sums([...card.domains.map((domain) => domain.id), GENERAL_DOMAIN]);
  const resources = sums(RESOURCE_BUCKETS);
  const traditional = new PenceSum();
  const agreed = new PenceSum();
  let agreedLines = 0;
  for (const { line, own } of parts.lines) {
    if (own === null) return null;
    totals.add(own);
    bucket(domains, line.domain).add(own);
    bucket(resources, line.resource).add(own);
    if (line.resource === 'registered-provider' || line.resource === 'personal-assistant') {
      const standard = linePence(line, card, 'standard-provider');
      if (standard === null) return null;
      traditional.add(standard);
    }
    if (line.agreedRate !== undefined || line.agreedPay !== undefined) {
      const atCard = linePence(line, card, 'card-rates');
      if (atCard === null) return null;
      agreedLines++;
      agreed.add({ weekly: own.weekly - atCard.weekly, annual: own.annual - atCard.annual });
    }
  }
  for (const amount of parts.amounts) {
    if (amount.pence === null) return null;
    totals.add(amount.pence);
    bucket(domains, amount.domain).add(amount.pence);
    bucket(resources, amount.bucket).add(amount.pence);
  }
  const byDomain = texts(domains);
  const byResource = texts(resources);
  if (byDomain === null || byResource === null) return null;
  if (!totals.safe() || !traditional.safe() || !agreed.safe()) return null;

  const settings: { id: string; annual: MoneyText; difference: MoneyText }[] = [];
  for (const setting of card.settings) {
    const fee = penceOfText(setting.weeklyFee);
    const nursing = penceOfText(setting.fncWeekly ?? '0.00');
    const annual = fee === null || nursing === null ? null : annualOfWeekly(fee + nursing, card);
    if (annual === null) return null;
    settings.push({
      id: setting.id,
      annual: penceText(annual),
      difference: signedPenceText(totals.annual - annual),
    });
  }

  const recorded = budget.plan?.comparatorAnnual;
  const traditionalAnnual = recorded === undefined ? traditional.annual : penceOfText(recorded);
  if (traditionalAnnual === null || traditionalAnnual < 0) return null;
  const avoided = traditionalAnnual - totals.annual;
  const percent = traditionalAnnual === 0 ? null : percentText(avoided, traditionalAnnual);
  if (traditionalAnnual !== 0 && percent === null) return null;

  return {
    totals: {
      weekly: penceText(totals.weekly),
      annual: penceText(totals.annual),
      oneOff: penceText(totals.oneOff),
      firstYear: penceText(totals.annual + totals.oneOff),
    },
    byDomain,
    byResource,
    settings,
    traditional: {
      weekly: penceText(traditional.weekly),
      annual: penceText(traditionalAnnual),
      basis: recorded === undefined ? 'standard-rate' : 'recorded',
      avoided: signedPenceText(avoided),
      percent,
    },
    agreed: {
      lines: agreedLines,
      aboveCardWeekly: signedPenceText(agreed.weekly),
      aboveCardAnnual: signedPenceText(agreed.annual),
    },
  };
}
