/**
 * Arguments of `npm run price -- --cohort <folder> [--rate-card <id or path>]
 * [--format json|csv|table-csv|phb-return|phb-return-csv|benchmark|text] [--quarter YYYY-YY-qN] [--as-of YYYY-MM-DD]
 * [--next-card <id or path>]`: a whole caseload priced together (on next year's card as
 * well, to compare), or counted for the quarterly PHB return.
 */
import { parseQuarter, type Quarter } from '../domain/caseload/quarter';
import { isLanguage, type Language } from '../i18n';
import { asOfOption } from './date-args';

export const COHORT_FORMATS = [
  'json',
  'csv',
  'table-csv',
  'phb-return',
  'phb-return-csv',
  'benchmark',
  'text',
] as const;
export type CohortFormat = (typeof COHORT_FORMATS)[number];

const RETURN_FORMATS = ['phb-return', 'phb-return-csv'] as const;
type ReturnFormat = (typeof RETURN_FORMATS)[number];

/** A PHB return has the quarter to count; every other format prices, with no quarter. */
export type CohortArgs = {
  readonly folder: string;
  readonly rateCard: string | null;
  /** `--cards <folder>`: cards known by id beside the shipped ones (cards-folder.ts). */
  readonly cards: string | null;
  /** `--as-of`: every budget priced as at this one date (rule 11); absent, today, as is, for every budget. */
  readonly asOf: string | undefined;
  /** `--next-card`: next year's card (id or path), to price every budget on as well and compare. */
  readonly nextCard: string | null;
  /** `--lang cy|en`: the language of the CSVs and messages. */
  readonly language: Language;
  /** `--area` and `--population`, for `--format benchmark`. */
  readonly area: string;
  readonly population: number | null;
} & (
  | { readonly format: Exclude<CohortFormat, ReturnFormat | 'text'>; readonly quarter: null }
  /** The text report: the summary, and the return too when a quarter is given. */
  | { readonly format: 'text'; readonly quarter: Quarter | null }
  | { readonly format: ReturnFormat; readonly quarter: Quarter }
);

export type ParsedCohortArgs =
  | { readonly kind: 'cohort'; readonly args: CohortArgs }
  | {
      readonly kind: 'error';
      readonly key: string;
      readonly values?: Record<string, string>;
      readonly usage: string;
    };

const OPTIONS = new Set([
  '--cohort',
  '--rate-card',
  '--cards',
  '--format',
  '--as-of',
  '--quarter',
  '--next-card',
  '--lang',
  '--area',
  '--population',
]);
const USAGE = 'caseload.cli.usage';

export function isCohortCommand(argv: readonly string[]): boolean {
  return argv.some((arg) => arg === '--cohort' || arg.startsWith('--cohort='));
}

export function parseCohortArgs(argv: readonly string[]): ParsedCohortArgs {
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [name = '', inline] = arg.split(/=(.*)/s, 2);
    if (!OPTIONS.has(name)) {
      // A budget file and a folder together is a mistake worth naming, not a silent choice.
      const key = arg.startsWith('-') ? 'cli.unknownOption' : 'caseload.cli.notBoth';
      return { kind: 'error', key, values: { option: name }, usage: USAGE };
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '')
      return { kind: 'error', key: 'cli.missingValue', values: { option: name }, usage: USAGE };
    options.set(name, value);
  }
  const format = options.get('--format') ?? 'json';
  if (!(COHORT_FORMATS as readonly string[]).includes(format))
    return { kind: 'error', key: 'caseload.cli.badFormat', usage: USAGE };
  const asOf = asOfOption(options.get('--as-of'));
  if (!asOf.ok) return { kind: 'error', key: asOf.key, usage: USAGE };
  const folder = options.get('--cohort') as string;
  const rateCard = options.get('--rate-card') ?? null;
  const cards = options.get('--cards') ?? null;
  const nextCard = options.get('--next-card') ?? null;
  const language = options.get('--lang') ?? 'en';
  if (!isLanguage(language)) return { kind: 'error', key: 'cli.badLang', usage: USAGE };
  const area = options.get('--area') ?? '';
  if (format === 'benchmark' && area === '')
    return { kind: 'error', key: 'commissioner.cli.needsArea', usage: USAGE };
  const populationText = options.get('--population');
  if (populationText !== undefined && !/^[1-9]\d{0,8}$/.test(populationText))
    return { kind: 'error', key: 'commissioner.cli.badPopulation', usage: USAGE };
  if (format !== 'benchmark' && (options.has('--area') || populationText !== undefined))
    return { kind: 'error', key: 'commissioner.cli.benchmarkOnly', usage: USAGE };
  const population = populationText === undefined ? null : Number(populationText);
  const common = {
    folder,
    rateCard,
    cards,
    nextCard,
    language,
    area,
    population,
    asOf: asOf.value,
  };
  const quarterText = options.get('--quarter');
  if (format === 'text' && quarterText === undefined)
    return { kind: 'cohort', args: { ...common, format, quarter: null } };
  if (!isReturnFormat(format) && format !== 'text') {
    if (quarterText !== undefined)
      return { kind: 'error', key: 'caseload.cli.quarterWithoutReturn', usage: USAGE };
    return {
      kind: 'cohort',
      args: {
        ...common,
        format: format as Exclude<CohortFormat, ReturnFormat | 'text'>,
        quarter: null,
      },
    };
  }
  if (quarterText === undefined)
    return { kind: 'error', key: 'caseload.cli.noQuarter', values: { format }, usage: USAGE };
  const quarter = parseQuarter(quarterText);
  if (!quarter.ok) {
    const [first] = quarter.problems;
    // validation.quarter → caseload.cli.quarter: the same words, led by the option's name.
    const key = `caseload.cli.${(first?.key ?? 'validation.quarter').replace('validation.', '')}`;
    const values = Object.fromEntries(
      Object.entries(first?.values ?? {}).map(([name, value]) => [name, String(value)]),
    );
    return { kind: 'error', key, values, usage: USAGE };
  }
  if (format === 'text')
    return { kind: 'cohort', args: { ...common, format, quarter: quarter.value } };
  if (nextCard !== null)
    return { kind: 'error', key: 'commissioner.cli.nextCardNotWithReturn', usage: USAGE };
  return { kind: 'cohort', args: { ...common, format, quarter: quarter.value } };
}

function isReturnFormat(format: string): format is ReturnFormat {
  return (RETURN_FORMATS as readonly string[]).includes(format);
}
