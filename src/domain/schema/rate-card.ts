/** Rate card file, version 2 (docs/file-format.md, docs/conventions.md and docs/rate-cards.md). */
import { z } from 'zod';
import {
  decimalText,
  flag,
  identifier,
  isoDate,
  list,
  literal,
  localisedText,
  money,
  requiredText,
  text,
  wholeNumber,
  oneOf,
} from './fields';
import { FREQUENCIES } from './budget';

export const RATE_CARD_FORMAT = 'support-rate-card';
export const RATE_CARD_VERSION = 2;

/** The five domains every card has; a card may add more. */
export const CORE_DOMAINS = ['personal-care', 'domestic', 'social', 'education', 'work'] as const;

const periodRates = z.strictObject({ weekday: money(), weekend: money() });

/** Hourly rates by day or night and weekday or weekend, and the flat sleep-in per night. */
const rates = z.strictObject({ day: periodRates, night: periodRates, sleepIn: money() });

const provider = z.strictObject({
  id: identifier(),
  name: localisedText(200),
  quality: text(60),
  rates,
});

const onCost = z.strictObject({
  id: identifier(),
  name: localisedText(200),
  percent: decimalText(0, 100),
});

const employerCost = z.strictObject({
  id: identifier(),
  name: localisedText(200),
  amount: money(),
  per: oneOf(FREQUENCIES),
});

const setting = z.strictObject({
  id: identifier(),
  name: localisedText(200),
  weeklyFee: money(),
  fncWeekly: money().optional(),
});

const carerPolicy = z.strictObject({
  noticeHours: decimalText(0, 168),
  highHours: decimalText(0, 168),
  veryHighHours: decimalText(0, 168),
  nightsPerWeek: wholeNumber(1, 7),
  olderCarerAge: wholeNumber(16, 120),
});

/**
 * The thresholds of the ledger's red flags (docs/ledger.md), each optional: a field left
 * out takes the default written there. A card that gives any of them says where they come
 * from in `source` (a council's direct-payment policy, say).
 */
const monitoring = z.strictObject({
  overspendPercent: decimalText(0, 100).optional(),
  surplusWeeks: decimalText(0, 52).optional(),
  unplannedAmount: money().optional(),
  weeklyHoursLimit: decimalText(1, 168).optional(),
  employerCostMonths: wholeNumber(1, 24).optional(),
  spendAfterEndDays: wholeNumber(0, 366).optional(),
  careGapWeeks: wholeNumber(1, 52).optional(),
  source: requiredText(1000, 'many'),
});

/**
 * The commissioner's policy for plans priced on the card, in named parts (docs/rate-cards.md):
 * - `delegatedAuthorityLimit`: the most a year a plan may cost and be agreed without an
 *   approver with more authority (docs/plan-around-money.md); sourced like every figure.
 * - `charging.maxWeeklyCharge`: what a person may be asked to pay a week towards care at
 *   home, where the law caps it (Wales's maximum weekly charge); sourced. Absent: no cap.
 * - `monitoring`: the ledger's red-flag thresholds, with their own `source`.
 * Version 1 cards had `chargingPolicy` and `monitoringPolicy` beside `policy`; reading one
 * moves them here (migrations.ts).
 */
const policy = z.strictObject({
  delegatedAuthorityLimit: money().optional(),
  charging: z.strictObject({ maxWeeklyCharge: money() }).optional(),
  monitoring: monitoring.optional(),
});

const source = z.strictObject({
  figure: requiredText(300),
  text: requiredText(1000, 'many'),
  url: text(500).optional(),
});

export const rateCardSchema = z.strictObject({
  format: literal(RATE_CARD_FORMAT),
  version: literal(RATE_CARD_VERSION),
  id: identifier(),
  name: localisedText(200),
  area: requiredText(200),
  validFrom: isoDate(),
  validTo: isoDate(),
  illustrative: flag().optional(),
  notes: localisedText(2000, 'many').optional(),
  // Weeks in a year: 365/7 to three places is 52.143; a card may choose otherwise.
  weeksPerYear: decimalText(52, 53),
  domains: list(z.strictObject({ id: identifier(), name: localisedText(100) }), 5, 30),
  registeredProvider: z.strictObject({
    standard: rates,
    providers: list(provider, 0, 200),
  }),
  personalAssistant: z.strictObject({
    pay: rates,
    onCosts: list(onCost, 0, 20),
    employerCosts: list(employerCost, 0, 20),
    /** The lowest lawful hourly pay for the card's year (the National Living Wage), sourced. */
    payFloor: money().optional(),
  }),
  settings: list(setting, 0, 20),
  carerPolicy,
  policy: policy.optional(),
  sources: list(source, 1, 2000),
});

export type RateCard = z.infer<typeof rateCardSchema>;
export type Rates = RateCard['personalAssistant']['pay'];
export type Provider = RateCard['registeredProvider']['providers'][number];
export type Setting = RateCard['settings'][number];
export type CarerPolicy = RateCard['carerPolicy'];
export type CardPolicy = NonNullable<RateCard['policy']>;
export type MonitoringPolicy = NonNullable<CardPolicy['monitoring']>;
export type LocalisedText = RateCard['name'];
