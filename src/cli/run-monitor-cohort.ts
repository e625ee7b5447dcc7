/**
 * `npm run price -- monitor --cohort <folder> [--as-of YYYY-MM-DD] [--cards <folder>]
 * [--format json|csv]`: every budget file in a folder with the ledger file that names it,
 * each priced on its own rate card and monitored as at one day, then ranked by red flags
 * (docs/ledger.md, "For the team"). The same reading, monitoring, ranking and CSV as the
 * monitoring page. Files that cannot be read or monitored, ledgers naming no budget read
 * and budgets with no ledger are listed on standard error, one line each, and the rest go
 * on (exit 0); the JSON lists them too.
 */
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import {
  noBudgetProblem,
  noLedgerProblem,
  sameIdProblem,
  pairLedgers,
  rankMonitored,
  type MonitorEntry,
} from '../domain/ledger/caseload-monitor';
import { LEDGER_FILE_LIMITS } from '../domain/ledger/read-ledger';
import { localIsoDate } from '../domain/local-date';
import { costsOnCard } from '../domain/pricing/price-budget';
import type { Budget } from '../domain/schema/budget';
import type { Ledger } from '../domain/ledger/ledger-schema';
import { ledgerAgainstBudget } from '../domain/ledger/read-ledger';
import { monitorEntryOf } from '../domain/ledger/caseload-monitor';
import { monitorCaseloadCsv } from '../io/monitor-caseload-csv';
import { readMonitoringBytes } from '../io/monitoring-files';
import { loadCardsFolder } from './cards-folder';
import { readRegularFile } from './files';
import { loadCardById } from './load';
import { EXIT_BAD_INPUT, EXIT_OK, type Output } from './output';
import { budgetFilesIn, listInvalid, type Invalid } from './run-cohort';
import { problemLines, problemText, safeMessage } from './terminal-text';

export interface MonitorCohortArgs {
  readonly folder: string;
  readonly asOf: string | undefined;
  readonly cards: string | null;
  readonly format: 'json' | 'csv';
}

export function runMonitorCohort(args: MonitorCohortArgs, output: Output, t: TFunction): number {
  const listing = budgetFilesIn(args.folder);
  if (listing === null) {
    output.stderr(`${safeMessage(t, 'caseload.cli.noFolder', { folder: args.folder })}\n`);
    return EXIT_BAD_INPUT;
  }
  const cards = loadCardsFolder(args.cards);
  if (!cards.ok) {
    output.stderr(problemLines(cards.problems, t));
    return EXIT_BAD_INPUT;
  }
  const asOf = args.asOf ?? localIsoDate(new Date());
  const invalid: Invalid[] = [];
  const budgets: { file: string; budget: Budget }[] = [];
  const ledgers: { file: string; ledger: Ledger }[] = [];
  for (const file of listing.files) {
    const bytes = readRegularFile(join(args.folder, file), LEDGER_FILE_LIMITS.maxLength, {
      followLinks: false,
    });
    const read = bytes.ok ? readMonitoringBytes(bytes.value) : bytes;
    if (!read.ok) invalid.push({ file, problems: read.problems });
    else if (read.value.kind === 'budget') budgets.push({ file, budget: read.value.budget });
    else ledgers.push({ file, ledger: read.value.ledger });
  }
  const { pairs, withoutLedger, sameId, withoutBudget } = pairLedgers(budgets, ledgers);
  for (const { file, ledger } of withoutBudget)
    invalid.push({ file, problems: [noBudgetProblem(ledger.budget)] });
  for (const { file } of withoutLedger) invalid.push({ file, problems: [noLedgerProblem()] });
  for (const { budget, first } of sameId)
    invalid.push({ file: budget.file, problems: [sameIdProblem(first.file, budget.budget.id)] });
  const entries: MonitorEntry[] = [];
  for (const { budget, ledger } of pairs) {
    const card = loadCardById(budget.budget.rateCard, cards.value);
    const tied = card.ok ? ledgerAgainstBudget(ledger.ledger, budget.budget, card.value) : [];
    const pricing = !card.ok
      ? card
      : tied.length > 0
        ? { ok: false as const, problems: tied }
        : costsOnCard(budget.budget, card.value, { asOf });
    const entry = pricing.ok ? monitorEntryOf(budget.file, pricing.value, ledger.ledger) : pricing;
    if (entry.ok) entries.push(entry.value);
    else invalid.push({ file: budget.file, problems: entry.problems });
  }
  listInvalid(invalid, listing.skipped, output, t);
  const ranked = rankMonitored(entries);
  if (args.format === 'csv') output.stdout(monitorCaseloadCsv(ranked));
  else {
    const describe = (list: readonly Invalid[]) =>
      list.map(({ file, problems }) => ({
        file,
        problems: problems.map((p) => problemText(p, t)),
      }));
    output.stdout(
      `${JSON.stringify({ asOf, budgets: ranked, invalid: describe(invalid), skipped: describe(listing.skipped) }, null, 2)}\n`,
    );
  }
  return EXIT_OK;
}
