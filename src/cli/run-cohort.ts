/**
 * `npm run price -- --cohort <folder>`: every budget file in a folder (and the folders in
 * it) priced together on one rate card, for scheduled reporting. The figures are the
 * app's caseload page's: the same reading, pricing, summary and CSV functions.
 *
 * Invalid files are listed on standard error, one line per problem, and the rest go on
 * (exit 0), as in the app; the JSON also lists them. No rate card to price on, or no
 * folder, is exit 1 with nothing on standard output.
 *
 * `--format phb-return|phb-return-csv --quarter <q>` counts the budgets read instead
 * (docs/phb-return.md): counting needs no rate card, so none is loaded.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { TFunction } from 'i18next';
import type { CaseloadEntry } from '../domain/caseload/entry';
import { phbReturn } from '../domain/caseload/phb-return';
import { mostNamedCard, priceCaseloadBudget } from '../domain/caseload/price';
import { summariseCaseload } from '../domain/caseload/summary';
import { BUDGET_FILE_LIMITS } from '../domain/json-text';
import { problem, type Problem } from '../domain/problems';
import { readBudget } from '../domain/read';
import type { Budget } from '../domain/schema/budget';
import { describeProblem } from '../i18n/problems';
import { caseloadSummaryCsv, caseloadTableCsv } from '../io/caseload-csv';
import { phbReturnCsv } from '../io/phb-return-csv';
import type { CohortArgs } from './cohort-args';
import { readJsonFile, shippedCardIds } from './files';
import { inFile, loadCard } from './load';
import { EXIT_BAD_INPUT, EXIT_OK, type Output } from './run-price';

interface Invalid {
  readonly file: string;
  readonly problems: readonly Problem[];
}

export function runCohort(args: CohortArgs, output: Output, t: TFunction): number {
  const files = budgetFilesIn(args.folder);
  if (files === null) {
    output.stderr(`${t('caseload.cli.noFolder', { folder: args.folder })}\n`);
    return EXIT_BAD_INPUT;
  }
  const { valid, invalid } = readBudgets(args.folder, files);
  if (args.quarter !== null) {
    listInvalid(invalid, output, t);
    const counted = phbReturn(valid.map((v) => v.budget), args.quarter);
    output.stdout(args.format === 'phb-return-csv' ? phbReturnCsv(counted, t) : `${JSON.stringify(counted, null, 2)}\n`);
    return EXIT_OK;
  }
  const cardId = args.rateCard ?? mostNamedCard(valid.map((v) => v.budget), shippedCardIds());
  if (cardId === null) {
    output.stderr(`${t('caseload.cli.noCard')}\n`);
    return EXIT_BAD_INPUT;
  }
  const card = loadCard(cardId);
  if (!card.ok) {
    output.stderr(card.problems.map((p) => `${describeProblem(p, t)}\n`).join(''));
    return EXIT_BAD_INPUT;
  }
  const entries: CaseloadEntry[] = [];
  for (const { file, budget } of valid) {
    const priced = priceCaseloadBudget(budget, card.value, file);
    if (priced.ok) entries.push(priced.value);
    else invalid.push({ file, problems: priced.problems });
  }
  listInvalid(invalid, output, t);
  const summary = summariseCaseload(entries, card.value);
  switch (args.format) {
    case 'json': {
      const described = invalid.map(({ file, problems }) => ({ file, problems: problems.map((p) => describeProblem(p, t)) }));
      output.stdout(`${JSON.stringify({ summary, budgets: entries, invalid: described }, null, 2)}\n`);
      break;
    }
    case 'csv':
      output.stdout(caseloadSummaryCsv(summary, card.value, t));
      break;
    case 'table-csv':
      output.stdout(caseloadTableCsv(entries, card.value, t));
      break;
  }
  return EXIT_OK;
}

function readBudgets(folder: string, files: readonly string[]): { valid: { file: string; budget: Budget }[]; invalid: Invalid[] } {
  const valid: { file: string; budget: Budget }[] = [];
  const invalid: Invalid[] = [];
  for (const file of files) {
    const json = readJsonFile(join(folder, file), BUDGET_FILE_LIMITS);
    const budget = json.ok ? readBudget(json.value) : json;
    if (budget.ok) valid.push({ file, budget: budget.value });
    else invalid.push({ file, problems: budget.problems });
  }
  return { valid, invalid };
}

/** Sorts the invalid files by path (in place, as the JSON lists them) and names each problem on standard error. */
function listInvalid(invalid: Invalid[], output: Output, t: TFunction): void {
  invalid.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const { file, problems } of invalid) {
    const named = inFile(file, problems.length > 0 ? problems : [problem([], 'validation.readFile')], `${file}: `);
    output.stderr(named.map((p) => `${describeProblem(p, t)}\n`).join(''));
  }
}

/** Every `.json` file under the folder, as paths relative to it with `/`, sorted; null if no folder. */
function budgetFilesIn(folder: string): string[] | null {
  let names: string[];
  try {
    names = readdirSync(folder, { recursive: true, encoding: 'utf8' });
  } catch {
    return null;
  }
  return names
    .filter((name) => name.toLowerCase().endsWith('.json'))
    .map((name) => relative(folder, join(folder, name)).split(sep).join('/'))
    .sort();
}
