/**
 * A seeded generator of realistic synthetic budgets, for tests and benchmarks of the
 * caseload view: the same seed always gives the same budgets. Budgets follow the needs
 * of a real caseload (many light plans, many daily personal care plans, fewer plans with
 * double-handed care and nights, and a few very high-cost ones), a share of them are put
 * in time (generate-plan.ts), and every budget is valid under `readBudget` and priceable
 * on the card it was made for.
 */
import { DAYS, type Day } from '../domain/days';
import { Dec } from '../domain/money';
import type { Budget, Carer, Expense, NeedLine, VisitsLine } from '../domain/schema/budget';
import { BUDGET_FORMAT, BUDGET_VERSION } from '../domain/schema/budget-values';
import type { RateCard } from '../domain/schema/rate-card';
import { ACTIVITIES, EXPENSES, FIRST_NAMES, RELATIONSHIPS, SURNAMES } from './generate-words';
import { putInTime } from './generate-plan';
import { createPrng, type Prng } from './prng';

export interface GenerateOptions {
  readonly count: number;
  readonly seed: number;
  readonly rateCard: RateCard;
  /** Lines in every budget; without it each budget has 4 to 30. */
  readonly linesPerBudget?: number;
}

/** How much support a plan holds, and how much of it is paid. */
interface Profile {
  /** Typical hours of support a week, before a random spread of 0.6 to 1.5 times. */
  readonly hours: number;
  readonly paid: number;
  readonly visits: readonly [number, number];
  readonly doubleHanded: number;
  readonly nights: number;
}

const PROFILES: readonly (Profile & { readonly share: number })[] = [
  { share: 0.35, hours: 8, paid: 0.5, visits: [1, 1], doubleHanded: 0, nights: 0 },
  { share: 0.4, hours: 20, paid: 0.75, visits: [1, 2], doubleHanded: 0.05, nights: 0 },
  { share: 0.22, hours: 50, paid: 0.85, visits: [2, 4], doubleHanded: 0.25, nights: 0.05 },
  // Very high-cost outliers: waking nights and double-handed care around the clock.
  { share: 0.03, hours: 170, paid: 0.95, visits: [3, 4], doubleHanded: 0.7, nights: 0.25 },
];

/** Mixed into the seed for the plan-in-time stream (any fixed odd number would do). */
const TIME_STREAM = 0x5bd1e995;

/** Caps an unpaid carer's week well under the 168 hours a file may hold. */
const CARER_WEEK_CAP = 80 * 60;

export function generateBudgets(options: GenerateOptions): Budget[] {
  return [...budgetStream(options)];
}

/**
 * The same budgets as `generateBudgets`, one at a time, so a nation's caseload (200,000)
 * can be priced without holding every budget at once.
 */
export function* budgetStream(options: GenerateOptions): Generator<Budget> {
  const random = createPrng(options.seed);
  // Dates come from a stream of their own, so budgets without a plan are what they always were.
  const timeRandom = createPrng(options.seed ^ TIME_STREAM);
  for (let index = 0; index < options.count; index++)
    yield putInTime(timeRandom, generateOne(random, options, index), options.rateCard);
}

function generateOne(random: Prng, options: GenerateOptions, index: number): Budget {
  const card = options.rateCard;
  const profile = chooseProfile(random);
  const name = `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
  const number = String(index + 1).padStart(5, '0');
  const fundingRoute = random.chance(0.72)
    ? 'direct-payment'
    : random.chance(0.7)
      ? 'notional'
      : 'third-party';
  const carers = Array.from({ length: random.chance(0.55) ? random.int(1, 2) : 0 }, (_, i) =>
    makeCarer(random, i),
  );
  const lineCount = options.linesPerBudget ?? random.int(4, 30);
  // Minutes a week each line aims at, so a plan's size follows its profile, not its line count.
  const perLine = (profile.hours * 60 * (0.6 + random.next() * 0.9)) / Math.max(lineCount, 1);
  const carerMinutes = new Map<string, number>();
  const lines: NeedLine[] = [];
  for (let i = 0; i < lineCount; i++)
    lines.push(makeLine(random, card, profile, perLine, carers, carerMinutes, i));
  const expenses = Array.from({ length: random.int(0, 3) }, (_, i) => makeExpense(random, card, i));
  return {
    format: BUDGET_FORMAT,
    version: BUDGET_VERSION,
    id: `syn-${options.seed}-${number}`,
    title: `Support plan for ${name} (synthetic)`,
    person: { name, reference: `SYN-${number}` },
    fundingRoute,
    rateCard: card.id,
    indicativeAnnual: random.chance(0.3) ? pounds(random.int(4000, 70000) * 100) : null,
    carers,
    lines,
    expenses,
  };
}

function chooseProfile(random: Prng): Profile {
  let roll = random.next();
  for (const profile of PROFILES) {
    if (roll < profile.share) return profile;
    roll -= profile.share;
  }
  return PROFILES[0] as Profile;
}

function makeCarer(random: Prng, index: number): Carer {
  return {
    id: `c${index + 1}`,
    name: `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`,
    relationship: random.pick(RELATIONSHIPS),
    age: random.int(25, 88),
    ownHealthCondition: random.chance(0.15),
    willingAndAble: random.chance(0.92),
  };
}

function makeLine(
  random: Prng,
  card: RateCard,
  profile: Profile,
  perLine: number,
  carers: readonly Carer[],
  carerMinutes: Map<string, number>,
  index: number,
): NeedLine {
  const domains = card.domains.map((domain) => domain.id);
  // Personal care is the most common need in home care; other areas share the rest.
  const domain =
    random.chance(0.45) && domains.includes('personal-care')
      ? 'personal-care'
      : random.pick(domains);
  const activity = random.pick(ACTIVITIES[domain] ?? ['Support at home']);
  const id = `l${index + 1}`;
  const personalCare = domain === 'personal-care';
  const days = chooseDays(random, personalCare);
  if (random.chance(profile.nights / 2) && personalCare) {
    const resource = random.chance(0.5) ? 'registered-provider' : 'personal-assistant';
    return {
      id,
      kind: 'sleep-in',
      domain,
      activity: 'Someone sleeping in overnight',
      resource,
      workers: 1,
      days,
    };
  }
  const night = personalCare && random.chance(profile.nights);
  const visitsPerDay = night || !personalCare ? 1 : random.int(...profile.visits);
  // NICE advises personal care visits of at least 30 minutes; some plans still hold 15.
  const shortest = personalCare && random.chance(0.1) ? 15 : 30;
  const minutes = night
    ? random.pick([480, 600])
    : visitMinutes(perLine / (days.length * visitsPerDay), shortest);
  const visit: Visit = {
    id,
    domain,
    activity,
    visitsPerDay,
    period: night ? 'night' : 'day',
    days,
  };
  if (!random.chance(profile.paid)) {
    const carer = carers.length > 0 && random.chance(0.6) ? random.pick(carers) : undefined;
    // Family carers often give far more than any one paid visit: the care a plan leans on.
    const carerVisit = visitMinutes((perLine * 3) / (days.length * visitsPerDay), 30);
    const weekly = carerVisit * visitsPerDay * days.length;
    if (carer !== undefined && (carerMinutes.get(carer.id) ?? 0) + weekly <= CARER_WEEK_CAP) {
      carerMinutes.set(carer.id, (carerMinutes.get(carer.id) ?? 0) + weekly);
      return visitsLine(visit, carerVisit, 'unpaid-carer', 1, { carer: carer.id });
    }
    return visitsLine(visit, minutes, 'community', 1);
  }
  const workers = random.chance(profile.doubleHanded) ? 2 : 1;
  if (random.chance(0.35)) return visitsLine(visit, minutes, 'personal-assistant', workers);
  const providers = card.registeredProvider.providers;
  const provider =
    providers.length > 0 && random.chance(0.6) ? random.pick(providers).id : undefined;
  return visitsLine(visit, minutes, 'registered-provider', workers, { provider });
}

/** What a visits line says of the visits themselves, but for their length and who gives them. */
interface Visit {
  readonly id: string;
  readonly domain: string;
  readonly activity: string;
  readonly visitsPerDay: number;
  readonly period: 'day' | 'night';
  readonly days: Day[];
}

/**
 * A visits line, its fields in the order the generator has always written them, so a seed
 * makes the same files. Each field is put on one new object in turn rather than spread
 * over a shared part: on Node 20 an object spread with fields after it was most of the
 * generator's time, and its garbage slowed the pricing timed beside it
 * (docs/performance.md, twentieth round).
 */
function visitsLine(
  { id, domain, activity, visitsPerDay, period, days }: Visit,
  minutes: number,
  resource: VisitsLine['resource'],
  workers: number,
  // Each named only when given: an undefined one is left off the line.
  who: { readonly carer?: string | undefined; readonly provider?: string | undefined } = {},
): VisitsLine {
  const line: Partial<VisitsLine> = {
    id,
    kind: 'visits',
    domain,
    activity,
    minutes,
    visitsPerDay,
    period,
    days,
    resource,
  };
  if (who.carer !== undefined) line.carer = who.carer;
  line.workers = workers;
  if (who.provider !== undefined) line.provider = who.provider;
  // Every field a visits line needs is set above.
  return line as VisitsLine;
}

/** Personal care is mostly every day or every weekday; other support a day or a few a week. */
function chooseDays(random: Prng, personalCare: boolean): Day[] {
  const roll = random.next();
  if (roll < (personalCare ? 0.55 : 0.05)) return [...DAYS];
  if (roll < (personalCare ? 0.75 : 0.15)) return DAYS.slice(0, 5);
  const chosen = DAYS.filter(() => random.chance(0.25));
  return chosen.length > 0 ? chosen : [random.pick(DAYS)];
}

/** A visit length as commissioned: whole quarter hours from the shortest to 4 hours. */
function visitMinutes(target: number, shortest: number): number {
  return Math.min(240, Math.max(shortest, Math.round(target / 15) * 15));
}

function makeExpense(random: Prng, card: RateCard, index: number): Expense {
  const template = random.pick(EXPENSES);
  const domains = card.domains.map((domain) => domain.id);
  const expense: Expense = {
    id: `e${index + 1}`,
    description: template.description,
    amount: pounds(random.int(template.pence[0], template.pence[1])),
    frequency: template.frequency,
    kind: template.kind,
  };
  return random.chance(0.8) ? { ...expense, domain: random.pick(domains) } : expense;
}

/** Whole pence as a two-decimal money string, "1234.50". */
function pounds(pence: number): string {
  return new Dec(pence).div(100).toFixed(2);
}
