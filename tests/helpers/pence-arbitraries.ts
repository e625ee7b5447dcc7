/**
 * Cards and lines made at random for the whole-number pricing's tests (entry-pence and
 * entry-from-budget): rates of any size but mostly a few pence, where halves of a penny
 * are common; on-costs and weeks a year of up to four places; agreed figures, sharing and
 * lines that do not come every week.
 */
import fc from 'fast-check';
import { DAYS } from '../../src/domain/days';
import { FREQUENCIES, type Budget, type NeedLine } from '../../src/domain/schema/budget';
import type { RateCard, Rates } from '../../src/domain/schema/rate-card';
import { lineKind } from './arbitraries';
import { budget, splitCard } from './builders';

export const base = splitCard();
export const DOMAINS = ['personal-care', 'domestic', 'social', 'education', 'work'] as const;

/** Pence as a money text: most small, where halves of a penny are common, some large. */
export const moneyText = fc
  .oneof(
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 5_000 }) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 200 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 99_999_999_999 }) },
  )
  .map((p) => `${Math.floor(p / 100)}.${String(p % 100).padStart(2, '0')}`);

/** A decimal text of zero to four places, as a card's percents and weeks a year are written. */
const decimalText = (min: number, max: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: 4 }), fc.double({ min, max, noNaN: true }))
    .map(([places, value]) => {
      const text = value.toFixed(places);
      return Number(text) > max ? String(max) : Number(text) < min ? String(min) : text;
    })
    .map((text) =>
      text.replace(/^(\d+)\.(\d*?)0+$/, (_, whole, rest) => (rest ? `${whole}.${rest}` : whole)),
    );

const rates: fc.Arbitrary<Rates> = fc.record({
  day: fc.record({ weekday: moneyText, weekend: moneyText }),
  night: fc.record({ weekday: moneyText, weekend: moneyText }),
  sleepIn: moneyText,
});

export const cardArbitrary: fc.Arbitrary<RateCard> = fc
  .record({
    standard: rates,
    p1: rates,
    p2: rates,
    pay: rates,
    weeksPerYear: fc.oneof(fc.constant('52'), fc.constant('52.143'), decimalText(52, 53)),
    onCosts: fc.array(decimalText(0, 100), { maxLength: 3 }),
    employerCosts: fc.array(
      fc.record({
        amount: moneyText,
        per: fc.constantFrom(...FREQUENCIES),
      }),
      { maxLength: 2 },
    ),
    settings: fc.array(
      fc.record({ weeklyFee: moneyText, fncWeekly: fc.option(moneyText, { nil: undefined }) }),
      {
        maxLength: 2,
      },
    ),
  })
  .map((made) => ({
    ...base,
    weeksPerYear: made.weeksPerYear,
    registeredProvider: {
      ...base.registeredProvider,
      standard: made.standard,
      providers: base.registeredProvider.providers.map((provider, index) => ({
        ...provider,
        rates: index === 0 ? made.p1 : made.p2,
      })),
    },
    personalAssistant: {
      ...base.personalAssistant,
      pay: made.pay,
      onCosts: made.onCosts.map((percent, index) => ({
        id: `on${index}`,
        name: { en: 'On-cost', cy: 'Ar-gost' },
        percent,
      })),
      employerCosts: made.employerCosts.map((cost, index) => ({
        id: `ec${index}`,
        name: { en: 'Cost', cy: 'Cost' },
        ...cost,
      })),
    },
    settings: made.settings.map((setting, index) => ({
      id: `s${index}`,
      name: { en: 'Home', cy: 'Cartref' },
      weeklyFee: setting.weeklyFee,
      ...(setting.fncWeekly === undefined ? {} : { fncWeekly: setting.fncWeekly }),
    })),
  }));

const agreedFigure = fc.oneof(
  fc.record({ hourly: moneyText }),
  fc.record({ perNight: moneyText }),
  fc.record({ hourly: moneyText, perNight: moneyText }),
);

export const lineArbitrary: fc.Arbitrary<NeedLine> = fc
  .record({
    resource: fc.constantFrom(
      'registered-provider' as const,
      'personal-assistant' as const,
      'unpaid-carer' as const,
      'community' as const,
    ),
    provider: fc.constantFrom(undefined, 'p1', 'p2'),
    agreed: fc.option(agreedFigure, { nil: undefined }),
    workers: fc.integer({ min: 1, max: 3 }),
    days: fc.subarray([...DAYS], { minLength: 1 }),
    domain: fc.constantFrom(...DOMAINS),
    shape: lineKind(6),
    sharedBy: fc.option(fc.integer({ min: 2, max: 7 }), { nil: undefined }),
    frequency: fc.option(
      fc.oneof(
        fc.record({ everyWeeks: fc.integer({ min: 2, max: 52 }) }),
        fc.record({ weeksAYear: fc.integer({ min: 1, max: 52 }) }),
      ),
      { nil: undefined },
    ),
  })
  .map((made) => {
    const paid = made.resource === 'registered-provider' || made.resource === 'personal-assistant';
    return {
      id: 'l1',
      domain: made.domain,
      activity: 'Support',
      resource: made.resource,
      workers: made.workers,
      days: made.days,
      ...made.shape,
      ...(made.resource === 'registered-provider' && made.provider !== undefined
        ? { provider: made.provider }
        : {}),
      ...(made.agreed === undefined || !paid
        ? {}
        : made.resource === 'registered-provider'
          ? { agreedRate: made.agreed, agreedSource: 'Panel' }
          : { agreedPay: made.agreed, agreedSource: 'Panel' }),
      ...(made.sharedBy === undefined || !paid ? {} : { sharedBy: made.sharedBy }),
      ...(made.frequency === undefined ? {} : { frequency: made.frequency }),
    };
  });

/**
 * Budgets made at random for the entry made from its budget (entry-from-budget.test.ts),
 * as at 2025-06-01: lines, expenses and plans around that day, so some are not in force;
 * carers whose lines raise their flags, named PAs with contracts, investments with
 * effects, plans agreed above their sums, who pays and contingencies.
 */

/** Days around the as-at day, so that some lines, expenses and plans are not in force on it. */
const date = fc
  .integer({ min: -400, max: 400 })
  .map((offset) => new Date(Date.UTC(2025, 5, 1 + offset)).toISOString().slice(0, 10));

const hoursText = fc.oneof(
  fc.integer({ min: 0, max: 60 }).map(String),
  fc.integer({ min: 0, max: 600 }).map((tenths) => (tenths / 10).toFixed(1)),
);

/** The card with a pay floor, a policy and carer thresholds of its own, sometimes. */
export const awkwardCard: fc.Arbitrary<RateCard> = fc
  .record({
    card: cardArbitrary,
    // Some floors are exactly the card's pay, where a PA is paid the floor and lawfully.
    payFloor: fc.option(fc.oneof(moneyText, fc.constantFrom('day', 'night' as const)), {
      nil: undefined,
    }),
    maxWeeklyCharge: fc.option(moneyText, { nil: undefined }),
    delegated: fc.option(moneyText, { nil: undefined }),
    thresholds: fc.option(
      fc.tuple(hoursText, hoursText, hoursText, fc.integer({ min: 1, max: 7 })),
      { nil: undefined },
    ),
  })
  .map(({ card, payFloor, maxWeeklyCharge, delegated, thresholds }) => ({
    ...card,
    personalAssistant: {
      ...card.personalAssistant,
      ...(payFloor === undefined
        ? {}
        : {
            payFloor:
              payFloor === 'day' || payFloor === 'night'
                ? card.personalAssistant.pay[payFloor].weekday
                : payFloor,
          }),
    },
    ...(maxWeeklyCharge === undefined && delegated === undefined
      ? {}
      : {
          policy: {
            ...(delegated === undefined ? {} : { delegatedAuthorityLimit: delegated }),
            ...(maxWeeklyCharge === undefined ? {} : { charging: { maxWeeklyCharge } }),
          },
        }),
    ...(thresholds === undefined
      ? {}
      : {
          carerPolicy: {
            ...card.carerPolicy,
            noticeHours: thresholds[0],
            highHours: thresholds[1],
            veryHighHours: thresholds[2],
            nightsPerWeek: thresholds[3],
          },
        }),
  }));

const carerArbitrary = (id: string) =>
  fc.record({
    id: fc.constant(id),
    name: fc.constant('Sam'),
    age: fc.option(fc.integer({ min: 18, max: 95 }), { nil: undefined }),
    ownHealthCondition: fc.boolean(),
    willingAndAble: fc.boolean(),
  });

const datedLine = fc.record({
  line: lineArbitrary,
  from: fc.option(date, { nil: undefined }),
  until: fc.option(date, { nil: undefined }),
  carer: fc.constantFrom('c1', 'c2'),
  assistant: fc.option(fc.constantFrom('a1', 'a2'), { nil: undefined }),
  /** Carers' lines long enough and often enough to raise their flags. */
  longer: fc.boolean(),
});

const expenseArbitrary = fc.record({
  domain: fc.option(fc.constantFrom(...DOMAINS), { nil: undefined }),
  amount: moneyText,
  frequency: fc.constantFrom(...FREQUENCIES),
  kind: fc.constantFrom('expense' as const, 'investment' as const),
  from: fc.option(date, { nil: undefined }),
  until: fc.option(date, { nil: undefined }),
  date: fc.option(date, { nil: undefined }),
  ends: fc.array(fc.integer({ min: 0, max: 11 }), { maxLength: 3 }),
  starts: fc.array(fc.integer({ min: 0, max: 11 }), { maxLength: 3 }),
});

export const awkwardBudget: fc.Arbitrary<Budget> = fc
  .record({
    lines: fc.array(datedLine, { maxLength: 12 }),
    expenses: fc.array(expenseArbitrary, { maxLength: 4 }),
    carers: fc.tuple(carerArbitrary('c1'), carerArbitrary('c2')),
    assistants: fc.option(fc.tuple(hoursText, hoursText), { nil: undefined }),
    fundingRoute: fc.constantFrom(
      'direct-payment' as const,
      'notional' as const,
      'third-party' as const,
    ),
    indicativeAnnual: fc.option(moneyText, { nil: undefined }),
    plan: fc.option(
      fc.record({
        start: date,
        end: fc.option(date, { nil: undefined }),
        status: fc.constantFrom('draft', 'proposed', 'agreed', 'active', 'ended'),
        comparatorAnnual: fc.option(moneyText, { nil: undefined }),
        cohort: fc.option(fc.constantFrom('social-care', 'adult-chc'), { nil: undefined }),
      }),
      { nil: undefined },
    ),
    approved: fc.boolean(),
    whoPays: fc.option(
      fc.record({
        contributionWeekly: fc.option(moneyText, { nil: undefined }),
        funder: fc.constantFrom('icb' as const, 'council' as const, 'joint' as const),
        icbPercent: fc.option(
          fc.integer({ min: 0, max: 10_000 }).map((hundredths) => String(hundredths / 100)),
          { nil: undefined },
        ),
      }),
      { nil: undefined },
    ),
    contingency: fc.option(
      fc.record({
        providerCover: fc.option(fc.record({ days: fc.integer({ min: 1, max: 30 }) }), {
          nil: undefined,
        }),
        inBudget: fc.option(fc.boolean(), { nil: undefined }),
      }),
      { nil: undefined },
    ),
  })
  .map((made): Budget => {
    const plan =
      made.plan === undefined
        ? undefined
        : {
            start: made.plan.start,
            status: made.plan.status,
            ...(made.plan.end === undefined || made.plan.end < made.plan.start
              ? {}
              : { end: made.plan.end }),
            ...(made.plan.cohort === undefined ? {} : { cohort: made.plan.cohort }),
            ...(made.plan.comparatorAnnual === undefined
              ? {}
              : { comparatorAnnual: made.plan.comparatorAnnual }),
          };
    const lines = made.lines.map(({ line, from, until, carer, assistant, longer }, index) => {
      const made: NeedLine = {
        ...line,
        id: `l${index}`,
        ...(from === undefined ? {} : { from }),
        ...(until === undefined ? {} : { until }),
      };
      if (made.resource === 'unpaid-carer') {
        const { sharedBy: _shared, ...rest } = made;
        return {
          ...rest,
          carer,
          workers: 1,
          ...(longer && rest.kind === 'visits' ? { minutes: 300, days: [...DAYS] } : {}),
        };
      }
      return made.resource === 'personal-assistant' && assistant !== undefined
        ? { ...made, assistant }
        : made;
    });
    const lineIds = (positions: readonly number[]) =>
      positions.filter((position) => position < lines.length).map((position) => `l${position}`);
    return budget({
      rateCard: base.id,
      fundingRoute: made.fundingRoute,
      carers: [...made.carers].map(({ age, ...carer }) => ({
        ...carer,
        ...(age === undefined ? {} : { age }),
      })),
      lines,
      expenses: made.expenses.map(
        ({ domain, from, until, date: day, ends, starts, ...expense }, index) => ({
          ...expense,
          id: `e${index}`,
          description: 'Expense',
          ...(domain === undefined ? {} : { domain }),
          ...(expense.frequency === 'one-off'
            ? day === undefined
              ? {}
              : { date: day }
            : {
                ...(from === undefined ? {} : { from }),
                ...(until === undefined ? {} : { until }),
              }),
          ...(expense.kind === 'investment' && expense.frequency === 'one-off'
            ? { effect: { ends: lineIds(ends), starts: lineIds(starts) } }
            : {}),
        }),
      ),
      ...(made.assistants === undefined
        ? {}
        : {
            assistants: made.assistants.map((contractedHoursWeekly, index) => ({
              id: `a${index + 1}`,
              name: 'Kim',
              contractedHoursWeekly,
            })),
          }),
      indicativeAnnual: made.indicativeAnnual ?? null,
      ...(plan === undefined ? {} : { plan }),
      ...(plan === undefined || !['agreed', 'active', 'ended'].includes(plan.status)
        ? {}
        : {
            statusChanges: [
              {
                from: 'proposed',
                to: 'agreed',
                date: plan.start,
                by: { name: 'Lee', role: 'social-worker' },
                ...(made.approved
                  ? { approval: { name: 'Pat', role: 'team-manager', reason: 'Needed' } }
                  : {}),
              },
            ],
            reviews: [],
          }),
      ...(made.whoPays === undefined
        ? {}
        : {
            whoPays: {
              funder: made.whoPays.funder,
              ...(made.whoPays.contributionWeekly === undefined
                ? {}
                : { contributionWeekly: made.whoPays.contributionWeekly }),
              ...(made.whoPays.funder === 'joint' && made.whoPays.icbPercent !== undefined
                ? { icbPercent: made.whoPays.icbPercent }
                : {}),
            },
          }),
      ...(made.contingency === undefined
        ? {}
        : {
            contingency: {
              ...(made.contingency.providerCover === undefined
                ? {}
                : { providerCover: made.contingency.providerCover }),
              ...(made.contingency.inBudget === undefined
                ? {}
                : { inBudget: made.contingency.inBudget }),
            },
          }),
    });
  });
