/**
 * Rows read as lines, gathered into one budget per person and checked as any budget file
 * is (the schema, the rules across fields, the rate card's areas and providers). A line
 * the checks refuse is taken out and its row named, with the column the refused field
 * came from; the person's other rows go on.
 */
import { checkBudgetAgainstCard } from '../check-against-card';
import { minutesAWeek } from '../hours';
import { Dec } from '../money';
import type { Problem } from '../problems';
import { readBudget } from '../read';
import {
  BUDGET_FORMAT,
  BUDGET_VERSION,
  type Assistant,
  type Budget,
  type Carer,
  type NeedLine,
} from '../schema/budget';
import type { RateCard } from '../schema/rate-card';
import type { ImportProfile } from './profile';
import { LINES_PER_PERSON } from './profile';
import type { RowLine } from './rows';
import { rowProblem, type RowProblem } from './table';

export interface ImportedBudget {
  readonly budget: Budget;
  /** The spreadsheet row of each of the budget's lines, in the same order. */
  readonly rows: readonly number[];
}

/** Enough passes to take out every refused line: each pass removes at least one. */
const MAX_PASSES = 20;

export function gatherBudgets(
  rows: readonly RowLine[],
  profile: ImportProfile,
  card: RateCard,
): { budgets: ImportedBudget[]; rejected: RowProblem[] } {
  const byPerson = new Map<string, RowLine[]>();
  for (const row of rows) {
    const list = byPerson.get(row.person);
    if (list === undefined) byPerson.set(row.person, [row]);
    else list.push(row);
  }
  const budgets: ImportedBudget[] = [];
  const rejected: RowProblem[] = [];
  const ids = new Set<string>();
  for (const [person, personRows] of byPerson) {
    const kept = personRows.slice(0, LINES_PER_PERSON);
    for (const over of personRows.slice(LINES_PER_PERSON)) {
      rejected.push(
        rowProblem(over.row, null, 'importing.row.tooManyLines', { max: LINES_PER_PERSON, person }),
      );
    }
    const id = uniqueId(budgetIdOf(person), ids);
    const made = checkedBudget(id, kept, profile, card, rejected);
    if (made !== null) budgets.push(made);
  }
  return { budgets, rejected };
}

function checkedBudget(
  id: string,
  rows: RowLine[],
  profile: ImportProfile,
  card: RateCard,
  rejected: RowProblem[],
): ImportedBudget | null {
  let current = rows;
  for (let pass = 0; pass < MAX_PASSES && current.length > 0; pass++) {
    const data = budgetOf(id, current, profile);
    const read = readBudget(data);
    const problems = read.ok ? checkBudgetAgainstCard(read.value, card) : read.problems;
    if (read.ok && problems.length === 0)
      return { budget: read.value, rows: current.map((row) => row.row) };
    const refused = refusedLines(problems, current);
    if (refused === null) return refuseWhole(problems, current, rejected);
    for (const [index, found] of refused) {
      const row = current[index] as RowLine;
      for (const one of found)
        rejected.push(rowProblem(row.row, row.columns[one.field] ?? null, one.key, one.values));
    }
    current = current.filter((_, index) => !refused.has(index));
  }
  return refuseWhole([], current, rejected);
}

/** The columns a budget's own fields come from, by the path a problem names. */
const BUDGET_FIELD_COLUMNS: Readonly<Record<string, string>> = {
  title: 'budgetName',
  'person.name': 'personName',
  'person.reference': 'person',
};

/**
 * A problem with the budget as a whole, not one line (its name, the person's name, a
 * carer's week): every row of the person is refused, naming the column the budget's field
 * came from where there is one.
 */
function refuseWhole(
  problems: readonly Problem[],
  rows: readonly RowLine[],
  rejected: RowProblem[],
): null {
  const [first] = problems;
  const field = first === undefined ? undefined : BUDGET_FIELD_COLUMNS[first.path];
  for (const row of rows) {
    const column = field === undefined ? undefined : row.columns[field];
    if (first === undefined || column === undefined) {
      rejected.push(
        rowProblem(row.row, null, 'importing.row.budgetRefused', { person: row.person }),
      );
    } else rejected.push(rowProblem(row.row, column, first.key, first.values));
  }
  return null;
}

/** Line problems by the line's index; null when a problem is not about one line. */
function refusedLines(
  problems: readonly Problem[],
  rows: readonly RowLine[],
): Map<number, { field: string; key: string; values: Problem['values'] }[]> | null {
  const found = new Map<number, { field: string; key: string; values: Problem['values'] }[]>();
  for (const one of problems) {
    const match = /^lines\[(\d+)\](?:\.([A-Za-z]+))?/.exec(one.path);
    const index = match === null ? -1 : Number(match[1]);
    if (index < 0 || index >= rows.length) return null;
    const list = found.get(index) ?? [];
    list.push({ field: match?.[2] ?? '', key: one.key, values: one.values });
    found.set(index, list);
  }
  return found.size === 0 ? null : found;
}

/** The budget file the rows make, before it is checked. */
function budgetOf(id: string, rows: readonly RowLine[], profile: ImportProfile): unknown {
  const [first] = rows as [RowLine];
  const carers: Carer[] = [];
  const assistants: { id: string; name: string; minutes: Dec }[] = [];
  const lineIds = new Set<string>();
  const lines = rows.map((row, index): NeedLine => {
    const lineId = row.lineId ?? uniqueId(`l${index + 1}`, lineIds);
    lineIds.add(lineId);
    const named = namedGiver(row, carers, assistants);
    return { ...row.line, id: lineId, ...named };
  });
  const starts = lines.map((line) => line.from);
  const ends = lines.map((line) => line.until);
  const start = starts.every((date) => date !== undefined) ? [...starts].sort()[0] : undefined;
  const latest = ends.every((date) => date !== undefined) ? [...ends].sort().at(-1) : undefined;
  // A line ending before the plan starts is that line's fault (its until before its from), named there.
  const end = latest !== undefined && start !== undefined && latest >= start ? latest : undefined;
  return {
    format: BUDGET_FORMAT,
    version: BUDGET_VERSION,
    id,
    rateCard: profile.budget.rateCard,
    title: first.budgetName ?? '',
    person: { name: first.personName ?? '', reference: first.person },
    fundingRoute: profile.budget.fundingRoute,
    ...(start === undefined
      ? {}
      : {
          plan: {
            start,
            ...(end === undefined ? {} : { end }),
            ...(profile.budget.planStatus === undefined
              ? {}
              : { status: profile.budget.planStatus }),
          },
        }),
    carers,
    ...(assistants.length === 0
      ? {}
      : {
          assistants: assistants.map((one): Assistant => ({
            id: one.id,
            name: one.name,
            contractedHoursWeekly: one.minutes.div(60).toDecimalPlaces(4).toString(),
          })),
        }),
    lines,
    expenses: [],
  };
}

/**
 * The carer or assistant a row names, added once per name. A carer is recorded as willing
 * and able, without a health condition of their own: the spreadsheet does not say, and
 * the carer's page asks (docs/importing.md).
 */
function namedGiver(
  row: RowLine,
  carers: Carer[],
  assistants: { id: string; name: string; minutes: Dec }[],
): { carer?: string; assistant?: string } {
  if (row.giver === undefined) return {};
  if (row.line.resource === 'unpaid-carer') {
    let carer = carers.find((one) => one.name === row.giver);
    if (carer === undefined) {
      carer = {
        id: idFromName(row.giver, carers, 'c'),
        name: row.giver,
        ownHealthCondition: false,
        willingAndAble: true,
      };
      carers.push(carer);
    }
    return { carer: carer.id };
  }
  if (row.line.resource !== 'personal-assistant') return {};
  let assistant = assistants.find((one) => one.name === row.giver);
  if (assistant === undefined) {
    assistant = {
      id: idFromName(row.giver, assistants, 'a'),
      name: row.giver,
      minutes: new Dec(0),
    };
    assistants.push(assistant);
  }
  if (row.line.kind === 'visits') {
    assistant.minutes = assistant.minutes.plus(minutesAWeek(row.line));
  }
  return { assistant: assistant.id };
}

/** A budget id from a person's reference: the characters an id may hold, the rest as `-`. */
export function budgetIdOf(reference: string): string {
  const cleaned = reference
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 56);
  return `imp-${cleaned === '' ? 'person' : cleaned}`;
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * A carer's or assistant's id: their name as the sheet gives it, lower-cased, when that is
 * already a file id no one else has (so the tool's own service agreement, which writes
 * ids, comes back with the same ids); otherwise the first numbered id not taken.
 */
function idFromName(name: string, taken: readonly { id: string }[], prefix: 'a' | 'c'): string {
  const free = (id: string) => !taken.some((one) => one.id === id);
  const id = name.toLowerCase();
  if (/^[a-z0-9][a-z0-9._-]{0,63}$/.test(id) && free(id)) return id;
  let number = taken.length + 1;
  while (!free(`${prefix}${number}`)) number += 1;
  return `${prefix}${number}`;
}
