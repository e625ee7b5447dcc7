/**
 * docs/hazard-log.md links each hazard to the tests that control it, as lines of
 * `- \`tests/…\`: "a test name"; "another"`. Each file must exist and hold each test
 * name, so renaming or removing a control's test shows up here, not in an audit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/builders';

const log = readFileSync(join(ROOT, 'docs', 'hazard-log.md'), 'utf8');
const links = [...log.matchAll(/^\s*- `(tests\/[^`]+)`: (.+)$/gm)].map(
  ([, file = '', names = '']) => ({
    file,
    names: [...names.matchAll(/"([^"]+)"/g)].map(([, name = '']) => name),
  }),
);
const hazards = [...log.matchAll(/^### (H\d+)\. /gm)].map(([, id]) => id);

describe('the hazard log', () => {
  it('lists hazards H1 onwards, each with a cause, effect, controls, both risks and tests', () => {
    expect(hazards.length).toBeGreaterThanOrEqual(10);
    expect(hazards).toEqual(hazards.map((_, index) => `H${index + 1}`));
    for (const section of log.split(/^### /m).slice(1)) {
      for (const part of [
        '**Cause**',
        '**Effect**',
        '**Existing controls**',
        '**Initial risk**',
        '**Residual risk**',
        '**Tests**',
      ]) {
        expect(section, `${section.split('\n')[0]} has ${part}`).toContain(part);
      }
      expect(section, `${section.split('\n')[0]} names a test`).toMatch(/^\s*- `tests\//m);
    }
  });

  it.each(links.map((link) => [link.file, link.names] as const))(
    '%s exists and holds the tests named',
    (file, names) => {
      expect(existsSync(join(ROOT, file))).toBe(true);
      expect(names.length).toBeGreaterThan(0);
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const name of names) expect(text, name).toContain(name);
    },
  );
});
