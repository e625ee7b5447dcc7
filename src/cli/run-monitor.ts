/**
 * `npm run price -- monitor <budget.json> <ledger.json> [--rate-card <id or path>]
 * [--as-of YYYY-MM-DD] [--format json|csv|text] [--lang en|cy]`: the budget's spending
 * against its plan, with its red flags (docs/ledger.md). With `--cohort <folder>`, every
 * budget in a folder with its ledger, ranked by flags (run-monitor-cohort.ts). Bad files exit 1 with one message
 * per problem, naming the file and field, and nothing on standard output.
 */
import type { TFunction } from 'i18next';
import { LEDGER_FILE_LIMITS, ledgerAgainstBudget, readLedger } from '../domain/ledger/read-ledger';
import { monitor } from '../domain/ledger/monitor';
import { toMonitorReport } from '../domain/ledger/monitor-report';
import { priceOnCard } from '../domain/pricing/price-budget';
import { createI18n, isLanguage } from '../i18n';
import { localeOf } from '../i18n/languages';
import { behindNames } from '../domain/ledger/behind-names';
import { monitorCsv, monitorText } from '../io/monitor-output';
import { asOfOption } from './date-args';
import { readJsonFile } from './files';
import { runMonitorCohort } from './run-monitor-cohort';
import { inFile, loadBudget, loadCardFor } from './load';
import { EXIT_BAD_INPUT, EXIT_FAULT, EXIT_OK, type Output } from './output';
import { splitArgs } from './split-args';
import { faultLine, problemLines, safeMessage } from './terminal-text';

const OPTIONS = new Set(['--rate-card', '--as-of', '--format', '--lang', '--cohort', '--cards']);

export function runMonitor(argv: readonly string[], output: Output, english: TFunction): number {
  let t = english;
  const fail = (key: string, values: Record<string, string> = {}) => {
    output.stderr(`${safeMessage(t, key, values)}\n${t('ledger.cli.usage')}\n`);
    return EXIT_BAD_INPUT;
  };
  try {
    const split = splitArgs(argv, OPTIONS);
    if (split.kind === 'help') {
      output.stdout(`${t('ledger.cli.usage')}\n`);
      return EXIT_OK;
    }
    if (split.kind === 'error') return fail(split.key, split.values);
    const { options, positional } = split;
    const language = options.get('--lang') ?? 'en';
    if (!isLanguage(language)) return fail('cli.badLang');
    ({ t } = createI18n(language));
    const format = options.get('--format') ?? 'json';
    const folder = options.get('--cohort');
    // Each names the formats its own command takes: a caseload has no text form.
    if (folder !== undefined && format !== 'json' && format !== 'csv')
      return fail('ledger.team.cli.badFormat');
    if (format !== 'json' && format !== 'csv' && format !== 'text')
      return fail('ledger.cli.badFormat');
    const asOf = asOfOption(options.get('--as-of'));
    if (!asOf.ok) return fail(asOf.key);
    if (folder !== undefined) {
      if (format === 'text') return fail('ledger.team.cli.badFormat');
      if (positional.length > 0 || options.has('--rate-card'))
        return fail('ledger.team.cli.notBoth');
      return runMonitorCohort(
        { folder, asOf: asOf.value, cards: options.get('--cards') ?? null, format },
        output,
        t,
      );
    }
    const [budgetFile, ledgerFile, ...extra] = positional;
    if (budgetFile === undefined || ledgerFile === undefined || extra.length > 0)
      return fail('ledger.cli.missingLedger');
    const problems = (found: readonly Parameters<typeof problemLines>[0][number][]) => {
      output.stderr(problemLines(found, t));
      return EXIT_BAD_INPUT;
    };
    const budget = loadBudget(budgetFile);
    if (!budget.ok) return problems(budget.problems);
    const json = readJsonFile(ledgerFile, LEDGER_FILE_LIMITS);
    const ledger = json.ok ? readLedger(json.value) : json;
    if (!ledger.ok) return problems(inFile(ledgerFile, ledger.problems, ''));
    const card = loadCardFor(budget.value, options.get('--rate-card') ?? null);
    if (!card.ok) return problems(card.problems);
    const tied = ledgerAgainstBudget(ledger.value, budget.value, card.value);
    if (tied.length > 0) return problems(inFile(ledgerFile, tied, ''));
    const pricing = priceOnCard(budget.value, card.value, { asOf: asOf.value });
    if (!pricing.ok) return problems(pricing.problems);
    const monitored = monitor(pricing.value, ledger.value);
    if (!monitored.ok) return problems(inFile(budgetFile, monitored.problems, ''));
    const report = toMonitorReport(monitored.value);
    if (format === 'json') output.stdout(`${JSON.stringify(report, null, 2)}\n`);
    else if (format === 'csv') output.stdout(monitorCsv(report, t));
    else
      output.stdout(
        monitorText(report, budget.value.title, t, {
          locale: localeOf(language),
          names: behindNames(budget.value, report.flags),
        }),
      );
    return EXIT_OK;
  } catch (error) {
    output.stderr(faultLine(error, t));
    return EXIT_FAULT;
  }
}
