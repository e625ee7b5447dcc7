import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * JSON.parse keeps the last of two equal keys without a word, so a message file that says
 * one thing twice (as a careless merge leaves it) shows only one of them, and the parity
 * test, which reads the parsed files, cannot see it. This reads the text itself.
 */
function repeatedKeys(text: string): string[] {
  const repeated: string[] = [];
  const scopes: { keys: Set<string>; isObject: boolean; path: string }[] = [];
  let expectingKey = false;
  let lastString = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      lastString = JSON.parse(text.slice(i, end + 1)) as string;
      const scope = scopes.at(-1);
      if (scope?.isObject && expectingKey) {
        if (scope.keys.has(lastString)) repeated.push(`${scope.path}${lastString}`);
        scope.keys.add(lastString);
        expectingKey = false;
      }
      i = end;
    } else if (c === '{' || c === '[') {
      const parent = scopes.at(-1);
      const path = parent?.isObject ? `${parent.path}${lastString}.` : (parent?.path ?? '');
      scopes.push({ keys: new Set(), isObject: c === '{', path });
      expectingKey = c === '{';
    } else if (c === '}' || c === ']') {
      scopes.pop();
    } else if (c === ',') {
      expectingKey = scopes.at(-1)?.isObject ?? false;
    }
  }
  return repeated;
}

const root = join(import.meta.dirname, '..', '..');
const messageFiles = ['en', 'cy'].flatMap((language) =>
  readdirSync(join(root, 'src', 'i18n', language))
    .filter((name) => name.endsWith('.json'))
    .map((name) => join('src', 'i18n', language, name)),
);
const jsonIn = (folder: string) =>
  readdirSync(join(root, folder))
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(folder, name));
// The cards and the library of typical needs shipped beside them.
const cardFiles = [...jsonIn('rate-cards'), ...jsonIn(join('rate-cards', 'templates'))];

describe('message and rate-card files', () => {
  it('finds a key given twice in one object, and not the same key in two objects', () => {
    expect(
      repeatedKeys('{"a": {"usage": "x", "b": 1, "usage": "y"}, "c": {"usage": "z"}}'),
    ).toEqual(['a.usage']);
    expect(repeatedKeys('{"a": ["usage", {"usage": 1}], "usage": "\\"usage\\""}')).toEqual([]);
  });

  it.each([...messageFiles, ...cardFiles])('%s gives each key once in each object', (file) => {
    expect(repeatedKeys(readFileSync(join(root, file), 'utf8'))).toEqual([]);
  });
});
