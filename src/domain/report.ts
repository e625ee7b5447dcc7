/**
 * The priced budget as plain JSON: the headless command's `--format json` output
 * (docs/command-line.md), and the figures the CSV and tests compare.
 * Money and hours are two-decimal strings; nothing here does arithmetic.
 */
import type Decimal from 'decimal.js';
import { cardWarnings } from './card-warnings';
import type { CarerFlag, CarerFlagId, Severity } from './carer-burden';
import { roundHoursForDisplay, toMoneyText, type MoneyText } from './money';
import { agreedDifference } from './pricing/agreed';
import type { FrequencyDescription } from './pricing/frequency';
import type { PricedLine } from './pricing/line';
import { agreedOf } from './pricing/rates';
import type { RateCard } from './schema/rate-card';
import type { Recurring } from './pricing/totals';
import type { BudgetPricing } from './pricing/price-budget';

export interface RecurringReport {
  readonly weekly: MoneyText;
  readonly annual: MoneyText;
  readonly oneOff: MoneyText;
}

export interface CarerFlagReport {
  readonly id: CarerFlagId;
  readonly severity: Severity;
  readonly measure: CarerFlag['measure'];
  readonly found: string;
  readonly threshold: string | null;
  readonly toMove: {
    hours: string;
    nights: number;
    paWeekly: MoneyText;
    providerWeekly: MoneyText;
  };
}

export interface AgreedReport {
  readonly kind: 'rate' | 'pay';
  readonly unit: 'hour' | 'night';
  /** The agreed figure, before any PA on-costs. */
  readonly figure: MoneyText;
  readonly source: string;
  readonly cardWeekly: MoneyText;
  readonly differenceWeekly: MoneyText;
  readonly differenceAnnual: MoneyText;
}

export interface PricingReport {
  readonly budget: string;
  readonly rateCard: string;
  /** The day the figures are worked out on (rule 11). */
  readonly asOf: string;
  readonly weeksPerYear: string;
  readonly totals: {
    weekly: MoneyText;
    annual: MoneyText;
    oneOff: MoneyText;
    firstYear: MoneyText;
  };
  readonly hoursWeekly: Record<string, string>;
  readonly byDomain: Record<string, RecurringReport>;
  readonly byResource: Record<string, RecurringReport>;
  /** Every line, in the file's order; `active` says whether it counts in the totals as at `asOf`. */
  readonly lines: readonly {
    id: string;
    domain: string;
    resource: string;
    active: boolean;
    from: string | null;
    until: string | null;
    frequency: FrequencyDescription;
    assistant: string | null;
    /** The agreed rate or pay (rule 17), with the line's cost at the card's rates; null at the card's rates. */
    agreed: AgreedReport | null;
    /** The people sharing the line's workers (rule 18): 1 when not shared. */
    sharedBy: number;
    hoursWeekly: string;
    nightsWeekly: number;
    weekly: MoneyText;
    annual: MoneyText;
  }[];
  readonly amounts: readonly {
    id: string;
    source: 'expense' | 'employer-cost';
    active: boolean;
    from: string | null;
    until: string | null;
    date: string | null;
    domain: string;
    kind: 'expense' | 'investment';
    frequency: string;
    amount: MoneyText;
    weekly: MoneyText;
    annual: MoneyText;
    oneOff: MoneyText;
  }[];
  readonly carers: readonly {
    id: string;
    hoursWeekly: string;
    nightsWeekly: number;
    caringDays: number;
    flags: readonly CarerFlagId[];
    details: readonly CarerFlagReport[];
  }[];
  readonly settings: readonly {
    id: string;
    weekly: MoneyText;
    annual: MoneyText;
    difference: MoneyText;
    extraProviderHoursWeekly: string;
  }[];
  readonly indicative: { annual: MoneyText; difference: MoneyText } | null;
  /** The card's own warnings first (card-warnings.ts), then the plan's. */
  readonly warnings: readonly {
    id: string;
    line?: string;
    over?: MoneyText;
    minutes?: number;
    figures?: readonly string[];
    assistant?: string;
    hours?: string;
    contracted?: string;
    expense?: string;
  }[];
}

export function toReport(pricing: BudgetPricing): PricingReport {
  const activeLines = new Set(pricing.lines);
  const activeAmounts = new Set([...pricing.expenses, ...pricing.employerCosts]);
  return {
    budget: pricing.budget.id,
    rateCard: pricing.card.id,
    asOf: pricing.asOf,
    weeksPerYear: pricing.card.weeksPerYear,
    totals: {
      weekly: toMoneyText(pricing.totals.weekly),
      annual: toMoneyText(pricing.totals.annual),
      oneOff: toMoneyText(pricing.totals.oneOff),
      firstYear: toMoneyText(pricing.totals.firstYear),
    },
    hoursWeekly: Object.fromEntries(
      [...pricing.hoursWeekly].map(([id, hours]) => [id, hoursText(hours)]),
    ),
    byDomain: recurringRecord(pricing.byDomain),
    byResource: recurringRecord(pricing.byResource),
    lines: pricing.allLines.map((priced) => ({
      id: priced.line.id,
      domain: priced.line.domain,
      resource: priced.line.resource,
      active: activeLines.has(priced),
      from: priced.line.from ?? null,
      until: priced.line.until ?? null,
      frequency: priced.frequency,
      assistant: priced.line.assistant ?? null,
      agreed: agreedReport(priced, pricing.card),
      sharedBy: priced.sharedBy,
      hoursWeekly: hoursText(priced.hours),
      nightsWeekly: priced.nights,
      weekly: toMoneyText(priced.weekly),
      annual: toMoneyText(priced.annual),
    })),
    amounts: [...pricing.allExpenses, ...pricing.employerCosts].map((amount) => ({
      id: amount.id,
      source: amount.source,
      active: activeAmounts.has(amount),
      from: amount.dates?.from ?? null,
      until: amount.dates?.until ?? null,
      date: amount.dates?.date ?? null,
      domain: amount.domain,
      kind: amount.kind,
      frequency: amount.frequency,
      amount: toMoneyText(amount.amount),
      weekly: toMoneyText(amount.weekly),
      annual: toMoneyText(amount.annual),
      oneOff: toMoneyText(amount.oneOff),
    })),
    carers: pricing.carers.map((burden) => ({
      id: burden.carer.id,
      hoursWeekly: hoursText(burden.hours),
      nightsWeekly: burden.nights,
      caringDays: burden.caringDays,
      flags: burden.flags.map((flag) => flag.id),
      details: burden.flags.map(flagReport),
    })),
    settings: pricing.settings.map((comparison) => ({
      id: comparison.setting.id,
      weekly: toMoneyText(comparison.weekly),
      annual: toMoneyText(comparison.annual),
      difference: toMoneyText(comparison.difference),
      extraProviderHoursWeekly: hoursText(comparison.extraProviderHours),
    })),
    indicative:
      pricing.indicative === null
        ? null
        : {
            annual: toMoneyText(pricing.indicative.amount),
            difference: toMoneyText(pricing.indicative.difference),
          },
    warnings: [
      ...cardWarnings(pricing.card).map((warning) => ({
        id: warning.id,
        figures: [...warning.figures],
      })),
      ...pricing.warnings.map((warning) =>
        warning.id === 'over-indicative'
          ? { id: warning.id, over: toMoneyText(warning.over) }
          : { ...warning },
      ),
    ],
  };
}

function agreedReport(priced: PricedLine, card: RateCard): AgreedReport | null {
  const agreed = agreedOf(priced.line);
  const difference = agreedDifference(priced, card);
  if (agreed === null || difference === null) return null;
  return {
    kind: agreed.kind,
    unit: agreed.unit,
    figure: agreed.figure.toFixed(2) as MoneyText,
    source: agreed.source,
    cardWeekly: toMoneyText(difference.cardWeekly),
    differenceWeekly: toMoneyText(difference.weekly),
    differenceAnnual: toMoneyText(difference.annual),
  };
}

function flagReport(flag: CarerFlag): CarerFlagReport {
  return {
    id: flag.id,
    severity: flag.severity,
    measure: flag.measure,
    found:
      flag.measure === 'hours' || flag.measure === 'willing'
        ? hoursText(flag.found)
        : flag.found.toFixed(0),
    threshold: flag.threshold === null ? null : flag.threshold.toString(),
    toMove: {
      hours: hoursText(flag.relief.hours),
      nights: flag.relief.nights,
      paWeekly: toMoneyText(flag.relief.paWeekly),
      providerWeekly: toMoneyText(flag.relief.providerWeekly),
    },
  };
}

function recurringRecord(buckets: ReadonlyMap<string, Recurring>): Record<string, RecurringReport> {
  return Object.fromEntries(
    [...buckets].map(([id, amounts]) => [
      id,
      {
        weekly: toMoneyText(amounts.weekly),
        annual: toMoneyText(amounts.annual),
        oneOff: toMoneyText(amounts.oneOff),
      },
    ]),
  );
}

const hoursText = (hours: Decimal): string => roundHoursForDisplay(hours);
