/**
 * Text from files (names, activities, descriptions a hostile file may fill with markup) is
 * only ever rendered by React as text. No source file may reach for the ways round that:
 * raw HTML into the page, or code built from strings (the policy forbids eval too).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/builders';

const SRC = join(ROOT, 'src');
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(tsx?|jsx?)$/.test(file))
  .map((file) => join(SRC, file));

const RAW_HTML = [
  /dangerouslySetInnerHTML/,
  /\.innerHTML\b/,
  /\.outerHTML\b/,
  /insertAdjacentHTML/,
  /document\.write/,
  /createContextualFragment/,
  /DOMParser/,
  /\bsrcdoc\b/,
  /\beval\s*\(/,
  /new\s+Function\s*\(/,
];

describe('no HTML from text', () => {
  it('scans every source file of the app', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((file) => file.endsWith('.tsx'))).toBe(true);
  });

  it('no source file writes raw HTML into the page or runs code made from text [H9.3]', () => {
    const found = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return RAW_HTML.filter((pattern) => pattern.test(text)).map(
        (pattern) => `${relative(ROOT, file)}: ${pattern.source}`,
      );
    });
    expect(found).toEqual([]);
  });
});
