/**
 * Reading a budget file's text with the same checks as the command line: JSON within the
 * file limits, then readBudget (version gate, migrations, schema, rules). Apart from
 * budget-file.ts so that zod loads when a file is opened, not when the app starts.
 */
import { BUDGET_FILE_LIMITS, parseJsonBytes, parseJsonText } from '../domain/json-text';
import { failed, withItemNames, type Result } from '../domain/problems';
import { readBudget } from '../domain/read';
import type { Budget } from '../domain/schema/budget';

/** Reads a budget from a file's text; nothing is saved by reading. */
export function readBudgetFileText(text: string): Result<Budget> {
  const json = parseJsonText(text, BUDGET_FILE_LIMITS);
  return json.ok ? readNamed(json.value) : json;
}

/** Reads a budget from a file's bytes: UTF-8 only, as on the command line (see text-encoding.ts). */
export function readBudgetFileBytes(bytes: Uint8Array): Result<Budget> {
  const json = parseJsonBytes(bytes, BUDGET_FILE_LIMITS);
  return json.ok ? readNamed(json.value) : json;
}

/** The page names the need a problem is in ("Help to get up"), so each carries its item's name. */
function readNamed(value: unknown): Result<Budget> {
  const result = readBudget(value);
  return result.ok ? result : failed(withItemNames(result.problems, value));
}
