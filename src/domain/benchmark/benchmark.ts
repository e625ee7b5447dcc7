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
import { Dec, parseMoney, roundPercent, sumMoney, toMoneyText, type Money } from '../money';
import { COHORTS, FUNDING_ROUTES, type Cohort, type FundingRoute } from '../schema/budget-values';
import { costAvoidance } from '../traditional';
import { WARNING_IDS } from '../warnings';
import type { CaseloadFigures } from '../caseload/figures';
import { quarterHolding } from '../caseload/quarter';
import { medianOfSorted, quartilesOfSorted, sortAmounts } from '../caseload/statistics';
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

const cell = (cohort: string, route: string) => `${cohort}|${route}`;

export function benchmarkOf(
  entries: readonly CaseloadFigures[],
  options: BenchmarkOptions,
): Benchmark {
  const counts = new Map<string, number>();
  const add = (id: string, by = 1) => counts.set(id, (counts.get(id) ?? 0) + by);
  for (const cohort of COHORTS)
    for (const route of [...FUNDING_ROUTES, 'total']) counts.set(cell(cohort, route), 0);
  for (const route of [...FUNDING_ROUTES, 'total']) counts.set(cell('all', route), 0);
  counts.set('phbs', 0);
  for (const entry of entries) {
    add(cell(entry.cohort, entry.fundingRoute));
    add(cell(entry.cohort, 'total'));
    add(cell('all', entry.fundingRoute));
    add(cell('all', 'total'));
    if (entry.cohort !== 'social-care') add('phbs');
  }
  const domains = bucketCounts(entries, (entry) => entry.byDomain, 'domain');
  const resources = bucketCounts(entries, (entry) => entry.byResource, 'resource');
  for (const [id, value] of [...domains, ...resources]) counts.set(id, value);
  const all = cell('all', 'total');
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
    { total: all, parts: [...domains.keys()] },
    { total: all, parts: [...resources.keys()] },
  ];
  const withheld = suppressedCounts(counts, sums);
  const shown = (id: string) => (withheld.has(id) ? null : (counts.get(id) ?? 0));
  const published = (id: string) => !withheld.has(id);
  const sumOf = (
    chosen: readonly CaseloadFigures[],
    pick: (entry: CaseloadFigures) => string | undefined,
  ) => toMoneyText(sumMoney(chosen.map((entry) => parseMoney(pick(entry) ?? '0.00'))));
  const total = shown(all);
  const annuals = sortAmounts(entries.map((entry) => parseMoney(entry.totals.annual)));
  const quartiles = quartilesOfSorted(annuals);
  const rate = (found: number) =>
    total === null || found < SUPPRESS_BELOW || total - found < SUPPRESS_BELOW
      ? null
      : roundPercent(new Dec(found).times(100).div(total));
  const countWith = (pick: (entry: CaseloadFigures) => readonly string[], id: string) =>
    entries.filter((entry) => pick(entry).includes(id)).length;
  const phbs = shown('phbs');
  const avoidance = costAvoidance(
    sumMoney(entries.map((entry) => parseMoney(entry.traditional.annual))),
    sumMoney(annuals),
  );
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
    phbs,
    counts: {
      cohorts: Object.fromEntries(
        COHORTS.map((cohort) => [cohort, routeCounts(cohort, shown)]),
      ) as Benchmark['counts']['cohorts'],
      total: routeCounts('all', shown),
    },
    annual: {
      total: total === null ? null : toMoneyText(sumMoney(annuals)),
      weekly: total === null ? null : sumOf(entries, (entry) => entry.totals.weekly),
      byCohort: Object.fromEntries(
        COHORTS.map((cohort: Cohort) => [
          cohort,
          published(cell(cohort, 'total'))
            ? sumOf(
                entries.filter((e) => e.cohort === cohort),
                (e) => e.totals.annual,
              )
            : null,
        ]),
      ) as Benchmark['annual']['byCohort'],
      byRoute: Object.fromEntries(
        FUNDING_ROUTES.map((route: FundingRoute) => [
          route,
          published(cell('all', route))
            ? sumOf(
                entries.filter((e) => e.fundingRoute === route),
                (e) => e.totals.annual,
              )
            : null,
        ]),
      ) as Benchmark['annual']['byRoute'],
      byDomain: buckets(domains, shown, (id) =>
        sumOf(entries, (entry) => entry.byDomain[id.slice('domain:'.length)]?.annual),
      ),
      byResource: buckets(resources, shown, (id) =>
        sumOf(entries, (entry) => entry.byResource[id.slice('resource:'.length)]?.annual),
      ),
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
      CARER_FLAG_IDS.map((id) => [id, rate(countWith((e) => e.carerFlags, id))]),
    ) as Benchmark['carerFlagRates'],
    warningRates: Object.fromEntries(
      WARNING_IDS.map((id) => [id, rate(countWith((e) => e.warnings, id))]),
    ) as Benchmark['warningRates'],
    costAvoidance:
      total === null
        ? null
        : {
            traditionalAnnual: toMoneyText(
              sumMoney(entries.map((entry) => parseMoney(entry.traditional.annual))),
            ),
            planAnnual: toMoneyText(sumMoney(annuals)),
            avoided: toMoneyText(avoidance.annual),
            percent: avoidance.percent,
          },
    directPaymentShare:
      total === null || directPayments === null
        ? null
        : roundPercent(new Dec(directPayments).times(100).div(total)),
    phbsPer100k:
      phbs === null || options.population === null
        ? null
        : roundPercent(new Dec(phbs).times(100_000).div(options.population)),
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

/** How many budgets spend anything in each area of life (or with each who gives support), by `kind:id`. */
function bucketCounts(
  entries: readonly CaseloadFigures[],
  pick: (entry: CaseloadFigures) => Readonly<Record<string, { annual: string }>>,
  kind: string,
): Map<string, number> {
  const found = new Map<string, number>();
  for (const entry of entries) {
    for (const [id, amounts] of Object.entries(pick(entry))) {
      const key = `${kind}:${id}`;
      found.set(key, (found.get(key) ?? 0) + (parseMoney(amounts.annual).isZero() ? 0 : 1));
    }
  }
  return found;
}

function buckets(
  found: ReadonlyMap<string, number>,
  shown: (id: string) => number | null,
  annual: (id: string) => string,
): Record<string, { budgets: number | null; annual: string | null }> {
  return Object.fromEntries(
    [...found.keys()].sort().map((id) => {
      const budgets = shown(id);
      return [
        id.slice(id.indexOf(':') + 1),
        { budgets, annual: budgets === null ? null : annual(id) },
      ];
    }),
  );
}
