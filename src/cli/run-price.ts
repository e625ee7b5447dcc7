/**
 * `npm run price -- <budget.json> [--rate-card <id or path>] [--format json|csv|text]`
 * (budget-model.md, "Headless pricing"), and `--format pdf --out <file.pdf>`, which writes
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
import { documentRevision } from '../domain/revisions/history';
import { createI18n, type Language } from '../i18n';
import { cardWarningWords } from '../i18n/card-warning-words';
import { describeProblem } from '../i18n/problems';
import { budgetCsv } from '../io/budget-csv';
import { textReport } from '../io/text-report';
import { parseArgs, type OutputFormat, type PriceArgs } from './args';
import { loadBudget, loadCard } from './load';
import { runCohort } from './run-cohort';
import { runCompare } from './run-compare';

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_FAULT = 2;

/** Async for every format, as only the PDF renders asynchronously: callers await one way. */
export async function runPrice(argv: readonly string[], output: Output): Promise<number> {
  // English until the arguments say otherwise: a bad argument is reported in English.
  let { t } = createI18n('en');
  if (argv[0] === 'compare') return runCompare(argv.slice(1), output, t);
  try {
    const parsed = parseArgs(argv);
    if (parsed.kind === 'help') {
      output.stdout(`${t('cli.usage')}\n${t('caseload.cli.usage')}\n`);
      return EXIT_OK;
    }
    if (parsed.kind === 'error') {
      output.stderr(`${t(parsed.key, parsed.values ?? {})}\n${t(parsed.usage ?? 'cli.usage')}\n`);
      return EXIT_BAD_INPUT;
    }
    // The caseload command speaks English only for now (its figures are the same in both).
    if (parsed.kind === 'cohort') return runCohort(parsed.args, output, t);
    ({ t } = createI18n(parsed.args.language));
    const priced = price(parsed.args);
    if (!priced.ok) {
      output.stderr(priced.problems.map((p) => `${describeProblem(p, t)}\n`).join(''));
      return EXIT_BAD_INPUT;
    }
    const { args } = parsed;
    // A card that prices care at nothing is said on standard error in every format, the
    // CSV and the PDF included; the JSON and text reports also list it in their warnings.
    for (const warning of cardWarnings(priced.pricing.card)) {
      const message = cardWarningWords(warning, t);
      output.stderr(`${t('cli.cardWarning', { card: priced.pricing.card.id, message })}\n`);
    }
    if (args.format === 'pdf') return await writePdf(priced.pricing, args, t, output);
    output.stdout(render(priced.pricing, args.format, t, args.language));
    return EXIT_OK;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    output.stderr(`${t('cli.unexpected', { message })}\n`);
    return EXIT_FAULT;
  }
}

type Priced = { ok: true; pricing: BudgetPricing } | { ok: false; problems: readonly Problem[] };

function price(args: PriceArgs): Priced {
  const budget = loadBudget(args.budgetFile);
  if (!budget.ok) return budget;
  const card = loadCard(args.rateCard ?? budget.value.rateCard);
  if (!card.ok) return card;
  const pricing = priceOnCard(budget.value, card.value);
  return pricing.ok ? { ok: true, pricing: pricing.value } : pricing;
}

function render(pricing: BudgetPricing, format: Exclude<OutputFormat, 'pdf'>, t: TFunction, language: Language): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(toReport(pricing), null, 2)}\n`;
    case 'csv':
      return budgetCsv(pricing, t, language);
    case 'text':
      return textReport(pricing, t, language);
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
  const pdf = await budgetPdfBuffer({
    pricing,
    t,
    language,
    madeOn: localIsoDate(new Date()),
    revision: documentRevision(pricing.budget),
  });
  try {
    writeFileSync(file, pdf);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    output.stderr(`${t(WRITE_ERRORS[code] ?? 'pdf.cli.writeFailed', { file })}\n`);
    return EXIT_BAD_INPUT;
  }
  return EXIT_OK;
}
