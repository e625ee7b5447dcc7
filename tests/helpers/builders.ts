/** Small, valid budgets and cards for rule tests: each test states only what it is about. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { priceOnCard, type BudgetPricing } from '../../src/domain/pricing/price-budget';
import { readBudget, readRateCard } from '../../src/domain/read';
import { toReport, type PricingReport } from '../../src/domain/report';
import type {
  Budget,
  Carer,
  Expense,
  SleepInLine,
  VisitsLine,
} from '../../src/domain/schema/budget';
import type { RateCard } from '../../src/domain/schema/rate-card';

export const ROOT = join(import.meta.dirname, '..', '..');

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
}

export function loadCard(path: string): RateCard {
  const result = readRateCard(readJson(path));
  if (!result.ok) throw new Error(`${path}: ${JSON.stringify(result.problems)}`);
  return result.value;
}

/** Round figures that are easy to check by hand: weekday 20, weekend 30, night +5. */
export const splitCard = (): RateCard => loadCard('tests/fixtures/rate-cards/split-rates.json');
export const anchorCard = (): RateCard =>
  loadCard('tests/fixtures/rate-cards/anchor-hca-2025-26.json');

export function visits(fields: Partial<VisitsLine> = {}): VisitsLine {
  return {
    id: 'l1',
    kind: 'visits',
    domain: 'personal-care',
    activity: 'Help to wash and dress',
    resource: 'registered-provider',
    minutes: 60,
    visitsPerDay: 1,
    workers: 1,
    period: 'day',
    days: ['mon'],
    ...fields,
  };
}

export function sleepIn(fields: Partial<SleepInLine> = {}): SleepInLine {
  return {
    id: 's1',
    kind: 'sleep-in',
    domain: 'personal-care',
    activity: 'Someone sleeping in',
    resource: 'personal-assistant',
    workers: 1,
    days: ['fri'],
    ...fields,
  };
}

export function carer(fields: Partial<Carer> = {}): Carer {
  return {
    id: 'c1',
    name: 'Sam',
    age: 50,
    ownHealthCondition: false,
    willingAndAble: true,
    ...fields,
  };
}

export function expense(fields: Partial<Expense> = {}): Expense {
  return {
    id: 'e1',
    domain: 'social',
    description: 'Day centre',
    amount: '10.00',
    frequency: 'weekly',
    kind: 'expense',
    ...fields,
  };
}

export function budget(fields: Partial<Budget> = {}): Budget {
  return {
    format: 'support-budget',
    version: 1,
    id: 'b1',
    title: 'Test budget',
    person: { name: 'Test Person' },
    fundingRoute: 'direct-payment',
    rateCard: 'split-rates',
    carers: [],
    lines: [],
    expenses: [],
    ...fields,
  } as Budget;
}

/** Validates the budget as a file would be, then prices it: tests never price invalid input. */
export function price(fields: Partial<Budget>, card: RateCard = splitCard()): BudgetPricing {
  const read = readBudget(JSON.parse(JSON.stringify(budget(fields))));
  if (!read.ok) throw new Error(`invalid test budget: ${JSON.stringify(read.problems)}`);
  const priced = priceOnCard(read.value, card);
  if (!priced.ok) throw new Error(`budget not on card: ${JSON.stringify(priced.problems)}`);
  return priced.value;
}

export function report(fields: Partial<Budget>, card: RateCard = splitCard()): PricingReport {
  return toReport(price(fields, card));
}
