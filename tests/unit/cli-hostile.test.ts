/**
 * The hostile and broken input corpus (tests/fixtures/hostile/) through the headless
 * pricing command (docs/command-line.md): a bad file gets exit status 1,
 * nothing on standard output, and one readable `<field path>: <message>` line per problem
 * on standard error, never a stack trace, a crash or a changed prototype.
 *
 * Every file in the corpus is derived from one small valid budget (the `valid-` file
 * there is that budget with script and formula text as data) or from the shipped card
 * england-2025-26, with one defect each unless its name says otherwise.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/builders';
import { HOSTILE_CARDS, CARD_PROTOTYPE_FILES } from '../helpers/hostile-cards';
import { HOSTILE_BUDGETS, PROTOTYPE_FILES, VALID_BUDGETS } from '../helpers/hostile-budgets';
import {
  expectPrototypesUntouched,
  HOSTILE_BUDGET_DIR,
  HOSTILE_CARD_DIR,
  type Named,
} from '../helpers/hostile-corpus';
import { price, type Run } from '../helpers/run-price';

const BUDGETS = HOSTILE_BUDGET_DIR;
const CARDS = HOSTILE_CARD_DIR;
const EXAMPLE = join(ROOT, 'examples', 'example-ann.json');
const VALID_BUDGET = join(BUDGETS, 'valid-script-and-formula-activity.json');

/** A field path, then a message: `lines[2].minutes: must be a whole number from 1 to 1440`. */
const PROBLEM_LINE = /^[^:\n]+: .+$/;
/** What must never reach a person: stack frames, error class names, JavaScript leaking through. */
const STACK_FRAME = /^\s*at\s+\S/;
const SOURCE_LOCATION = /\.(?:ts|tsx|js|mjs|cjs):\d+/;
const LEAKS = ['Error:', 'undefined', 'NaN', '[object Object]'];
/** Characters a terminal acts on (escapes, bells) or does not show: messages are plain printable text. */
function controlOrInvisible(line: string): string[] {
  return [...line].filter((char) => {
    const code = char.codePointAt(0) ?? 0;
    return (
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      (code >= 0x200b && code <= 0x200f) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0xfeff
    );
  });
}

/** The checks every refused file must pass, whatever its defect; returns the stderr lines. */
function expectRefusedCleanly(run: Run): string[] {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  const lines = run.stderr.slice(0, -1).split('\n');
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    expect(line, 'each stderr line is "<field path>: <message>"').toMatch(PROBLEM_LINE);
    expect(line, 'no stack frame').not.toMatch(STACK_FRAME);
    expect(line, 'no source location').not.toMatch(SOURCE_LOCATION);
    for (const leak of LEAKS) expect(line, `no "${leak}"`).not.toContain(leak);
    expect(
      controlOrInvisible(line),
      `no control or invisible characters in ${JSON.stringify(line)}`,
    ).toEqual([]);
  }
  expect(new Set(lines).size, 'each problem is said once').toBe(lines.length);
  return lines;
}

/** One line per problem: a file with one defect gets one line, one with several a line for each. */
function expectOneLinePerProblem(lines: readonly string[], named: readonly Named[]): void {
  expect(lines, `one line per problem in:\n${lines.join('\n')}`).toHaveLength(named.length);
}

/** `file` in a Named path stands for the file given: whole-file problems name the file. */
function expectNamed(
  lines: readonly string[],
  named: readonly Named[],
  prefix: string,
  file: string,
): void {
  for (const [path, message] of named) {
    const start = path === 'file' ? `${file}: ` : `${prefix}${path}: `;
    const matching = lines.filter((line) => line.startsWith(start));
    expect(matching, `a line starting "${start}" in:\n${lines.join('\n')}`).not.toHaveLength(0);
    if (message !== undefined) {
      expect(
        matching.some((line) => line.includes(message)),
        `a "${start}" line saying "${message}" in:\n${lines.join('\n')}`,
      ).toBe(true);
    }
  }
}

describe('hostile budget files', () => {
  it('the corpus holds at least 120 hostile budgets, every one with an expectation', () => {
    const files = readdirSync(BUDGETS).sort();
    const hostile = files.filter((name) => !VALID_BUDGETS.includes(name));
    expect(hostile.length).toBeGreaterThanOrEqual(120);
    expect(hostile).toEqual(Object.keys(HOSTILE_BUDGETS).sort());
    for (const name of VALID_BUDGETS) expect(files).toContain(name);
  });

  it('the valid budget the corpus is derived from prices, so each file fails only for its defect', async () => {
    const run = await price([VALID_BUDGET]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  describe.each(Object.entries(HOSTILE_BUDGETS))('%s', (name, expectation) => {
    it(expectation.rule, async () => {
      const lines = expectRefusedCleanly(await price([join(BUDGETS, name)]));
      expectNamed(lines, expectation.named, '', join(BUDGETS, name));
      expectOneLinePerProblem(lines, expectation.named);
      for (const words of expectation.absent ?? []) {
        for (const line of lines) expect(line).not.toContain(words);
      }
      if (expectation.located !== undefined) expect(lines[0]).toContain(expectation.located);
      expectPrototypesUntouched();
    });
  });

  it('no __proto__, constructor or prototype key changes Object.prototype [H10.4]', async () => {
    for (const name of PROTOTYPE_FILES) {
      expect((await price([join(BUDGETS, name)])).code).toBe(1);
      expectPrototypesUntouched();
    }
  });
});

describe('hostile budgets generated at test time', () => {
  let dir = '';
  const base = (): Record<string, unknown> & { lines: Record<string, unknown>[] } =>
    JSON.parse(readFileSync(VALID_BUDGET, 'utf8')) as Record<string, unknown> & {
      lines: Record<string, unknown>[];
    };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hostile-budgets-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function write(name: string, text: string): string {
    const path = join(dir, name);
    writeFileSync(path, text, 'utf8');
    return path;
  }

  it('a file over 5 MB is refused by its size, before it is read', async () => {
    const budget = base();
    const path = write('huge.json', JSON.stringify({ ...budget, title: 'x'.repeat(5_100_000) }));
    const lines = expectRefusedCleanly(await price([path]));
    expectNamed(lines, [['file', 'larger than the 5.0 MB this tool opens']], '', path);
  });

  it('a file over 5 MB of padding around a valid budget is refused too', async () => {
    const path = write('padded.json', `${JSON.stringify(base())}${' '.repeat(5_000_001)}`);
    expectNamed(
      expectRefusedCleanly(await price([path])),
      [['file', 'larger than the 5.0 MB']],
      '',
      path,
    );
  });

  it('3,000 lines, over the 2,000 a budget may have, are refused in one message', async () => {
    const budget = base();
    const line = budget.lines[1] as Record<string, unknown>;
    budget.lines = Array.from({ length: 3000 }, (_, index) => ({ ...line, id: `l${index}` }));
    const path = write('3000-lines.json', JSON.stringify(budget));
    const lines = expectRefusedCleanly(await price([path]));
    expectNamed(lines, [['lines', 'must be a list of 0 to 2000 items']], '', path);
    expect(lines).toHaveLength(1);
  });

  it('3,000 broken lines get one message about the list, not thousands', async () => {
    const budget = { ...base(), lines: Array.from({ length: 3000 }, () => ({})) };
    const lines = expectRefusedCleanly(
      await price([write('3000-broken-lines.json', JSON.stringify(budget))]),
    );
    expect(lines).toEqual(['lines: must be a list of 0 to 2000 items']);
  });

  it('100,000 days on one line are refused as a list, not one message per day', async () => {
    const budget = base();
    budget.lines[1] = { ...budget.lines[1], days: Array.from({ length: 100_000 }, () => 'funday') };
    const lines = expectRefusedCleanly(
      await price([write('100k-days.json', JSON.stringify(budget))]),
    );
    expect(lines).toEqual([
      'lines[1].days: must list between 1 and 7 different days, from: mon, tue, wed, thu, fri, sat, sun',
    ]);
  });

  it('2,000 lines, the limit itself, are priced', async () => {
    const budget = base();
    const line = budget.lines[1] as Record<string, unknown>;
    budget.lines = Array.from({ length: 2000 }, (_, index) => ({ ...line, id: `l${index}` }));
    const run = await price([write('2000-lines.json', JSON.stringify(budget))]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { lines: unknown[] }).lines).toHaveLength(2000);
  });

  it('a rate card over 2 MB is refused by its size, naming the card', async () => {
    const card = JSON.parse(
      readFileSync(join(ROOT, 'rate-cards', 'england-2025-26.json'), 'utf8'),
    ) as Record<string, unknown>;
    const path = write('huge-card.json', JSON.stringify({ ...card, notes: 'x'.repeat(2_100_000) }));
    const lines = expectRefusedCleanly(await price([EXAMPLE, '--rate-card', path]));
    expectNamed(lines, [['file', 'larger than the 2.0 MB this tool opens']], `${path} `, path);
  });
});

describe('hostile rate cards, given with --rate-card beside the valid example budget', () => {
  it('the corpus holds at least 45 hostile rate cards, every one with an expectation', () => {
    const files = readdirSync(CARDS).sort();
    expect(files.length).toBeGreaterThanOrEqual(45);
    expect(files).toEqual(Object.keys(HOSTILE_CARDS).sort());
  });

  it('the card the corpus is derived from prices the example, so each card fails only for its defect', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostile-card-base-'));
    try {
      const card = JSON.parse(
        readFileSync(join(ROOT, 'rate-cards', 'england-2025-26.json'), 'utf8'),
      ) as Record<string, unknown>;
      delete card['notes'];
      card['id'] = 'hostile-card-base';
      const path = join(dir, 'base.json');
      writeFileSync(path, JSON.stringify(card, null, 2));
      const run = await price([EXAMPLE, '--rate-card', path]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe.each(Object.entries(HOSTILE_CARDS))('%s', (name, expectation) => {
    it(expectation.rule, async () => {
      const path = join(CARDS, name);
      const lines = expectRefusedCleanly(await price([EXAMPLE, '--rate-card', path]));
      // Rate-card problems are prefixed with the card reference, so they are not taken for the budget's.
      for (const line of lines) expect(line.startsWith(path)).toBe(true);
      expectNamed(lines, expectation.named, `${path} `, path);
      expectOneLinePerProblem(lines, expectation.named);
      for (const words of expectation.absent ?? []) {
        for (const line of lines) expect(line).not.toContain(words);
      }
      if (expectation.located !== undefined) expect(lines[0]).toContain(expectation.located);
      expectPrototypesUntouched();
    });
  });

  it('no __proto__ or constructor key in a rate card changes Object.prototype', async () => {
    for (const name of CARD_PROTOTYPE_FILES) {
      expect((await price([EXAMPLE, '--rate-card', join(CARDS, name)])).code).toBe(1);
      expectPrototypesUntouched();
    }
  });
});
