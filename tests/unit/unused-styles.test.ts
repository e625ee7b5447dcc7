/**
 * The build's leaving out of style rules no class of the app can match
 * (scripts/unused-styles.ts), and what makes that sound: every class in src/ written whole.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import {
  classesNeeded,
  dropUnusedRules,
  filesUnder,
  sourceWords,
} from '../../scripts/unused-styles';

const ROOT = join(import.meta.dirname, '../..');

const dropped = (css: string, words: readonly string[]) =>
  postcss([dropUnusedRules(new Set(words))]).process(css, { from: undefined }).css;

describe('leaving out rules no class of the app can match', () => {
  it('leaves out a rule needing a class no source names, and keeps one whose classes are all named', () => {
    const css = '.a{color:red}.b .c{color:blue}.a.b{margin:0}';
    expect(dropped(css, ['a', 'b'])).toBe('.a{color:red}.a.b{margin:0}');
  });

  it('leaves out only the selectors of a list that cannot match', () => {
    expect(dropped('.a,.b:hover,.c>p{color:red}', ['a', 'c'])).toBe('.a,.c>p{color:red}');
  });

  it('keeps selectors with no class, and classes that need not be there', () => {
    const css = [
      'html{font-size:1px}',
      'a:not(.gone){color:red}',
      '.kept:is(.gone,.kept){color:blue}',
      '[href$=".pdf"]{color:green}',
      '.kept::before{content:"."}',
      '.\\@escaped{color:pink}',
    ].join('');
    expect(dropped(css, ['kept'])).toBe(css);
  });

  it('leaves out a media query or support check left empty, inner ones first, and keeps keyframes', () => {
    const css =
      '@media (min-width:1px){@supports (display:grid){.gone{color:red}}}@keyframes spin{from{opacity:0}to{opacity:1}}@media print{.kept{color:red}.gone{color:blue}}';
    expect(dropped(css, ['kept'])).toBe(
      '@keyframes spin{from{opacity:0}to{opacity:1}}@media print{.kept{color:red}}',
    );
  });

  it('reads the classes a selector needs, not those in parentheses or attribute values', () => {
    expect(classesNeeded('.a .b:not(.c):has(.d .e) > [data-x=".f"] .g::after')).toEqual([
      'a',
      'b',
      'g',
    ]);
  });

  it("takes the app's words from its code, its messages and index.html", () => {
    const words = sourceWords([join(ROOT, 'src')], [join(ROOT, 'index.html')]);
    expect(
      ['nhsuk-header', 'nhsuk-radios__conditional--hidden', 'app-figure'].filter(
        (word) => !words.has(word),
      ),
    ).toEqual([]);
    expect(words.has('nhsuk-header__search-input')).toBe(false);
  });
});

/** Where a class may be put together from pieces: a prefix before `${`, or a suffix after `}`. */
const PIECES = [
  /(?:nhsuk|app)-[\w-]*\$\{/g,
  /\}(?:--|__)[\w-]/g,
  /['"](?:nhsuk|app)-[\w-]*['"]\s*\+/g,
];

describe('every class in src/ written whole', () => {
  it('builds no class from pieces, which the build could not see', () => {
    const built: string[] = [];
    for (const path of filesUnder(join(ROOT, 'src'), /\.tsx?$/)) {
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (PIECES.some((pieces) => line.match(pieces) !== null))
            built.push(`${relative(ROOT, path)}:${index + 1}: ${line.trim()}`);
        });
    }
    expect(built).toEqual([]);
  });
});
