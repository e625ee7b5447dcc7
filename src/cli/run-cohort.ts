/**
 * `npm run price -- --cohort <folder>`: every budget file in a folder (and the folders in
 * it) priced together on one rate card, for scheduled reporting. The figures are the
 * app's caseload page's: the same reading, pricing, summary and CSV functions.
 *
 * Invalid files are listed on standard error, one line per problem, and the rest go on
 * (exit 0), as in the app; the JSON also lists them. No rate card to price on, or no
 * folder, is exit 1 with nothing on standard output.
 *
 * The walk never follows a symbolic link and never leaves the folder: a link is skipped
 * and said, as is a `.json` entry that is not a regular file (a pipe or a device); a file
 * reached by two names (a hard link) is counted once. The skipped entries are listed on
 * standard error and in the JSON's `skipped`.
 *
 * `--format phb-return|phb-return-csv --quarter <q>` counts the budgets read instead
 * (docs/phb-return.md): counting needs no rate card, so none is loaded. `--format text` is
 * the summary as plain text, with the return's tables when `--quarter` is given.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import type { CaseloadEntry } from '../domain/caseload/entry';
import { benchmarkOf } from '../domain/benchmark/benchmark';
import { readBenchmark } from '../domain/benchmark/read-benchmark';
import { compareCards, nextEntryOf, type CardComparison } from '../domain/caseload/next-card';
import { phbReturn } from '../domain/caseload/phb-return';
import { mostNamedCard, priceCaseloadBudget } from '../domain/caseload/price';
import { summariseCaseload } from '../domain/caseload/summary';
import { byFile } from '../domain/code-unit-order';
import { BUDGET_FILE_LIMITS } from '../domain/json-text';
import { localIsoDate } from '../domain/local-date';
import { problem, type Problem } from '../domain/problems';
import { readBudget } from '../domain/read';
import type { Budget } from '../domain/schema/budget';
import { caseloadSummaryCsv, caseloadTableCsv } from '../io/caseload-csv';
import { caseloadText } from '../io/caseload-text';
import { phbReturnCsv } from '../io/phb-return-csv';
import type { CohortArgs } from './cohort-args';
import { readJsonFile, shippedCardIds } from './files';
import { loadCardsFolder } from './cards-folder';
import { inFile, loadCardById, loadCardOption } from './load';
import { EXIT_BAD_INPUT, EXIT_OK, type Output } from './output';
import { problemLines, problemText, safeMessage } from './terminal-text';

export interface Invalid {
  readonly file: string;
  readonly problems: readonly Problem[];
}

export function runCohort(args: CohortArgs, output: Output, t: TFunction): number {
  const listing = budgetFilesIn(args.folder);
  if (listing === null) {
    output.stderr(`${safeMessage(t, 'caseload.cli.noFolder', { folder: args.folder })}\n`);
    return EXIT_BAD_INPUT;
  }
  const { files, skipped } = listing;
  const { valid, invalid } = readBudgets(args.folder, files);
  if (args.format === 'phb-return' || args.format === 'phb-return-csv') {
    listInvalid(invalid, skipped, output, t);
    const counted = phbReturn(
      valid.map((v) => v.budget),
      args.quarter,
    );
    output.stdout(
      args.format === 'phb-return-csv'
        ? phbReturnCsv(counted, t)
        : `${JSON.stringify(counted, null, 2)}\n`,
    );
    return EXIT_OK;
  }
  const cards = loadCardsFolder(args.cards);
  if (!cards.ok) {
    output.stderr(problemLines(cards.problems, t));
    return EXIT_BAD_INPUT;
  }
  const cardId =
    args.rateCard ??
    mostNamedCard(
      valid.map((v) => v.budget),
      [...shippedCardIds(), ...cards.value.keys()],
    );
  if (cardId === null) {
    output.stderr(`${t('caseload.cli.noCard')}\n`);
    return EXIT_BAD_INPUT;
  }
  const card =
    args.rateCard === null
      ? loadCardById(cardId, cards.value)
      : loadCardOption(cardId, cards.value);
  if (!card.ok) {
    output.stderr(problemLines(card.problems, t));
    return EXIT_BAD_INPUT;
  }
  // With --as-of, one day for the whole caseload, as the page prices it. Without, each
  // budget is priced as the contract's rule 11 says for one file: today, moved into that
  // plan's own dates; the caseload's in-year figures are then as at today.
  const dayOption = args.asOf === undefined ? {} : { asOf: args.asOf };
  const asOf = args.asOf ?? localIsoDate(new Date());
  const entries: CaseloadEntry[] = [];
  for (const { file, budget } of valid) {
    const priced = priceCaseloadBudget(budget, card.value, file, dayOption);
    if (priced.ok) entries.push(priced.value);
    else invalid.push({ file, problems: priced.problems });
  }
  let comparison: CardComparison | null = null;
  if (args.nextCard !== null) {
    const nextCard = loadCardOption(args.nextCard, cards.value);
    if (!nextCard.ok) {
      output.stderr(problemLines(nextCard.problems, t));
      return EXIT_BAD_INPUT;
    }
    const next = valid.flatMap(({ file, budget }) => {
      const priced = priceCaseloadBudget(budget, nextCard.value, file, dayOption);
      return priced.ok ? [nextEntryOf(priced.value)] : [];
    });
    comparison = compareCards(entries, next, card.value, nextCard.value);
  }
  listInvalid(invalid, skipped, output, t);
  const summary = summariseCaseload(entries, card.value, asOf);
  switch (args.format) {
    case 'json': {
      const describe = (list: readonly Invalid[]) =>
        list.map(({ file, problems }) => ({
          file,
          problems: problems.map((p) => problemText(p, t)),
        }));
      const compared = comparison === null ? {} : { nextCard: comparison };
      output.stdout(
        `${JSON.stringify({ summary, ...compared, budgets: entries, invalid: describe(invalid), skipped: describe(skipped) }, null, 2)}\n`,
      );
      break;
    }
    case 'csv':
      output.stdout(caseloadSummaryCsv(summary, card.value, t, args.language, comparison));
      break;
    case 'text': {
      const counted =
        args.quarter === null
          ? null
          : phbReturn(
              valid.map((v) => v.budget),
              args.quarter,
            );
      output.stdout(
        caseloadText(summary, card.value, t, args.language, { comparison, phbReturn: counted }),
      );
      break;
    }
    case 'table-csv':
      output.stdout(
        caseloadTableCsv(entries, card.value, t, { language: args.language, today: asOf }),
      );
      break;
    case 'benchmark': {
      // The file is checked as a region will read it before it is written.
      const built = readBenchmark(
        benchmarkOf(entries, {
          area: args.area,
          asOf,
          rateCard: card.value.id,
          population: args.population,
        }),
      );
      if (!built.ok) {
        output.stderr(problemLines(built.problems, t));
        return EXIT_BAD_INPUT;
      }
      output.stdout(`${JSON.stringify(built.value, null, 2)}\n`);
      break;
    }
  }
  return EXIT_OK;
}

function readBudgets(
  folder: string,
  files: readonly string[],
): { valid: { file: string; budget: Budget }[]; invalid: Invalid[] } {
  const valid: { file: string; budget: Budget }[] = [];
  const invalid: Invalid[] = [];
  for (const file of files) {
    const json = readJsonFile(join(folder, file), BUDGET_FILE_LIMITS, { followLinks: false });
    const budget = json.ok ? readBudget(json.value) : json;
    if (budget.ok) valid.push({ file, budget: budget.value });
    else invalid.push({ file, problems: budget.problems });
  }
  return { valid, invalid };
}

/**
 * Sorts the invalid files by path (in place, as the JSON lists them) and names each
 * problem, and each skipped entry, on standard error.
 */
export function listInvalid(
  invalid: Invalid[],
  skipped: readonly Invalid[],
  output: Output,
  t: TFunction,
): void {
  invalid.sort(byFile);
  for (const { file, problems } of [...skipped, ...invalid].sort(byFile)) {
    output.stderr(
      problemLines(
        inFile(
          file,
          problems.length > 0 ? problems : [problem([], 'validation.readFile')],
          `${file}: `,
        ),
        t,
      ),
    );
  }
}

interface Listing {
  readonly files: readonly string[];
  readonly skipped: readonly Invalid[];
}

/**
 * Every regular `.json` file under the folder, as paths relative to it with `/`, sorted,
 * each file once; and what was skipped. Null if there is no folder.
 */
export function budgetFilesIn(folder: string): Listing | null {
  const found: { file: string; identity: string }[] = [];
  const skipped: Invalid[] = [];
  const walk = (under: string) => {
    let names: string[];
    try {
      names = readdirSync(join(folder, under));
    } catch (error) {
      if (under === '') throw error;
      skipped.push({ file: under, problems: [problem([], 'validation.readFile')] });
      return;
    }
    for (const name of names) {
      const file = under === '' ? name : `${under}/${name}`;
      const stats = lstatSync(join(folder, file));
      if (stats.isSymbolicLink())
        skipped.push({ file, problems: [problem([], 'validation.symbolicLink')] });
      else if (stats.isDirectory()) walk(file);
      else if (!name.toLowerCase().endsWith('.json')) continue;
      else if (!stats.isFile())
        skipped.push({ file, problems: [problem([], 'validation.notAFile')] });
      else found.push({ file, identity: `${stats.dev}:${stats.ino}` });
    }
  };
  try {
    walk('');
  } catch {
    return null;
  }
  const first = new Map<string, string>();
  const files: string[] = [];
  for (const { file, identity } of found.sort(byFile)) {
    const earlier = first.get(identity);
    if (earlier === undefined) {
      first.set(identity, file);
      files.push(file);
    } else
      skipped.push({ file, problems: [problem([], 'validation.sameFile', { first: earlier })] });
  }
  return { files, skipped: skipped.sort(byFile) };
}
