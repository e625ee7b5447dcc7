/**
 * The benchmark file, version 1 (docs/benchmark-file.md): counts and money only. Every
 * object is strict (no field this version does not name), every count is null (withheld)
 * or at least 5, and the only words are ids from fixed lists or the card, a quarter and an
 * area label of plain letters, digits, spaces and hyphens: there is nowhere for a budget's
 * text to go.
 */
import { z } from 'zod';
import { CARER_FLAG_IDS } from '../carer-burden';
import { COHORTS, FUNDING_ROUTES } from '../schema/budget-values';
import { identifier } from '../schema/fields';
import { messageKey } from '../problems';
import { WARNING_IDS } from '../warnings';
import { SUPPRESS_BELOW } from './suppression';

export const BENCHMARK_FORMAT = 'support-benchmark';
export const BENCHMARK_VERSION = 1;

const count = z.union([
  z.null(),
  z
    .int({ error: messageKey('validation.benchmarkCount') })
    .min(SUPPRESS_BELOW, { error: messageKey('validation.benchmarkCount') })
    .max(100_000_000),
]);
const amount = z
  .string({ error: messageKey('validation.money') })
  .regex(/^-?\d{1,12}\.\d{2}$/, { error: messageKey('validation.money') });
const percent = z
  .string({ error: messageKey('validation.benchmarkPercent') })
  .regex(/^-?\d{1,9}\.\d$/, { error: messageKey('validation.benchmarkPercent') });
const maybe = <T extends z.ZodType>(schema: T) => z.union([z.null(), schema]);

const ROUTE_KEYS = [...FUNDING_ROUTES, 'total'] as const;
const routeCounts = z.strictObject(
  Object.fromEntries(ROUTE_KEYS.map((key) => [key, count])) as Record<
    (typeof ROUTE_KEYS)[number],
    typeof count
  >,
);
const byIds = <K extends string, T extends z.ZodType>(ids: readonly K[], schema: T) =>
  z.strictObject(Object.fromEntries(ids.map((id) => [id, schema])) as Record<K, T>);
const bucket = z.strictObject({ budgets: count, annual: maybe(amount) });

export const benchmarkSchema = z.strictObject({
  format: z.literal(BENCHMARK_FORMAT),
  version: z.literal(BENCHMARK_VERSION),
  area: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9 '-]{0,59}$/, { error: messageKey('validation.benchmarkArea') }),
  quarter: z
    .string()
    .regex(/^\d{4}-\d{2}-q[1-4]$/, { error: messageKey('validation.quarter', { value: '' }) }),
  rateCard: identifier(),
  population: z.union([z.null(), z.int().min(1).max(100_000_000)]),
  suppressBelow: z.literal(SUPPRESS_BELOW),
  budgets: count,
  phbs: count,
  counts: z.strictObject({ cohorts: byIds(COHORTS, routeCounts), total: routeCounts }),
  annual: z.strictObject({
    total: maybe(amount),
    weekly: maybe(amount),
    byCohort: byIds(COHORTS, maybe(amount)),
    byRoute: byIds(FUNDING_ROUTES, maybe(amount)),
    byDomain: z.record(identifier(), bucket),
    byResource: z.record(identifier(), bucket),
  }),
  annualCost: maybe(z.strictObject({ median: amount, q1: maybe(amount), q3: maybe(amount) })),
  carerFlagRates: byIds(CARER_FLAG_IDS, maybe(percent)),
  warningRates: byIds(WARNING_IDS, maybe(percent)),
  costAvoidance: maybe(
    z.strictObject({
      traditionalAnnual: amount,
      planAnnual: amount,
      avoided: amount,
      percent: maybe(percent),
    }),
  ),
  directPaymentShare: maybe(percent),
  phbsPer100k: maybe(percent),
});

export type Benchmark = z.infer<typeof benchmarkSchema>;
