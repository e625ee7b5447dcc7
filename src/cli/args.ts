/** Command-line arguments of `npm run price`, parsed without a library: there are few. */
export const OUTPUT_FORMATS = ['json', 'csv', 'text'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface PriceArgs {
  readonly budgetFile: string;
  readonly rateCard: string | null;
  readonly format: OutputFormat;
}

export type ParsedArgs =
  | { readonly kind: 'price'; readonly args: PriceArgs }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly key: string; readonly values?: Record<string, string> };

const OPTIONS_WITH_VALUES = new Set(['--rate-card', '--format']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.split(/=(.*)/s, 2);
    if (!OPTIONS_WITH_VALUES.has(name)) return { kind: 'error', key: 'cli.unknownOption', values: { option: name } };
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') return { kind: 'error', key: 'cli.missingValue', values: { option: name } };
    options.set(name, value);
  }
  if (positional.length !== 1) return { kind: 'error', key: 'cli.oneBudget' };
  const format = options.get('--format') ?? 'json';
  if (!isOutputFormat(format)) return { kind: 'error', key: 'cli.badFormat' };
  return {
    kind: 'price',
    args: { budgetFile: positional[0] as string, rateCard: options.get('--rate-card') ?? null, format },
  };
}

function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}
