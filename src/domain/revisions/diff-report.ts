/**
 * A comparison as plain JSON: the `compare` command's `--format json` output, and the
 * figures its text and CSV forms and the app's compare page show. Money and hours are
 * two-decimal strings (a difference may start with "-"); nothing here does arithmetic.
 */
import type Decimal from 'decimal.js';
import type { CarerFlagId } from '../carer-burden';
import { roundHoursForDisplay, toMoneyText, type MoneyText } from '../money';
import type { PricedAmount } from '../pricing/amounts';
import type { PricedLine } from '../pricing/line';
import type { BudgetPricing } from '../pricing/price-budget';
import type { BudgetDiff, ChangeKind } from './diff';
import type { AgreedFigure } from '../schema/budget';
import { agreedKept } from './agreed-kept';
import type { LineChange } from './line-changes';

export interface SideReport {
  readonly budget: string;
  readonly rateCard: string;
  /** Which version of the budget: `current`, or a revision number. */
  readonly revision: number | 'current';
  readonly totals: {
    weekly: MoneyText;
    annual: MoneyText;
    oneOff: MoneyText;
    firstYear: MoneyText;
  };
}

export interface DiffReport {
  readonly from: SideReport;
  readonly to: SideReport;
  readonly totals: {
    weekly: MoneyText;
    annual: MoneyText;
    oneOff: MoneyText;
    firstYear: MoneyText;
  };
  readonly hoursWeekly: string;
  /** Lines whose rate or pay agreed for one person a change of card keeps (rule 17). */
  readonly agreedKept: readonly string[];
  readonly lines: readonly {
    id: string;
    change: ChangeKind;
    changes: readonly LineChange[];
    from: LineSide | null;
    to: LineSide | null;
    difference: { hoursWeekly: string; weekly: MoneyText; annual: MoneyText };
  }[];
  readonly amounts: readonly {
    id: string;
    source: PricedAmount['source'];
    change: ChangeKind;
    from: AmountSide | null;
    to: AmountSide | null;
    difference: { weekly: MoneyText; annual: MoneyText; oneOff: MoneyText };
  }[];
  readonly carers: readonly {
    id: string;
    change: ChangeKind;
    from: CarerSide | null;
    to: CarerSide | null;
    difference: { hoursWeekly: string };
    flagsAdded: readonly CarerFlagId[];
    flagsRemoved: readonly CarerFlagId[];
  }[];
}

interface LineSide {
  domain: string;
  resource: string;
  provider: string | null;
  carer: string | null;
  /** The agreed hourly or nightly figure (rule 17), or null at the card's rates. */
  agreed: { rate?: AgreedFigure; pay?: AgreedFigure; source: string } | null;
  /** The people sharing the line's workers (rule 18): 1 when not shared. */
  sharedBy: number;
  hoursWeekly: string;
  nightsWeekly: number;
  /** Each distinct hourly or nightly rate paid, exact, with any PA on-costs. */
  rates: readonly string[];
  weekly: MoneyText;
  annual: MoneyText;
}

interface AmountSide {
  amount: MoneyText;
  frequency: string;
  weekly: MoneyText;
  annual: MoneyText;
  oneOff: MoneyText;
}

interface CarerSide {
  hoursWeekly: string;
  nightsWeekly: number;
  flags: readonly CarerFlagId[];
}

export function toDiffReport(
  diff: BudgetDiff,
  revisions: { from: number | 'current'; to: number | 'current' } = {
    from: 'current',
    to: 'current',
  },
): DiffReport {
  return {
    from: side(diff.from, revisions.from),
    to: side(diff.to, revisions.to),
    totals: {
      weekly: toMoneyText(diff.totals.weekly),
      annual: toMoneyText(diff.totals.annual),
      oneOff: toMoneyText(diff.totals.oneOff),
      firstYear: toMoneyText(diff.totals.firstYear),
    },
    hoursWeekly: hours(diff.hours),
    agreedKept: agreedKept(diff).map((priced) => priced.line.id),
    lines: diff.lines.map((line) => ({
      id: line.id,
      change: line.kind,
      changes: line.changes,
      from: lineSide(line.from),
      to: lineSide(line.to),
      difference: {
        hoursWeekly: hours(line.hours),
        weekly: toMoneyText(line.difference.weekly),
        annual: toMoneyText(line.difference.annual),
      },
    })),
    amounts: diff.amounts.map((amount) => ({
      id: amount.id,
      source: amount.source,
      change: amount.kind,
      from: amountSide(amount.from),
      to: amountSide(amount.to),
      difference: {
        weekly: toMoneyText(amount.difference.weekly),
        annual: toMoneyText(amount.difference.annual),
        oneOff: toMoneyText(amount.difference.oneOff),
      },
    })),
    carers: diff.carers.map((carer) => ({
      id: carer.id,
      change: carer.kind,
      from:
        carer.fromHours === null
          ? null
          : {
              hoursWeekly: hours(carer.fromHours),
              nightsWeekly: carer.fromNights,
              flags: carer.fromFlags,
            },
      to:
        carer.toHours === null
          ? null
          : {
              hoursWeekly: hours(carer.toHours),
              nightsWeekly: carer.toNights,
              flags: carer.toFlags,
            },
      difference: { hoursWeekly: hours(carer.hours) },
      flagsAdded: carer.flagsAdded,
      flagsRemoved: carer.flagsRemoved,
    })),
  };
}

function side(pricing: BudgetPricing, revision: number | 'current'): SideReport {
  return {
    budget: pricing.budget.id,
    rateCard: pricing.card.id,
    revision,
    totals: {
      weekly: toMoneyText(pricing.totals.weekly),
      annual: toMoneyText(pricing.totals.annual),
      oneOff: toMoneyText(pricing.totals.oneOff),
      firstYear: toMoneyText(pricing.totals.firstYear),
    },
  };
}

function lineSide(priced: PricedLine | null): LineSide | null {
  if (priced === null) return null;
  const { line } = priced;
  return {
    domain: line.domain,
    resource: line.resource,
    provider: line.provider ?? null,
    carer: line.carer ?? null,
    agreed:
      line.agreedSource === undefined
        ? null
        : {
            ...(line.agreedRate === undefined ? {} : { rate: line.agreedRate }),
            ...(line.agreedPay === undefined ? {} : { pay: line.agreedPay }),
            source: line.agreedSource,
          },
    sharedBy: priced.sharedBy,
    hoursWeekly: hours(priced.hours),
    nightsWeekly: priced.nights,
    rates: distinctRates(priced),
    weekly: toMoneyText(priced.weekly),
    annual: toMoneyText(priced.annual),
  };
}

/** Rates in the order of the line's days (weekdays, then weekend), each once. */
export function distinctRates(priced: PricedLine): string[] {
  return [...new Set(priced.segments.map((segment) => segment.rate.toString()))];
}

function amountSide(amount: PricedAmount | null): AmountSide | null {
  if (amount === null) return null;
  return {
    amount: toMoneyText(amount.amount),
    frequency: amount.frequency,
    weekly: toMoneyText(amount.weekly),
    annual: toMoneyText(amount.annual),
    oneOff: toMoneyText(amount.oneOff),
  };
}

const hours = (value: Decimal): string => roundHoursForDisplay(value);
