/**
 * `npm run price -- <budget.json> [--rate-card <id or path>] [--format json|csv|text]`
 * (docs/command-line.md), and `--format pdf --out <file.pdf>`, which writes
 * the budget's PDF to that file and prints nothing. A bad file exits 1 with one message
 * per problem on standard error and nothing on standard output; nothing ever prints a
 * stack trace. `--lang cy` gives the CSV, text and PDF (and the messages about the files)
 * in Welsh, byte for byte as the app makes them when it is in Welsh.
 */
import { writeFileSync } from 'node:fs';
import type { TFunction } from 'i18next';
import { localIsoDate } from '../domain/local-date';
import { priceOnCard, type BudgetPricing } from '../domain/pricing/price-budget';
import type { Problem } from '../domain/problems';
import { cardWarnings } from '../domain/card-warnings';
import { toReport } from '../domain/report';
import { toTimeReport } from '../domain/time-report';
import { documentRevision } from '../domain/revisions/history';
import { createI18n, type Language } from '../i18n';
import { cardWarningWords } from '../i18n/card-warning-words';
import { budgetCsv } from '../io/budget-csv';
import { payrollCsv } from '../io/exports/payroll-csv';
import { phbScheduleCsv } from '../io/exports/phb-schedule-csv';
import { serviceAgreementCsv } from '../io/exports/service-agreement-csv';
import { textReport } from '../io/text-report';
import { parseArgs, type OutputFormat, type PriceArgs } from './args';
import { loadCardsFolder } from './cards-folder';
import { loadBudget, loadCardFor } from './load';
import { EXIT_BAD_INPUT, EXIT_FAULT, EXIT_OK, type Output } from './output';
import { runCohort } from './run-cohort';
import { runCompare } from './run-compare';
import { runMonitor } from './run-monitor';
import { runPaPay } from './run-pa-pay';
import { faultLine, problemLines, safeMessage } from './terminal-text';

/** Async for every format, as only the PDF renders asynchronously: callers await one way. */
export async function runPrice(argv: readonly string[], output: Output): Promise<number> {
  // English until the arguments say otherwise: a bad argument is reported in English.
  let { t } = createI18n('en');
  if (argv[0] === 'compare') return runCompare(argv.slice(1), output, t);
  if (argv[0] === 'pa-pay') return runPaPay(argv.slice(1), output, t);
  if (argv[0] === 'monitor') return runMonitor(argv.slice(1), output, t);
  try {
    const parsed = parseArgs(argv);
    if (parsed.kind === 'help') {
      output.stdout(`${t('cli.usage')}\n${t('caseload.cli.usage')}\n`);
      return EXIT_OK;
    }
    if (parsed.kind === 'error') {
      output.stderr(
        `${safeMessage(t, parsed.key, parsed.values)}\n${t(parsed.usage ?? 'cli.usage')}\n`,
      );
      return EXIT_BAD_INPUT;
    }
    // The caseload command speaks English only for now (its figures are the same in both).
    if (parsed.kind === 'cohort')
      return runCohort(parsed.args, output, createI18n(parsed.args.language).t);
    ({ t } = createI18n(parsed.args.language));
    const priced = price(parsed.args);
    if (!priced.ok) {
      output.stderr(problemLines(priced.problems, t));
      return EXIT_BAD_INPUT;
    }
    const { args } = parsed;
    // A card that prices care at nothing is said on standard error in every format, the
    // CSV and the PDF included; the JSON and text reports also list it in their warnings.
    for (const warning of cardWarnings(priced.pricing.card)) {
      const message = cardWarningWords(warning, t);
      output.stderr(
        `${safeMessage(t, 'cli.cardWarning', { card: priced.pricing.card.id, message })}\n`,
      );
    }
    if (args.format === 'pdf') return await writePdf(priced.pricing, args, t, output);
    output.stdout(render(priced.pricing, args, t));
    return EXIT_OK;
  } catch (error) {
    output.stderr(faultLine(error, t));
    return EXIT_FAULT;
  }
}

type Priced = { ok: true; pricing: BudgetPricing } | { ok: false; problems: readonly Problem[] };

function price(args: PriceArgs): Priced {
  const budget = loadBudget(args.budgetFile);
  if (!budget.ok) return budget;
  const cards = loadCardsFolder(args.cards);
  if (!cards.ok) return cards;
  const card = loadCardFor(budget.value, args.rateCard, cards.value);
  if (!card.ok) return card;
  const pricing = priceOnCard(budget.value, card.value, { asOf: args.asOf });
  return pricing.ok ? { ok: true, pricing: pricing.value } : pricing;
}

function render(
  pricing: BudgetPricing,
  args: PriceArgs & { format: Exclude<OutputFormat, 'pdf'> },
  t: TFunction,
): string {
  const { language, period } = args;
  switch (args.format) {
    case 'json':
      return `${JSON.stringify({ ...toReport(pricing), ...toTimeReport(pricing, period) }, null, 2)}\n`;
    case 'csv':
      return budgetCsv(pricing, t, language, period);
    case 'text':
      return textReport(pricing, t, language, period);
    case 'phb-schedule':
      return phbScheduleCsv(pricing, language);
    case 'payroll':
      return payrollCsv(pricing, language);
    case 'service-agreement':
      return serviceAgreementCsv(pricing);
  }
}

/** What the system's error codes mean when the PDF cannot be written; any other is "could not be written". */
const WRITE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'pdf.cli.noFolder',
  ENOTDIR: 'pdf.cli.noFolder',
  EISDIR: 'pdf.cli.isAFolder',
  EACCES: 'pdf.cli.notAllowed',
  EPERM: 'pdf.cli.notAllowed',
  EROFS: 'pdf.cli.notAllowed',
};

async function writePdf(
  pricing: BudgetPricing,
  { out: file, language }: { readonly out: string; readonly language: Language },
  t: TFunction,
  output: Output,
): Promise<number> {
  // Loaded only for a PDF: react-pdf and its fonts would slow every other format's start.
  const { budgetPdfBuffer } = await import('../io/pdf/pdf-node');
  const made = await budgetPdfBuffer({
    pricing,
    t,
    language,
    madeOn: localIsoDate(new Date()),
    revision: documentRevision(pricing.budget),
  });
  if (!made.ok) {
    const { describeRefusal } = await import('../io/pdf/refusal-message');
    output.stderr(`${describeRefusal(made, t, 'cli')}\n`);
    return EXIT_BAD_INPUT;
  }
  try {
    writeFileSync(file, made.value);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    output.stderr(`${safeMessage(t, WRITE_ERRORS[code] ?? 'pdf.cli.writeFailed', { file })}\n`);
    return EXIT_BAD_INPUT;
  }
  return EXIT_OK;
}
