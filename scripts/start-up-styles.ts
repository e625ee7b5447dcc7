/**
 * The start page must be styled by the stylesheet the app starts with: the rest
 * (src/ui/styles/pages.scss) arrives with the first page loaded on demand, so a class the
 * start-up script names whose rules are only there would show unstyled until some page
 * had loaded. Run by scripts/size-budget.ts after the build.
 *
 * Classes are read from each stylesheet's selectors (its declaration blocks taken out, so
 * nothing in a value is read as a class), and looked for in the start-up chunks' code as
 * whole words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle } from './bench/startup-bundle';

/** Every class a stylesheet's selectors name. Built CSS has no nesting: innermost braces are declarations. */
export function classesOf(css: string): Set<string> {
  const selectors = css.replace(/\{[^{}]*\}/g, '{}');
  return new Set(
    [...selectors.matchAll(/\.([a-zA-Z_][\w-]*)/g)].map((match) => match[1] as string),
  );
}

/** The stylesheets index.html links (the start-up ones), and the others of the build. */
function stylesheets(outDir: string): { startUp: string[]; later: string[] } {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const linked = new Set(
    [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/?([^"]+)"/g)].map((match) => match[1]),
  );
  const all = readdirSync(join(outDir, 'assets'))
    .filter((file) => file.endsWith('.css'))
    .map((file) => `assets/${file}`);
  return {
    startUp: all.filter((file) => linked.has(file)),
    later: all.filter((file) => !linked.has(file)),
  };
}

/** Classes styled only by a later stylesheet that the start-up code names, as "class (file)". */
export function classesStyledLater(outDir: string, bundle: Bundle): string[] {
  const { startUp, later } = stylesheets(outDir);
  const read = (file: string) => readFileSync(join(outDir, file), 'utf8');
  const atStart = new Set(startUp.flatMap((file) => [...classesOf(read(file))]));
  const code = bundle.startup.map((chunk) => read(chunk.file)).join('\n');
  return later.flatMap((file) =>
    [...classesOf(read(file))]
      .filter((name) => !atStart.has(name))
      .filter((name) => new RegExp(`(?<![\\w-])${name}(?![\\w-])`).test(code))
      .map((name) => `${name} (${file})`),
  );
}
