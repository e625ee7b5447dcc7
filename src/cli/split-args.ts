/** Positional arguments and `--option value` / `--option=value` pairs, for every command. */
export type SplitArgs =
  | {
      readonly kind: 'split';
      readonly positional: readonly string[];
      readonly options: ReadonlyMap<string, string>;
    }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly key: string; readonly values: Record<string, string> };

export function splitArgs(
  argv: readonly string[],
  optionsWithValues: ReadonlySet<string>,
): SplitArgs {
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
    if (!optionsWithValues.has(name))
      return { kind: 'error', key: 'cli.unknownOption', values: { option: name } };
    const value = inline ?? argv[++i];
    if (value === undefined || value === '')
      return { kind: 'error', key: 'cli.missingValue', values: { option: name } };
    options.set(name, value);
  }
  return { kind: 'split', positional, options };
}
