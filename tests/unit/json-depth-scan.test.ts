/**
 * The depth check (src/domain/json-text.ts) jumps over strings to their closing quote: on
 * any text of quotes, backslashes and brackets it finds the same place as reading every
 * character does (a backslash escaping the character after it). A text that parses is
 * first measured on its parsed value: that gives the same answer as the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../src/domain/json-text';

const MAX_DEPTH = 3;

/** Where brackets first nest deeper than the limit, outside strings, read character by character. */
function depthByCharacter(text: string): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      if (++depth > MAX_DEPTH) return i;
    } else if (char === '}' || char === ']') depth--;
  }
  return null;
}

const texts = fc
  .array(fc.constantFrom('"', '\\', '\\\\', '[', ']', '{', '}', 'a', '\n'), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('the depth check', () => {
  it('finds the first bracket too deep where a character-by-character reading does', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const at = depthByCharacter(text);
        const read = parseJsonText(text, { maxLength: 1000, maxDepth: MAX_DEPTH });
        const tooDeep = read.ok
          ? undefined
          : read.problems.find((p) => p.key === 'validation.tooDeep');
        if (at === null) expect(tooDeep).toBeUndefined();
        else {
          const before = text.slice(0, at);
          const where = `line ${before.split('\n').length}, column ${at - before.lastIndexOf('\n')}`;
          expect(tooDeep?.values['where']).toBe(where);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses a file that parses as too deep exactly where the text first nests too deep', () => {
    const keys = fc.constantFrom('a', 'b', '__proto__', 'constructor', '[{"', '\\');
    const values = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom(null, 1, 'x', '}]"\\'),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(keys, tie('value'), { maxKeys: 3 }),
      ),
    })).value;
    fc.assert(
      fc.property(values, fc.boolean(), (value, spaced) => {
        const text = JSON.stringify(value, null, spaced ? 1 : undefined);
        const at = depthByCharacter(text);
        const read = parseJsonText(text, { maxLength: 10_000, maxDepth: MAX_DEPTH });
        const keys = read.ok ? [] : read.problems.map((p) => p.key);
        if (at === null) {
          expect(keys).not.toContain('validation.tooDeep');
          const forbidden = /"(__proto__|constructor)":/.test(text);
          expect(keys.length > 0).toBe(forbidden);
          expect(keys.every((key) => key === 'validation.forbiddenKey')).toBe(true);
        } else {
          const before = text.slice(0, at);
          const where = `line ${before.split('\n').length}, column ${at - before.lastIndexOf('\n')}`;
          expect(read.ok ? null : read.problems).toEqual([
            expect.objectContaining({
              key: 'validation.tooDeep',
              values: { max: MAX_DEPTH, where },
            }),
          ]);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
