/**
 * The build leaves out the rules of its stylesheets that can never match anything: a
 * selector that needs a class no source file names. NHS.UK frontend's Sass writes each
 * component whole (the header's search, menu and account, the card's care variants) and
 * every spacing utility at every screen size; the app uses a few of them. The stylesheet
 * the app starts with is read, parsed and matched before the first page is drawn, so
 * what it need not hold costs every first visit.
 *
 * Sound only while every class the app sets is written whole in its source: a class
 * put together from pieces (`nhsuk-label--${size}`) would lose its rules.
 * `tests/unit/unused-styles.test.ts` refuses such a class anywhere in src/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Container, Plugin } from 'postcss';

/** Where the app's classes are named: its code, its messages, and the page it starts from. */
const SOURCE = /\.(tsx?|json|html)$/;

/** The files anywhere under `folder` whose names match `name`. */
export function filesUnder(folder: string, name: RegExp): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && name.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every word (letters, digits, `-` and `_`) in the files under `folders`, and in `files`. */
export function sourceWords(folders: readonly string[], files: readonly string[]): Set<string> {
  const words = new Set<string>();
  const read = (path: string) => {
    for (const [word] of readFileSync(path, 'utf8').matchAll(/[\w-]+/g)) words.add(word);
  };
  for (const folder of folders) filesUnder(folder, SOURCE).forEach(read);
  files.forEach(read);
  return words;
}

/**
 * The classes an element must have for `selector` to match it. A class inside a pseudo-class's
 * parentheses (`:not(.a)`, `:is(.a, .b)`) or an attribute selector is not counted: such a
 * selector may match without it.
 */
export function classesNeeded(selector: string): string[] {
  let outside = selector.replace(/\[[^\]]*\]/g, '');
  for (let before = ''; before !== outside;) {
    before = outside;
    outside = outside.replace(/\([^()]*\)/g, '');
  }
  return [...outside.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1] as string);
}

/** A container with nothing left in it (a media query whose rules were all left out). */
const emptied = (node: Container) => node.nodes !== undefined && node.nodes.length === 0;

/**
 * A PostCSS plugin that leaves out each selector needing a class outside `words`, and each
 * rule and at-rule left with none. An escaped class (`\`) is kept, as it cannot be read
 * here as the source would write it.
 */
export function dropUnusedRules(words: ReadonlySet<string>): Plugin {
  const named = (name: string) => words.has(name) || name.includes('\\');
  return {
    postcssPlugin: 'drop-unused-rules',
    OnceExit(root) {
      root.walkRules((rule) => {
        // A keyframe's "selectors" are its steps (from, 50%), never classes.
        if (rule.parent?.type === 'atrule' && /keyframes$/i.test(rule.parent.name)) return;
        const kept = rule.selectors.filter((selector) => classesNeeded(selector).every(named));
        if (kept.length === 0) rule.remove();
        else if (kept.length < rule.selectors.length) rule.selectors = kept;
      });
      // Innermost first, so that a query left empty by its own empty query goes too.
      const atRules: Container[] = [];
      root.walkAtRules((atRule) => {
        atRules.push(atRule);
      });
      for (const atRule of atRules.reverse()) if (emptied(atRule)) atRule.remove();
    },
  };
}
