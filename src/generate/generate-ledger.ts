/**
 * A seeded generator of realistic synthetic ledgers, each transaction labelled with what
 * it was truly for, to measure the suggested matches (docs/ledger.md): the same seed and
 * budget always give the same ledger. Payees are written as statements write them (upper
 * case, "LTD", references, initials for a person), amounts vary around the plan's, a few
 * payments are not in the plan, and the first weeks are confirmed, as a person would have
 * confirmed them, so later payments to the same payees have a history to go on.
 */
import { addDays } from '../domain/calendar';
import { englishOf } from '../domain/forms/rate-card-form';
import { Dec } from '../domain/money';
import {
  LEDGER_FORMAT,
  LEDGER_VERSION,
  type Ledger,
  type MatchKind,
  type Transaction,
} from '../domain/ledger/ledger-schema';
import type { Budget } from '../domain/schema/budget';
import type { RateCard } from '../domain/schema/rate-card';
import { FIRST_NAMES, SURNAMES } from './generate-words';
import { createPrng, type Prng } from './prng';

export interface LedgerLabel {
  readonly kind: MatchKind;
  readonly id?: string;
}

export interface GeneratedLedger {
  readonly ledger: Ledger;
  /** What each transaction was truly for, by its id. */
  readonly labels: Readonly<Record<string, LedgerLabel>>;
  /** The transactions the person had already confirmed (the first weeks). */
  readonly confirmed: ReadonlySet<string>;
}

export interface GenerateLedgerOptions {
  readonly budget: Budget;
  readonly card: RateCard;
  readonly seed: number;
  /** Weeks of spending from the plan's start (or 2026-04-01 without a plan). */
  readonly weeks: number;
  /** Weeks at the start whose transactions are confirmed. */
  readonly confirmedWeeks?: number;
}

const AGENCIES = [
  'Bright Days Care',
  'Riverside Home Support',
  'Oak Tree Carers',
  'Helping Hands North',
];
const ORGANISATIONS = [
  'Brook Community Trust',
  'Hillside Leisure',
  'Meadow Day Services',
  'Castle Travel Club',
];
const SHOPS = [
  'TESCO STORES 2231',
  'AMAZON MKTPLACE',
  'ARGOS 0412',
  'SAINSBURYS S/MKT',
  'B&Q 1180',
  'CURRYS PC WORLD',
];

/** How a statement writes a payee: as given, upper case with LTD, or with a reference. */
function statementPayee(random: Prng, name: string): string {
  switch (random.int(0, 2)) {
    case 0:
      return name;
    case 1:
      return `${name.toUpperCase()}${/ltd|limited/i.test(name) ? '' : ' LTD'}`;
    default:
      return `${name.toUpperCase()} REF ${random.int(1000, 9999)}`;
  }
}

/** How a bank writes a person paid by transfer: in full, or surname and initial. */
function personPayee(random: Prng, name: string): string {
  const words = name.split(' ');
  const first = words[0] ?? '';
  const surname = words.at(-1) ?? '';
  switch (random.int(0, 2)) {
    case 0:
      return name;
    case 1:
      return `${first.slice(0, 1)} ${surname}`.toUpperCase();
    default:
      return `${surname} ${first.slice(0, 1)} FPO`.toUpperCase();
  }
}

const varied = (random: Prng, amount: Dec) =>
  amount
    .times(0.8 + random.next() * 0.4)
    .toDecimalPlaces(2, Dec.ROUND_HALF_UP)
    .toFixed(2);

export function generateLedger(options: GenerateLedgerOptions): GeneratedLedger {
  const { budget, card, weeks } = options;
  const random = createPrng(options.seed);
  const start = budget.plan?.start ?? '2026-04-01';
  const transactions: Transaction[] = [];
  const labels: Record<string, LedgerLabel> = {};
  const confirmed = new Set<string>();
  const confirmedWeeks = options.confirmedWeeks ?? 4;
  const add = (
    week: number,
    day: number,
    payee: string,
    description: string,
    amount: string,
    label: LedgerLabel,
  ) => {
    const id = `t${transactions.length + 1}`;
    const isConfirmed = week < confirmedWeeks;
    transactions.push({
      id,
      date: addDays(start, week * 7 + day),
      amount,
      payee,
      description,
      origin: 'bank-statement',
      ...(isConfirmed ? { match: { ...label, confirmed: true } } : {}),
    });
    labels[id] = label;
    if (isConfirmed) confirmed.add(id);
  };

  // Who is paid for each paid line: a card provider, an agency, a named assistant or a person.
  const payees: {
    payee: (random: Prng) => string;
    description: string;
    label: LedgerLabel;
    every: number;
    amount: Dec;
  }[] = [];
  const seenProviders = new Set<string>();
  // One agency for the card's standard-rate lines, invoicing once for them all; a person each for unnamed PA lines.
  const agency = random.pick(AGENCIES);
  const people = new Set<string>();
  for (const line of budget.lines) {
    if (line.resource === 'registered-provider') {
      const provider = card.registeredProvider.providers.find(
        (candidate) => candidate.id === line.provider,
      );
      if (provider !== undefined) {
        if (seenProviders.has(provider.id)) continue;
        seenProviders.add(provider.id);
        const name = englishOf(provider.name);
        payees.push({
          payee: (r) => statementPayee(r, name),
          description: 'Invoice',
          label: { kind: 'line', id: line.id },
          every: 4,
          amount: new Dec(400),
        });
      } else {
        if (seenProviders.has('')) continue;
        seenProviders.add('');
        const name = agency;
        payees.push({
          payee: (r) => statementPayee(r, name),
          description: 'Care invoice',
          label: { kind: 'line', id: line.id },
          every: 4,
          amount: new Dec(300),
        });
      }
    } else if (line.resource === 'personal-assistant' && line.assistant === undefined) {
      let name = `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
      while (people.has(name.split(' ').at(-1) ?? ''))
        name = `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
      people.add(name.split(' ').at(-1) ?? '');
      payees.push({
        payee: (r) => personPayee(r, name),
        description: 'Wages',
        label: { kind: 'line', id: line.id },
        every: 1,
        amount: new Dec(120),
      });
    }
  }
  for (const assistant of budget.assistants ?? []) {
    payees.push({
      payee: (r) => personPayee(r, assistant.name),
      description: 'Wages',
      label: { kind: 'assistant', id: assistant.id },
      every: 1,
      amount: new Dec(180),
    });
  }
  if (budget.lines.some((line) => line.resource === 'personal-assistant')) {
    for (const cost of card.personalAssistant.employerCosts) {
      const name = englishOf(cost.name);
      const every = cost.per === 'weekly' ? 1 : cost.per === 'monthly' ? 4 : 52;
      payees.push({
        payee: (r) =>
          statementPayee(
            r,
            `${random.pick(['Simply', 'Direct', 'Care'])} ${name.split(' ').at(-1) ?? name}`,
          ),
        description: name,
        label: { kind: 'employer-cost', id: cost.id },
        every,
        amount: new Dec(cost.amount),
      });
    }
  }
  for (const expense of budget.expenses) {
    if (expense.frequency === 'one-off') continue;
    const name = random.pick(ORGANISATIONS);
    const every = expense.frequency === 'weekly' ? 1 : expense.frequency === 'monthly' ? 4 : 52;
    payees.push({
      payee: (r) => statementPayee(r, name),
      description: expense.description,
      label: { kind: 'expense', id: expense.id },
      every,
      amount: new Dec(expense.amount),
    });
  }

  for (let week = 0; week < weeks; week++) {
    for (const entry of payees) {
      if (week % entry.every !== 0) continue;
      const amount =
        entry.label.kind === 'expense' ? entry.amount.toFixed(2) : varied(random, entry.amount);
      add(week, random.int(0, 6), entry.payee(random), entry.description, amount, entry.label);
    }
    if (random.chance(0.3))
      add(week, random.int(0, 6), random.pick(SHOPS), '', varied(random, new Dec(25)), {
        kind: 'unplanned',
      });
  }
  return {
    ledger: {
      format: LEDGER_FORMAT,
      version: LEDGER_VERSION,
      id: `ledger-${budget.id}`,
      budget: budget.id,
      transactions,
      receipts: [],
      timesheets: [],
      payroll: [],
    },
    labels,
    confirmed,
  };
}
