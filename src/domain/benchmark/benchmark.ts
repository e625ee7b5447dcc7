/**
 * A caseload's benchmark file (docs/benchmark-file.md): counts and money only, by cohort,
 * funding route, area of life and who gives support, with the median and quartiles of the
 * annual cost, carer-flag and warning rates, cost avoided, the direct-payment share and
 * PHBs per 100,000 people. Nothing of a budget's words, names, references, ids or dates
 * is read into it: only its cohort, route, amounts, flag and warning ids. Every count
 * under 5 is withheld, with the secondary withholding of suppression.ts; a sum of money
 * is given only where the count of budgets in it is.
 */
import { CARER_FLAG_IDS } from '../carer-burden';
import { Dec, parseMoney, roundPercent, toMoneyText, type Money } from '../money';
import { sumMoneyTexts } from '../pence';
import { COHORTS, FUNDING_ROUTES, type Cohort, type FundingRoute } from '../schema/budget-values';
import { costAvoidance } from '../traditional';
import { WARNING_IDS } from '../warnings';
import type { CaseloadFigures } from '../caseload/figures';
import { quarterHolding } from '../caseload/quarter';
import { medianOfSorted, quartilesOfSorted, type SortedAmounts } from '../caseload/statistics';
import { byCodeUnits } from '../code-unit-order';
import { benchmarkPartOf, cell, type BenchmarkPart } from './benchmark-part';
import { BENCHMARK_FORMAT, BENCHMARK_VERSION, type Benchmark } from './benchmark-schema';
import { suppressedCounts, SUPPRESS_BELOW, type SumRelation } from './suppression';

export interface BenchmarkOptions {
  /** The area's label, as the region will read it: letters, digits, spaces, hyphens. */
  readonly area: string;
  /** The day the caseload is priced as at: only its quarter goes in the file. */
  readonly asOf: string;
  readonly rateCard: string;
  /** People living in the area, for PHBs per 100,000; null when not given. */
  readonly population: number | null;
}

/** The benchmark file of these priced budgets. */
export function benchmarkOf(
  entries: readonly CaseloadFigures[],
  options: BenchmarkOptions,
): Benchmark {
  return benchmarkOfPart(benchmarkPartOf(entries), options);
}

/** The benchmark file of a part that is the whole caseload (benchmark-part.ts). */
export function benchmarkOfPart(part: BenchmarkPart, options: BenchmarkOptions): Benchmark {
  const counts = new Map<string, number>();
  const all = cell('all', 'total');
  for (const route of [...FUNDING_ROUTES, 'total']) counts.set(cell('all', route), 0);
  for (const cohort of COHORTS) {
    counts.set(cell(cohort, 'total'), 0);
    for (const route of FUNDING_ROUTES) {
      const found = part.cells[cell(cohort, route)] ?? 0;
      counts.set(cell(cohort, route), found);
      for (const sum of [cell(cohort, 'total'), cell('all', route), all])
        counts.set(sum, (counts.get(sum) ?? 0) + found);
    }
  }
  // Every budget is a personal health budget but social care's.
  let phbs = 0;
  for (const [key, found] of Object.entries(part.cells))
    if (!key.startsWith(cell('social-care', ''))) phbs += found;
  counts.set('phbs', phbs);
  const domains = bucketsOf(part, 'domain');
  const resources = bucketsOf(part, 'resource');
  for (const id of [...domains, ...resources]) counts.set(id, part.buckets[id] ?? 0);
  const sums: SumRelation[] = [
    ...COHORTS.map((cohort) => ({
      total: cell(cohort, 'total'),
      parts: FUNDING_ROUTES.map((route) => cell(cohort, route)),
    })),
    ...[...FUNDING_ROUTES, 'total'].map((route) => ({
      total: cell('all', route),
      parts: COHORTS.map((cohort) => cell(cohort, route)),
    })),
    { total: all, parts: FUNDING_ROUTES.map((route) => cell('all', route)) },
    { total: all, parts: ['phbs', cell('social-care', 'total')] },
    // The money of every area of life, and of everyone who gives support, adds up to the total.
    { total: all, parts: domains },
    { total: all, parts: resources },
  ];
  const withheld = suppressedCounts(counts, sums);
  const shown = (id: string) => (withheld.has(id) ? null : (counts.get(id) ?? 0));
  const published = (id: string) => !withheld.has(id);
  /** The annual costs of the cells `keys` name, summed. */
  const annualOf = (keys: readonly string[]) =>
    sumMoneyTexts(keys.map((key) => part.cellAnnual[key] ?? '0.00'));
  const total = shown(all);
  // Read only where the median and quartiles fall, as the caseload's summary does.
  const annuals: SortedAmounts = {
    length: part.annuals.length,
    at: (index) => {
      const text = part.annuals[index];
      return text === undefined ? undefined : parseMoney(text);
    },
  };
  const annual = parseMoney(sumMoneyTexts(part.annuals));
  const quartiles = quartilesOfSorted(annuals);
  const rate = (found: number) =>
    total === null || found < SUPPRESS_BELOW || total - found < SUPPRESS_BELOW
      ? null
      : roundPercent(new Dec(found).times(100).div(total));
  const shownPhbs = shown('phbs');
  const avoidance = costAvoidance(parseMoney(part.traditionalAnnual), annual);
  const directPayments = shown(cell('all', 'direct-payment'));
  return {
    format: BENCHMARK_FORMAT,
    version: BENCHMARK_VERSION,
    area: options.area,
    quarter: quarterHolding(options.asOf).id,
    rateCard: options.rateCard,
    population: options.population,
    suppressBelow: SUPPRESS_BELOW,
    budgets: total,
    phbs: shownPhbs,
    counts: {
      cohorts: Object.fromEntries(
        COHORTS.map((cohort) => [cohort, routeCounts(cohort, shown)]),
      ) as Benchmark['counts']['cohorts'],
      total: routeCounts('all', shown),
    },
    annual: {
      total: total === null ? null : toMoneyText(annual),
      weekly: total === null ? null : part.weekly,
      byCohort: Object.fromEntries(
        COHORTS.map((cohort: Cohort) => [
          cohort,
          published(cell(cohort, 'total'))
            ? annualOf(FUNDING_ROUTES.map((route) => cell(cohort, route)))
            : null,
        ]),
      ) as Benchmark['annual']['byCohort'],
      byRoute: Object.fromEntries(
        FUNDING_ROUTES.map((route: FundingRoute) => [
          route,
          published(cell('all', route))
            ? annualOf(COHORTS.map((cohort) => cell(cohort, route)))
            : null,
        ]),
      ) as Benchmark['annual']['byRoute'],
      byDomain: buckets(domains, shown, (id) => part.bucketAnnual[id] ?? '0.00'),
      byResource: buckets(resources, shown, (id) => part.bucketAnnual[id] ?? '0.00'),
    },
    annualCost:
      total === null
        ? null
        : {
            median: toMoneyText(medianOfSorted(annuals) as Money),
            q1: quartiles === null ? null : toMoneyText(quartiles.q1),
            q3: quartiles === null ? null : toMoneyText(quartiles.q3),
          },
    carerFlagRates: Object.fromEntries(
      CARER_FLAG_IDS.map((id) => [id, rate(part.carerFlags[id] ?? 0)]),
    ) as Benchmark['carerFlagRates'],
    warningRates: Object.fromEntries(
      WARNING_IDS.map((id) => [id, rate(part.warnings[id] ?? 0)]),
    ) as Benchmark['warningRates'],
    costAvoidance:
      total === null
        ? null
        : {
            traditionalAnnual: part.traditionalAnnual,
            planAnnual: toMoneyText(annual),
            avoided: toMoneyText(avoidance.annual),
            percent: avoidance.percent,
          },
    directPaymentShare:
      total === null || directPayments === null
        ? null
        : roundPercent(new Dec(directPayments).times(100).div(total)),
    phbsPer100k:
      shownPhbs === null || options.population === null
        ? null
        : roundPercent(new Dec(shownPhbs).times(100_000).div(options.population)),
  };
}

function routeCounts(
  row: string,
  shown: (id: string) => number | null,
): Benchmark['counts']['total'] {
  return Object.fromEntries(
    [...FUNDING_ROUTES, 'total'].map((route) => [route, shown(cell(row, route))]),
  ) as Benchmark['counts']['total'];
}

/** The part's `kind:id` keys of areas of life (`domain`) or of who gives support (`resource`). */
function bucketsOf(part: BenchmarkPart, kind: 'domain' | 'resource'): string[] {
  return Object.keys(part.buckets)
    .filter((id) => id.startsWith(`${kind}:`))
    .sort(byCodeUnits);
}

function buckets(
  ids: readonly string[],
  shown: (id: string) => number | null,
  annual: (id: string) => string,
): Record<string, { budgets: number | null; annual: string | null }> {
  return Object.fromEntries(
    ids.map((id) => {
      const budgets = shown(id);
      return [
        id.slice(id.indexOf(':') + 1),
        { budgets, annual: budgets === null ? null : annual(id) },
      ];
    }),
  );
}
