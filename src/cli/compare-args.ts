/**
 * Arguments of `npm run price -- compare`: two budget files, or two revisions of one
 * file (--from, --to), or one budget on another rate card (--rate-card), or a mix.
 */
import { isLanguage, type Language } from '../i18n/languages';
import { splitArgs } from './split-args';
import { asOfOption } from './date-args';

export const COMPARE_FORMATS = ['json', 'csv', 'text'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

/** A revision number, or the current draft. */
export type Version = number | 'current';

export interface CompareArgs {
  readonly fromFile: string;
  readonly toFile: string;
  readonly fromVersion: Version;
  readonly toVersion: Version;
  /** The card to price the "to" side on, instead of its own. */
  readonly rateCard: string | null;
  /** `--cards <folder>`: cards known by id, for either side (cards-folder.ts). */
  readonly cards: string | null;
  /** `--as-of`: both budgets priced as at this date (rule 11). */
  readonly asOf: string | undefined;
  readonly format: CompareFormat;
  /** `--lang`: the language of the text and the CSV (the JSON's fields are the same in both). */
  readonly language: Language;
}

export type ParsedCompareArgs =
  | { readonly kind: 'compare'; readonly args: CompareArgs }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly key: string; readonly values?: Record<string, string> };

const OPTIONS = new Set([
  '--from',
  '--to',
  '--rate-card',
  '--cards',
  '--format',
  '--as-of',
  '--lang',
]);

export function parseCompareArgs(argv: readonly string[]): ParsedCompareArgs {
  const split = splitArgs(argv, OPTIONS);
  if (split.kind !== 'split') return split;
  const { positional: files, options } = split;
  if (files.length < 1 || files.length > 2) return { kind: 'error', key: 'revisions.cli.files' };
  const format = options.get('--format') ?? 'json';
  if (!(COMPARE_FORMATS as readonly string[]).includes(format))
    return { kind: 'error', key: 'revisions.cli.format' };
  const language = options.get('--lang') ?? 'en';
  if (!isLanguage(language)) return { kind: 'error', key: 'cli.badLang' };
  const fromVersion = version(options.get('--from'));
  const toVersion = version(options.get('--to'));
  if (fromVersion === null || toVersion === null)
    return { kind: 'error', key: 'revisions.cli.version' };
  const rateCard = options.get('--rate-card') ?? null;
  const asOf = asOfOption(options.get('--as-of'));
  if (!asOf.ok) return { kind: 'error', key: asOf.key };
  const fromFile = files[0] as string;
  const toFile = files[1] ?? fromFile;
  if (files.length === 1 && fromVersion === toVersion && rateCard === null) {
    return { kind: 'error', key: 'revisions.cli.nothingToCompare' };
  }
  return {
    kind: 'compare',
    args: {
      fromFile,
      toFile,
      fromVersion,
      toVersion,
      rateCard,
      cards: options.get('--cards') ?? null,
      format: format as CompareFormat,
      asOf: asOf.value,
      language,
    },
  };
}

function version(text: string | undefined): Version | null {
  if (text === undefined || text === 'current') return 'current';
  return /^[1-9]\d{0,3}$/.test(text) ? Number(text) : null;
}
