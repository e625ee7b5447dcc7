import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { shippedFileProblems } from '../../scripts/shipped-files-check';
import { ROOT } from '../helpers/builders';

describe('the check of shipped files', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('finds nothing wrong with the rate cards, the library of typical needs and the example in the repository', () => {
    expect(shippedFileProblems(ROOT)).toEqual([]);
  });

  it('names the file, field and problem of a shipped file that fails its checks', () => {
    const root = mkdtempSync(join(tmpdir(), 'shipped-'));
    made.push(root);
    mkdirSync(join(root, 'rate-cards'));
    mkdirSync(join(root, 'examples'));
    mkdirSync(join(root, 'rate-cards', 'templates'));
    writeFileSync(
      join(root, 'rate-cards', 'templates', 'broken.json'),
      JSON.stringify({ format: 'support-need-templates', version: 1, id: 'x', name: { en: 'X' } }),
    );
    copyFileSync(
      join(ROOT, 'examples', 'example-ann.json'),
      join(root, 'examples', 'example-ann.json'),
    );
    writeFileSync(
      join(root, 'rate-cards', 'broken.json'),
      JSON.stringify({ format: 'support-rate-card', version: 1 }),
    );
    writeFileSync(join(root, 'rate-cards', 'not-json.json'), '{');
    const problems = shippedFileProblems(root);
    expect(problems).toContain('rate-cards/broken.json: id validation.required');
    expect(problems.some((line) => line.startsWith('rate-cards/not-json.json: SyntaxError'))).toBe(
      true,
    );
    expect(problems).toContain('rate-cards/templates/broken.json: name.cy validation.required');
    expect(problems.some((line) => line.startsWith('examples/'))).toBe(false);
  });
});
