/**
 * Arguments of `npm run price -- --cohort <folder> [--rate-card <id or path>]
 * [--format json|csv|table-csv]`: a whole caseload priced together.
 */
import { asOfOption } from './date-args';

export const COHORT_FORMATS = ['json', 'csv', 'table-csv'] as const;
export type CohortFormat = (typeof COHORT_FORMATS)[number];

export interface CohortArgs {
  readonly folder: string;
  readonly rateCard: string | null;
  readonly format: CohortFormat;
  /** `--as-of`: every budget priced as at this one date (rule 11). */
  readonly asOf: string | undefined;
}

export type ParsedCohortArgs =
  | { readonly kind: 'cohort'; readonly args: CohortArgs }
  | { readonly kind: 'error'; readonly key: string; readonly values?: Record<string, string>; readonly usage: string };

const OPTIONS = new Set(['--cohort', '--rate-card', '--format', '--as-of']);
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
    if (value === undefined || value === '') return { kind: 'error', key: 'cli.missingValue', values: { option: name }, usage: USAGE };
    options.set(name, value);
  }
  const format = options.get('--format') ?? 'json';
  if (!(COHORT_FORMATS as readonly string[]).includes(format)) return { kind: 'error', key: 'caseload.cli.badFormat', usage: USAGE };
  const asOf = asOfOption(options.get('--as-of'));
  if (!asOf.ok) return { kind: 'error', key: asOf.key, usage: USAGE };
  return {
    kind: 'cohort',
    args: {
      folder: options.get('--cohort') as string,
      rateCard: options.get('--rate-card') ?? null,
      format: format as CohortFormat,
      asOf: asOf.value,
    },
  };
}
