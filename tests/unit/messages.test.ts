/** Every problem the code can raise has an English message, and every message is used. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en/core.json';
import { englishAreas } from '../../src/i18n';
import { ROOT } from '../helpers/builders';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const source = sourceFiles(join(ROOT, 'src'))
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');
const usedValidationKeys = new Set(
  [...source.matchAll(/'(validation\.[A-Za-z]+)/g)].map((match) => match[1] ?? ''),
);

describe('validation messages', () => {
  it('every key the code raises has an English message [H12.1]', () => {
    const missing = [...usedValidationKeys].filter(
      (key) => !(key.replace('validation.', '') in en.validation),
    );
    expect(missing).toEqual([]);
  });

  it('every English validation message is raised somewhere [H12.2]', () => {
    const unused = Object.keys(en.validation).filter(
      (key) => !usedValidationKeys.has(`validation.${key}`),
    );
    expect(unused).toEqual([]);
  });
});

describe('message files', () => {
  it('no two areas define the same top-level key, so none silently overrides another', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const [area, messages] of Object.entries(englishAreas)) {
      for (const key of Object.keys(messages)) {
        const owner = owners.get(key);
        if (owner !== undefined) clashes.push(`${key} in ${owner} and ${area}`);
        owners.set(key, area);
      }
    }
    expect(clashes).toEqual([]);
  });
});
