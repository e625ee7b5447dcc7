/**
 * A reader that stops early (`npm run price -- monitor … | head -1`) closes the command's
 * standard output: the command ends quietly, status 0, with no stack trace
 * (docs/command-line-safety.md), whichever of the price command's subcommands it is.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/builders';

const BUDGET = join(ROOT, 'examples', 'example-ann.json');
const LEDGER = join(ROOT, 'examples', 'ledgers', 'example-ann.ledger.json');

/** The real command with its standard output closed before it writes a byte. */
function closedEarly(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    // node --import tsx rather than npx or npm run: npm adds its own lines to the output.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join('src', 'cli', 'price.ts'), ...args],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('standard output closed early', () => {
  it.each([
    ['monitor, as text', ['monitor', BUDGET, LEDGER, '--as-of', '2025-09-30', '--format', 'text']],
    ['monitor, as JSON', ['monitor', BUDGET, LEDGER, '--as-of', '2025-09-30']],
    ['a budget, as text', [BUDGET, '--format', 'text']],
    ['a budget, as CSV', [BUDGET, '--format', 'csv']],
  ])(
    '%s ends quietly with status 0',
    async (_, args) => {
      const run = await closedEarly(args);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    },
    30_000,
  );
});
