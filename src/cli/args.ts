/** Command-line arguments of `npm run price`, parsed without a library: there are few. */
import { isLanguage, type Language } from '../i18n';
import { isCohortCommand, parseCohortArgs, type ParsedCohortArgs } from './cohort-args';
import { asOfOption, periodOption } from './date-args';
import { splitArgs } from './split-args';

/** The exports for other systems (docs/exports.md) are CSV on standard output, as `csv` is. */
export const OUTPUT_FORMATS = [
  'json',
  'csv',
  'text',
  'pdf',
  'phb-schedule',
  'payroll',
  'service-agreement',
] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

interface CommonArgs {
  readonly budgetFile: string;
  readonly rateCard: string | null;
  /** `--cards <folder>`: cards known by id beside the shipped ones (cards-folder.ts). */
  readonly cards: string | null;
  /** The language of the CSV, text and PDF (`--lang cy|en`, English by default). */
  readonly language: Language;
  /** `--as-of`: the as-at date; absent, today moved into the plan's dates (rule 11). */
  readonly asOf: string | undefined;
  /** `--period a..b`: a period to cost line by line, both days included (rule 12). */
  readonly period: { readonly from: string; readonly to: string } | undefined;
}

/** A PDF goes to the file named by --out; the other formats to standard output. */
export type PriceArgs =
  | (CommonArgs & { readonly format: 'pdf'; readonly out: string })
  | (CommonArgs & { readonly format: Exclude<OutputFormat, 'pdf'>; readonly out: null });

export type ParsedArgs =
  | { readonly kind: 'price'; readonly args: PriceArgs }
  | Extract<ParsedCohortArgs, { kind: 'cohort' }>
  | { readonly kind: 'help' }
  | {
      readonly kind: 'error';
      readonly key: string;
      readonly values?: Record<string, string>;
      /** The usage line to print after the message, when not the general one. */
      readonly usage?: string;
    };

const OPTIONS_WITH_VALUES = new Set([
  '--rate-card',
  '--cards',
  '--format',
  '--out',
  '--lang',
  '--as-of',
  '--period',
]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (isCohortCommand(argv) && !argv.includes('--help') && !argv.includes('-h'))
    return parseCohortArgs(argv);
  const split = splitArgs(argv, OPTIONS_WITH_VALUES);
  if (split.kind !== 'split') return split;
  const { positional, options } = split;
  if (positional.length !== 1) return { kind: 'error', key: 'cli.oneBudget' };
  const format = options.get('--format') ?? 'json';
  if (!isOutputFormat(format)) return { kind: 'error', key: 'cli.badFormat' };
  const language = options.get('--lang') ?? 'en';
  if (!isLanguage(language)) return { kind: 'error', key: 'cli.badLang' };
  const asOf = asOfOption(options.get('--as-of'));
  if (!asOf.ok) return { kind: 'error', key: asOf.key };
  const period = periodOption(options.get('--period'));
  if (!period.ok) return { kind: 'error', key: period.key };
  const common = {
    budgetFile: positional[0] as string,
    rateCard: options.get('--rate-card') ?? null,
    cards: options.get('--cards') ?? null,
    language,
    asOf: asOf.value,
    period: period.value,
  };
  const out = options.get('--out');
  // A PDF is binary: written to a named file, never to a terminal. The text formats go to
  // standard output, where the shell can send them on, so --out means nothing for them.
  if (format === 'pdf') {
    return out === undefined
      ? { kind: 'error', key: 'pdf.cli.needsOut', usage: 'pdf.cli.usage' }
      : { kind: 'price', args: { ...common, format, out } };
  }
  if (out !== undefined)
    return { kind: 'error', key: 'pdf.cli.outOnlyForPdf', usage: 'pdf.cli.usage' };
  return { kind: 'price', args: { ...common, format, out: null } };
}

function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}
