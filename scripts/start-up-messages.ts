/**
 * The words the start-up script shows must be in the English messages it carries: the
 * rest (english-areas.ts) arrive with the pages loaded on demand, so a start-up module
 * that named one of their keys would show the bare key until some page had loaded.
 *
 * Every string a start-up module's source holds that looks like a message key (an area's
 * top-level name, a dot, more) is checked against the start-up messages: a whole key must
 * be there (or its plural forms), and the fixed start of a template key (`a.b.${x}`) must
 * be a group there. Run by scripts/size-budget.ts after the build, on the modules the
 * build put in the start-up chunks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { englishAreas } from '../src/i18n/english';
import { englishStartAreas } from '../src/i18n/english-start';
import { familyOf, flatten, type MessageTree } from '../src/i18n/keys';
import type { Bundle } from './bench/startup-bundle';

const ROOT = join(import.meta.dirname, '..');

/** Quoted text that starts like a key: 'area.x', "area.x" or `area.x${…}`. */
const QUOTED = /(['"`])([a-zA-Z][\w-]*(?:\.[\w-]+)*)(\.\$\{|\1)/g;

function topLevelNames(areas: Readonly<Record<string, unknown>>): Set<string> {
  return new Set(Object.values(areas).flatMap((tree) => Object.keys(tree as object)));
}

/** The source files of the start-up chunks that are the app's own code (not packages, not JSON). */
function startUpSources(bundle: Bundle): string[] {
  const sources = bundle.startup.flatMap((chunk) =>
    chunk.modules.map((module) => module.replace(/^(\.\.\/)+/, '')),
  );
  return [...new Set(sources)].filter((path) => /^src\/.*\.tsx?$/.test(path));
}

/** Each key a start-up module names that the start-up messages lack, as "file: key". */
export function keysMissingAtStartUp(bundle: Bundle): string[] {
  const messages = flatten(Object.assign({}, ...Object.values(englishStartAreas)) as MessageTree);
  const families = new Set([...messages.keys()].map(familyOf));
  const groups = new Set(
    [...messages.keys()].flatMap((key) =>
      key
        .split('.')
        .slice(0, -1)
        .map((_, index, parts) => parts.slice(0, index + 1).join('.')),
    ),
  );
  const areas = topLevelNames(englishAreas);
  const files = startUpSources(bundle);
  // No sources means no source maps, not no keys: say so rather than pass unchecked.
  if (files.length === 0)
    return ['the start-up chunks have no source maps to read the app code from'];
  const missing: string[] = [];
  for (const file of files) {
    const source = readFileSync(join(ROOT, file), 'utf8');
    for (const [, , key = '', end] of source.matchAll(QUOTED)) {
      const template = end !== undefined && end.endsWith('${');
      if (!areas.has(key.split('.')[0] ?? '') || (!template && !key.includes('.'))) continue;
      const found = template
        ? groups.has(key.replace(/\.$/, ''))
        : messages.has(key) || families.has(key);
      if (!found) missing.push(`${file}: ${key}${template ? '.${…}' : ''}`);
    }
  }
  return missing;
}
