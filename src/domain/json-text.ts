/**
 * Reading JSON from a file a person chose: size, depth and key checks before and during
 * parsing, so a hostile or broken file gets a message and never a crash or a changed
 * prototype.
 */
import { fileSizeProblem, type JsonLimits } from './file-limits';
import { jsonErrorOffset } from './json-error-offset';
import { failed, ok, problem, type Problem, type Result } from './problems';
import { decodeUtf8File } from './text-encoding';

export {
  BUDGET_FILE_LIMITS,
  fileSizeProblem,
  RATE_CARD_FILE_LIMITS,
  readPastLimitProblem,
  type JsonLimits,
} from './file-limits';

/** Keys that name parts of every object's prototype: never legitimate in our formats. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A file's bytes: the size, the encoding (UTF-8 only, see text-encoding.ts), then the text. */
export function parseJsonBytes(bytes: Uint8Array, limits: JsonLimits): Result<unknown> {
  const tooLarge = fileSizeProblem(bytes.length, limits);
  if (tooLarge !== null) return failed([tooLarge]);
  const text = decodeUtf8File(bytes);
  return text.ok ? parseJsonText(text.value, limits) : text;
}

export function parseJsonText(raw: string, limits: JsonLimits): Result<unknown> {
  // Windows Notepad and Excel start UTF-8 files with a byte-order mark: not an error.
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const tooLarge = fileSizeProblem(text.length, limits);
  if (tooLarge !== null) return failed([tooLarge]);
  const tooDeepAt = overDepthAt(text, limits.maxDepth);
  if (tooDeepAt !== null) {
    return failed([
      problem([], 'validation.tooDeep', {
        max: limits.maxDepth,
        where: lineAndColumn(text, tooDeepAt),
      }),
    ]);
  }
  let value: unknown;
  try {
    // JSON.parse makes "__proto__" an own field like any other: no prototype changes here,
    // and a file holding one is refused below, before its value goes anywhere.
    value = JSON.parse(text);
  } catch {
    return failed([problem([], 'validation.json', { where: whereParsingStopped(text) })]);
  }
  // Most files hold none: looked for first without building paths, then named if found.
  return holdsForbiddenKey(value) ? failed(forbiddenKeys(value, [])) : ok(value);
}

/** Whether any object in the value has a forbidden key. */
function holdsForbiddenKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(holdsForbiddenKey);
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key) || holdsForbiddenKey((value as Record<string, unknown>)[key]))
      return true;
  }
  return false;
}

/**
 * Every forbidden key, named by where it sits: `lines[1]` for a key inside the second line,
 * `file` for one at the top. Nesting is already limited, so this recursion is shallow.
 */
function forbiddenKeys(value: unknown, path: readonly (string | number)[]): Problem[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => forbiddenKeys(item, [...path, index]));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, nested]) =>
    FORBIDDEN_KEYS.has(key)
      ? [
          problem(path, 'validation.forbiddenKey', { key }),
          ...forbiddenKeys(nested, [...path, key]),
        ]
      : forbiddenKeys(nested, [...path, key]),
  );
}

/**
 * Where brackets first nest deeper than the limit, outside strings, or null: checked
 * before JSON.parse recurses, so a file of 100,000 brackets costs one pass and no stack.
 */
function overDepthAt(text: string, max: number): number | null {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x22) {
      i = stringEnd(text, i);
      if (i < 0) return null; // a string never closed: nothing after it nests
    } else if (char === 0x7b || char === 0x5b) {
      if (++depth > max) return i;
    } else if (char === 0x7d || char === 0x5d) depth--;
  }
  return null;
}

/**
 * Where the string opened at `start` closes, or -1: the next quote not escaped, that is
 * not after an odd run of backslashes (each backslash escapes the character after it).
 */
function stringEnd(text: string, start: number): number {
  let end = start;
  for (;;) {
    end = text.indexOf('"', end + 1);
    if (end < 0) return -1;
    let before = end - 1;
    while (text.charCodeAt(before) === 0x5c) before--;
    if ((end - 1 - before) % 2 === 0) return end;
  }
}

/**
 * Where parsing stopped, as "line 3, column 14". The engine's own message is never
 * shown: it quotes the file, which can hold anything (several lines, terminal escapes).
 */
function whereParsingStopped(text: string): string {
  return lineAndColumn(text, jsonErrorOffset(text));
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}
