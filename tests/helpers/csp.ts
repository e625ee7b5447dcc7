/** Reading a Content Security Policy and the exceptions docs/reliability.md documents. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './builders';

/** "script-src 'self' 'wasm-unsafe-eval'; …" → script-src → ['self', 'wasm-unsafe-eval'] (quotes kept). */
export function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name !== undefined && name !== '')
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

/** Every source a policy allows beyond the app's own origin ('self') and nothing ('none'). */
export function exceptions(policy: string): string[] {
  return [...directives(policy)]
    .flatMap(([name, sources]) =>
      sources
        .filter((source) => source !== "'self'" && source !== "'none'")
        .map((source) => `${name} ${source}`),
    )
    .sort();
}

/** The rows of the exceptions table in docs/reliability.md: | `directive` | `source` | why |. */
export function documentedExceptions(): string[] {
  const doc = readFileSync(join(ROOT, 'docs', 'reliability.md'), 'utf8');
  return [...doc.matchAll(/^\| `([a-z-]+)` \| `([^`]+)` \|/gm)]
    .map(([, name, source]) => `${name} ${source}`)
    .sort();
}
