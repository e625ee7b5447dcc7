/**
 * The command line against files built to attack it (security audit, issue 21): text a
 * terminal would act on, links in a caseload folder, pipes and devices named as files, a
 * budget naming a card file, and text that is not UTF-8. Runs that could block for ever
 * without the controls run in a child process, which is killed if it does not finish.
 */
import { spawnSync } from 'node:child_process';
import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRegularFile } from '../../src/cli/files';
import { loadShippedCard } from '../../src/cli/load';
import { terminalSafe } from '../../src/cli/terminal-text';
import { ROOT } from '../helpers/builders';
import { price, type Run } from '../helpers/run-price';

const EXAMPLE = join(ROOT, 'examples', 'example-ann.json');
const exampleText = readFileSync(EXAMPLE, 'utf8');
const example = JSON.parse(exampleText) as Record<string, unknown>;
const england = JSON.parse(
  readFileSync(join(ROOT, 'rate-cards', 'england-2025-26.json'), 'utf8'),
) as Record<string, unknown>;

/** What a terminal acts on or hides: controls, DEL, C1, bidi and zero-width marks, separators. */
const RAW_UNSAFE = /[\p{Cc}\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/u;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-safety-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const budgetText = (fields: Record<string, unknown>) =>
  `${JSON.stringify({ ...example, ...fields }, null, 2)}\n`;

/** Every stderr line, checked to hold nothing raw a terminal would act on. */
function safeLines(run: Run): string[] {
  const lines = run.stderr.replace(/\n$/, '').split('\n');
  for (const line of lines) expect(line, JSON.stringify(line)).not.toMatch(RAW_UNSAFE);
  return lines;
}

const TSX = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

/** `npm run price` in its own process, from `cwd`; killed (code null) if it has not ended in 60 s. */
function priceInChild(
  argv: readonly string[],
  cwd = ROOT,
): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(
    process.execPath,
    ['--import', TSX, join(ROOT, 'src', 'cli', 'price.ts'), ...argv],
    {
      cwd,
      encoding: 'utf8',
      timeout: 60_000,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('terminalSafe', () => {
  it('writes controls, bidi and invisible marks as \\uXXXX and leaves other text alone', () => {
    expect(terminalSafe('a\u001b]0;title\u0007b\nc\u202Ed\u0085e\u200Bf')).toBe(
      'a\\u001b]0;title\\u0007b\\u000ac\\u202ed\\u0085e\\u200bf',
    );
    expect(terminalSafe('Siân Ŵyn, £32.14 — 日本')).toBe('Siân Ŵyn, £32.14 — 日本');
  });
});

describe(
  'audit finding 3: text from files never reaches the terminal raw',
  { timeout: 30_000 },
  () => {
    it('an unknown field whose name sets the title, writes the clipboard or forges a line is printed escaped, on one line [H13.1]', async () => {
      const file = write(
        'escape-keys.json',
        budgetText({
          '\u001b]0;pwned\u0007': 1,
          '\u001b]52;c;ZXZpbA==\u0007': 2,
          'x\nforged.json: is fine': 3,
          '\u202Egnp.exe': 4,
        }),
      );
      const run = await price([file]);
      expect(run.code).toBe(1);
      const lines = safeLines(run);
      expect(lines).toHaveLength(4);
      expect(lines).toContain(
        '\\u001b]0;pwned\\u0007: is not a field this part of the file can have: remove it, or check its spelling (and, on a line, its kind)',
      );
      expect(run.stderr).toContain('\\u001b]52;c;ZXZpbA==\\u0007: ');
      expect(run.stderr).toContain('x\\u000aforged.json: is fine: ');
      expect(run.stderr).toContain('\\u202egnp.exe: ');
    });

    it("a card's sources[].figure with an escape sequence is printed escaped [H13.2]", async () => {
      const sources = england['sources'] as { figure: string; text: string }[];
      const card = write(
        'escape-figure-card.json',
        JSON.stringify({
          ...england,
          sources: [...sources, { figure: '\u001b[2J\u001b[Hcleared', text: 'x' }],
        }),
      );
      const run = await price([EXAMPLE, '--rate-card', card]);
      expect(run.code).toBe(1);
      expect(safeLines(run)).toEqual([
        // Refused as text before it is looked up as a figure: it is named, never printed.
        `${card} sources[${sources.length}].figure: must be one line of plain text, with no line breaks, tabs, control characters or direction overrides: character 1 is U+001B`,
      ]);
    });

    it('a file name in a --cohort folder is printed escaped on stderr, and kept exact in the JSON [H13.3]', async () => {
      const folder = join(dir, 'escape-names');
      mkdirSync(folder);
      writeFileSync(join(folder, 'ok.json'), exampleText);
      writeFileSync(join(folder, 'a\u001b]0;pwned\u0007\nb.json'), '{"format": ');
      const run = await price(['--cohort', folder]);
      expect(run.code).toBe(0);
      const lines = safeLines(run);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^a\\u001b\]0;pwned\\u0007\\u000ab\.json: is not valid JSON/);
      const output = JSON.parse(run.stdout) as { invalid: { file: string }[] };
      expect(output.invalid.map((i) => i.file)).toEqual(['a\u001b]0;pwned\u0007\nb.json']);
      expect(run.stdout, 'JSON writes the escape as \\u001b').not.toContain('\u001b');
    });

    it('an option or a missing file named with control characters is printed escaped', async () => {
      expect(safeLines(await price([EXAMPLE, '--x\u001b[2J']))[0]).toBe(
        'Unknown option --x\\u001b[2J',
      );
      const missing = join(dir, 'no\u001b[2Jsuch.json');
      expect(safeLines(await price([missing]))).toEqual([
        `${dir}/no\\u001b[2Jsuch.json: there is no file by that name`,
      ]);
    });
  },
);

describe(
  'audit finding 5: --cohort never follows a link nor leaves its folder',
  { timeout: 30_000 },
  () => {
    it('counts each of 3 budgets once, past a loop, links to a folder and a file, a link out and a hard link, and says what it skipped [H13.4]', async () => {
      const outside = join(dir, 'outside');
      mkdirSync(outside);
      writeFileSync(join(outside, 'secret.json'), budgetText({ id: 'outside-the-folder' }));
      const folder = join(dir, 'linked');
      mkdirSync(join(folder, 'sub'), { recursive: true });
      writeFileSync(join(folder, 'a.json'), budgetText({ id: 'budget-a' }));
      writeFileSync(join(folder, 'b.json'), budgetText({ id: 'budget-b' }));
      writeFileSync(join(folder, 'sub', 'c.json'), budgetText({ id: 'budget-c' }));
      symlinkSync('.', join(folder, 'loop'));
      symlinkSync('sub', join(folder, 'sub-again'));
      symlinkSync('a.json', join(folder, 'a-again.json'));
      symlinkSync(outside, join(folder, 'out'));
      symlinkSync(join(outside, 'secret.json'), join(folder, 'secret.json'));
      linkSync(join(folder, 'b.json'), join(folder, 'b-hard.json'));

      const run = await price(['--cohort', folder]);
      expect(run.code).toBe(0);
      const output = JSON.parse(run.stdout) as {
        summary: { count: number };
        budgets: { file: string; id: string }[];
        skipped: { file: string; problems: string[] }[];
      };
      expect(output.summary.count).toBe(3);
      expect(output.budgets.map((b) => b.file).sort()).toEqual([
        'a.json',
        'b-hard.json',
        'sub/c.json',
      ]);
      expect(output.budgets.map((b) => b.id)).not.toContain('outside-the-folder');
      const link =
        'is a symbolic link, so it is skipped: links are not followed, as they can count a budget twice or lead out of the folder';
      expect(safeLines(run)).toEqual([
        `a-again.json: ${link}`,
        'b.json: is the same file as b-hard.json (a hard link), so it is counted once, as b-hard.json',
        `loop: ${link}`,
        `out: ${link}`,
        `secret.json: ${link}`,
        `sub-again: ${link}`,
      ]);
      expect(output.skipped.map((s) => s.file)).toEqual([
        'a-again.json',
        'b.json',
        'loop',
        'out',
        'secret.json',
        'sub-again',
      ]);
    });
  },
);

describe(
  'audit finding 6: only regular files are read, and never past the limit',
  { timeout: 120_000 },
  () => {
    const NOT_A_FILE =
      'is not an ordinary file (it is a pipe, a device or a socket), so it is not read';

    it('a FIFO named as the budget, as the card or inside a --cohort folder is refused, not waited on [H13.5]', () => {
      const fifo = join(dir, 'pipe.json');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const asBudget = priceInChild([fifo]);
      expect([asBudget.code, asBudget.stdout, asBudget.stderr]).toEqual([
        1,
        '',
        `${fifo}: ${NOT_A_FILE}\n`,
      ]);
      const asCard = priceInChild([EXAMPLE, '--rate-card', fifo]);
      expect([asCard.code, asCard.stdout, asCard.stderr]).toEqual([
        1,
        '',
        `${fifo}: ${NOT_A_FILE}\n`,
      ]);
      const folder = join(dir, 'with-a-pipe');
      mkdirSync(folder);
      writeFileSync(join(folder, 'ann.json'), exampleText);
      expect(spawnSync('mkfifo', [join(folder, 'pipe.json')]).status).toBe(0);
      const asEntry = priceInChild(['--cohort', folder]);
      expect(asEntry.code).toBe(0);
      expect(asEntry.stderr).toBe(`pipe.json: ${NOT_A_FILE}\n`);
      expect((JSON.parse(asEntry.stdout) as { summary: { count: number } }).summary.count).toBe(1);
    });

    it('/dev/zero named as the budget is refused without reading it [H13.6]', () => {
      const run = priceInChild(['/dev/zero']);
      expect([run.code, run.stdout, run.stderr]).toEqual([1, '', `/dev/zero: ${NOT_A_FILE}\n`]);
    });

    it('a file that reports a smaller size than it holds is read to one byte past the limit and refused [H13.7]', () => {
      // The kernel reports /proc files as 0 bytes long, whatever they hold.
      const read = readRegularFile('/proc/self/status', 100, { followLinks: true });
      expect(read).toEqual({
        ok: false,
        problems: [{ path: 'file', key: 'validation.tooLargeRead', values: { max: '0.0 MB' } }],
      });
      const whole = readRegularFile('/proc/self/status', 1_000_000, { followLinks: true });
      expect(whole.ok && whole.value.length > 100).toBe(true);
    });
  },
);

describe(
  'audit finding 7: a budget names a card by id, never by path',
  { timeout: 120_000 },
  () => {
    it('a budget naming "evil.json" is refused, not priced on ./evil.json from the working directory [H13.8]', () => {
      const cwd = join(dir, 'evil-cwd');
      mkdirSync(cwd);
      writeFileSync(join(cwd, 'evil.json'), JSON.stringify({ ...england, id: 'evil.json' }));
      writeFileSync(join(cwd, 'budget.json'), budgetText({ rateCard: 'evil.json' }));
      const run = priceInChild(['budget.json'], cwd);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(
        /^rateCard: names rate card "evil\.json", which is not a shipped card \(england-2025-26, .*\): give a card file with --rate-card\n$/,
      );
      // Named on the command line, the same file is a card file, as it always was.
      expect(priceInChild(['budget.json', '--rate-card', './evil.json'], cwd).code).toBe(0);
    });

    it('a shipped card file whose card has another id is refused, by the budget and by --rate-card [H13.9]', async () => {
      const shipped = join(dir, 'shipped-cards');
      mkdirSync(shipped);
      writeFileSync(join(shipped, 'leeds-2026-27.json'), JSON.stringify(england));
      expect(loadShippedCard('leeds-2026-27', shipped)).toEqual({
        ok: false,
        problems: [
          {
            path: 'rateCard',
            key: 'validation.cardIdMismatch',
            values: { id: 'leeds-2026-27', found: 'england-2025-26' },
          },
        ],
      });
      expect(loadShippedCard('england-2025-26').ok).toBe(true);
    });
  },
);

describe(
  'audit finding 12: files are UTF-8, with at most one byte-order mark',
  { timeout: 30_000 },
  () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const utf16le = (text: string) => Buffer.from(text, 'utf16le');
    const utf16be = (text: string) => utf16le(text).swap16();
    const again = 'save the file as UTF-8 and open it again';

    it.each([
      [
        'UTF-16LE with its mark',
        Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(exampleText)]),
        `is UTF-16LE text, but this tool reads only UTF-8: ${again}`,
      ],
      [
        'UTF-16BE with its mark',
        Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(exampleText)]),
        `is UTF-16BE text, but this tool reads only UTF-8: ${again}`,
      ],
      [
        'UTF-16LE without a mark',
        utf16le(exampleText),
        `is UTF-16LE text, but this tool reads only UTF-8: ${again}`,
      ],
      [
        'UTF-8 with two marks',
        Buffer.concat([bom, bom, Buffer.from(exampleText)]),
        `is UTF-8 text that starts with two byte-order marks (invisible marks some editors add), where one at most is allowed: ${again}`,
      ],
      [
        'Windows-1252',
        Buffer.from(budgetText({ person: { name: 'Siân Example' } }), 'latin1'),
        'is not UTF-8 text: byte 0xE2 at line 14, column 16 is not UTF-8 (files saved as Windows-1252, "ANSI" or Latin-1 look like this). Save the file as UTF-8 and open it again',
      ],
    ])('a budget in %s is refused, naming the encoding [H14.3]', async (name, bytes, message) => {
      const file = write(`${name.replace(/\W+/g, '-')}.json`, bytes);
      const run = await price([file]);
      expect([run.code, run.stdout, run.stderr]).toEqual([1, '', `${file}: ${message}\n`]);
    });

    it('a card file that is not UTF-8 is refused the same way', async () => {
      const card = write(
        'card-1252.json',
        Buffer.from(JSON.stringify({ ...england, name: 'Cymru – £' }), 'latin1'),
      );
      const run = await price([EXAMPLE, '--rate-card', card]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        new RegExp(`^${card.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: is not UTF-8 text: byte 0x`),
      );
    });

    it('UTF-8 with one byte-order mark, or none, prices the same [H14.4]', async () => {
      const plain = await price([write('plain.json', exampleText)]);
      const marked = await price([
        write('marked.json', Buffer.concat([bom, Buffer.from(exampleText)])),
      ]);
      expect(plain.code).toBe(0);
      expect(marked).toEqual(plain);
    });
  },
);
