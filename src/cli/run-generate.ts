/**
 * `npm run generate -- --count N --seed S --out <folder> [--rate-card <id or path>]
 * [--lines N]`: writes N synthetic budget files (see src/generate) for tests, benchmarks
 * and trying the caseload view. The same seed always writes the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateBudgets } from '../generate/generate-budgets';
import { createI18n } from '../i18n';
import { budgetFileText } from '../io/budget-file';
import { loadCardOption } from './load';
import { EXIT_BAD_INPUT, EXIT_FAULT, EXIT_OK, type Output } from './output';
import { faultLine, problemLines, safeMessage } from './terminal-text';

const DEFAULT_CARD = 'england-2025-26';
/** Enough for a very large caseload; more is almost certainly a typing slip. */
const MAX_COUNT = 100_000;

export function runGenerate(argv: readonly string[], output: Output): number {
  const { t } = createI18n('en');
  try {
    const options = parseOptions(argv);
    if (typeof options === 'string') {
      output.stderr(`${t(options)}\n${t('caseload.generate.usage')}\n`);
      return EXIT_BAD_INPUT;
    }
    const card = loadCardOption(options.rateCard);
    if (!card.ok) {
      output.stderr(problemLines(card.problems, t));
      return EXIT_BAD_INPUT;
    }
    const budgets = generateBudgets({
      count: options.count,
      seed: options.seed,
      rateCard: card.value,
      ...(options.lines === undefined ? {} : { linesPerBudget: options.lines }),
    });
    mkdirSync(options.out, { recursive: true });
    for (const budget of budgets)
      writeFileSync(join(options.out, `${budget.id}.json`), budgetFileText(budget));
    output.stdout(
      `${safeMessage(t, 'caseload.generate.done', { count: budgets.length, folder: options.out })}\n`,
    );
    return EXIT_OK;
  } catch (error) {
    output.stderr(faultLine(error, t));
    return EXIT_FAULT;
  }
}

interface Options {
  readonly count: number;
  readonly seed: number;
  readonly out: string;
  readonly rateCard: string;
  readonly lines: number | undefined;
}

/** The options, or the key of the message saying what is wrong with them. */
function parseOptions(argv: readonly string[]): Options | string {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const [name = '', inline] = (argv[i] as string).split(/=(.*)/s, 2);
    if (!['--count', '--seed', '--out', '--rate-card', '--lines'].includes(name))
      return 'caseload.generate.badOption';
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') return 'caseload.generate.badOption';
    values.set(name, value);
  }
  const count = whole(values.get('--count'), 1, MAX_COUNT);
  const seed = whole(values.get('--seed'), 0, 2 ** 32 - 1);
  const lines = values.has('--lines') ? whole(values.get('--lines'), 0, 2000) : undefined;
  const out = values.get('--out');
  if (count === null || seed === null || lines === null || out === undefined)
    return 'caseload.generate.badOption';
  return { count, seed, out, rateCard: values.get('--rate-card') ?? DEFAULT_CARD, lines };
}

function whole(text: string | undefined, min: number, max: number): number | null {
  if (text === undefined || !/^\d+$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}
