/**
 * The 300-line budget every bench figure prices: the shipped example's 15 lines, copied
 * 20 times with new ids and a few minutes more on some paid copies, so the lines are not
 * identical. Deterministic (no randomness), valid by the same rules as a budget file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBudget, readRateCard } from '../../src/domain/read';
import type { Budget, NeedLine } from '../../src/domain/schema/budget';
import type { RateCard } from '../../src/domain/schema/rate-card';

export const ROOT = join(import.meta.dirname, '..', '..');
export const LINE_COUNT = 300;
const EXAMPLE = 'examples/example-ann.json';

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
}

function copyLine(line: NeedLine, copy: number): NeedLine {
  // The first copy keeps the example's ids, which its expenses' effects name.
  const id = copy === 0 ? line.id : `${line.id}-${copy + 1}`;
  // A carer's lines stay as they are: 20 copies of their 7¾ hours stay under a week's 168.
  if (line.kind !== 'visits' || line.resource === 'unpaid-carer') return { ...line, id };
  // 0, +5 or +10 minutes: still whole minutes, still well inside a day.
  return { ...line, id, minutes: line.minutes + 5 * (copy % 3) };
}

/** The example's lines copied to `count` lines (the PDF is also measured at 40). */
export function budgetOfLines(count: number): Budget {
  const example = readBudget(readJson(EXAMPLE));
  if (!example.ok) throw new Error(`${EXAMPLE} is not a valid budget`);
  const source = example.value.lines;
  const lines = Array.from({ length: count }, (_, index) =>
    copyLine(source[index % source.length] as NeedLine, Math.floor(index / source.length)),
  );
  const budget = readBudget({
    ...example.value,
    id: `bench-${count}`,
    title: `Bench: ${count} lines`,
    lines,
  });
  if (!budget.ok)
    throw new Error(`the ${count}-line budget is invalid: ${JSON.stringify(budget.problems)}`);
  return budget.value;
}

export function budgetOf300Lines(): Budget {
  return budgetOfLines(LINE_COUNT);
}

export function exampleRateCard(budget: Budget): RateCard {
  const card = readRateCard(readJson(`rate-cards/${budget.rateCard}.json`));
  if (!card.ok) throw new Error(`rate-cards/${budget.rateCard}.json is not a valid rate card`);
  return card.value;
}
