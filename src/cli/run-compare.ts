/**
 * `npm run price -- compare <a.json> [<b.json>] [--from N|current] [--to N|current]
 * [--rate-card <id or path>] [--format json|text|csv] [--lang en|cy]`: what changed between two
 * versions of a plan, or the same plan on another rate card, line by line and in total.
 * Exit statuses and messages as for pricing: 1 for bad input, 2 for a fault.
 */
import type { TFunction } from 'i18next';
import type { Problem } from '../domain/problems';
import { compareBudgets } from '../domain/reprice';
import { findRevision, budgetAtRevision } from '../domain/revisions/history';
import { toDiffReport } from '../domain/revisions/diff-report';
import type { BudgetDiff } from '../domain/revisions/diff';
import type { Budget } from '../domain/schema/budget';
import { createI18n } from '../i18n';
import { diffCsv } from '../io/diff-csv';
import { diffText } from '../io/diff-text';
import { parseCompareArgs, type CompareArgs, type Version } from './compare-args';
import { loadCardsFolder } from './cards-folder';
import { loadBudget, loadCardById, loadCardFor, type Loaded } from './load';
import { EXIT_BAD_INPUT, EXIT_FAULT, EXIT_OK, type Output } from './output';
import { faultLine, problemLines, safeMessage } from './terminal-text';

export function runCompare(argv: readonly string[], output: Output, english: TFunction): number {
  let t = english;
  try {
    const parsed = parseCompareArgs(argv);
    if (parsed.kind === 'help') {
      output.stdout(`${t('revisions.cli.usage')}\n`);
      return EXIT_OK;
    }
    if (parsed.kind === 'error') {
      output.stderr(`${safeMessage(t, parsed.key, parsed.values)}\n${t('revisions.cli.usage')}\n`);
      return EXIT_BAD_INPUT;
    }
    ({ t } = createI18n(parsed.args.language));
    const compared = compare(parsed.args);
    if (!compared.ok) {
      output.stderr(problemLines(compared.problems, t));
      return EXIT_BAD_INPUT;
    }
    output.stdout(render(compared.value, parsed.args, t));
    return EXIT_OK;
  } catch (error) {
    output.stderr(faultLine(error, t));
    return EXIT_FAULT;
  }
}

function compare(args: CompareArgs): Loaded<BudgetDiff> {
  const from = version(args.fromFile, args.fromVersion, '--from');
  const to = version(args.toFile, args.toVersion, '--to');
  if (!from.ok || !to.ok) return { ok: false, problems: [...problemsOf(from), ...problemsOf(to)] };
  const cards = loadCardsFolder(args.cards);
  if (!cards.ok) return cards;
  const fromCard = loadCardById(from.value.rateCard, cards.value);
  const toCard = loadCardFor(to.value, args.rateCard, cards.value);
  if (!fromCard.ok || !toCard.ok)
    return { ok: false, problems: [...problemsOf(fromCard), ...problemsOf(toCard)] };
  const diff = compareBudgets(from.value, fromCard.value, to.value, toCard.value, {
    asOf: args.asOf,
  });
  return diff.ok ? diff : { ok: false, problems: diff.problems };
}

/** The budget of a file as it was at a revision, or as it is now. */
function version(file: string, wanted: Version, option: string): Loaded<Budget> {
  const budget = loadBudget(file);
  if (!budget.ok || wanted === 'current') return budget;
  const revision = findRevision(budget.value, wanted);
  if (revision === null) {
    const numbers = (budget.value.revisions ?? []).map((r) => r.number);
    const known = numbers.length === 0 ? '—' : `1–${numbers.length}`;
    return {
      ok: false,
      problems: [
        { path: option, key: 'revisions.cli.noRevision', values: { file, number: wanted, known } },
      ],
    };
  }
  return { ok: true, value: budgetAtRevision(budget.value, revision) };
}

function problemsOf<T>(loaded: Loaded<T>): readonly Problem[] {
  return loaded.ok ? [] : loaded.problems;
}

function render(diff: BudgetDiff, args: CompareArgs, t: TFunction): string {
  const versions = { from: args.fromVersion, to: args.toVersion };
  switch (args.format) {
    case 'json':
      return `${JSON.stringify(toDiffReport(diff, versions), null, 2)}\n`;
    case 'csv':
      return diffCsv(diff, t, args.language);
    case 'text':
      return diffText(diff, versions, t, args.language);
  }
}
