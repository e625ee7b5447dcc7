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
  let value: unknown;
  try {
    // JSON.parse makes "__proto__" an own field like any other: no prototype changes here,
    // and a file holding one is refused below, before its value goes anywhere. Parsing
    // comes first because almost every file is well within its depth: scanning the text for
    // brackets beforehand cost two thirds as much again as the parse. A file so deep that
    // the engine gives up parsing it lands in the catch, where its depth is named.
    value = JSON.parse(text);
  } catch {
    return failed([tooDeepProblem(text, limits) ?? jsonProblem(text)]);
  }
  // Most files hold nothing wrong: looked for first without building paths, then named.
  const found = oddities(value, limits.maxDepth);
  if (found === TOO_DEEP) return failed([tooDeepProblem(text, limits) ?? jsonProblem(text)]);
  return found === FORBIDDEN_KEY ? failed(forbiddenKeys(value, [])) : ok(value);
}

const NOTHING_ODD = 0;
const FORBIDDEN_KEY = 1;
const TOO_DEEP = 2;
type Oddity = typeof NOTHING_ODD | typeof FORBIDDEN_KEY | typeof TOO_DEEP;

/**
 * Whether the value nests objects and arrays deeper than `depthLeft` (the one that outranks,
 * as a file too deep is refused for that first), else whether any object in it has a
 * forbidden key. The walk stops one level past the limit, so it never recurses far.
 */
function oddities(value: unknown, depthLeft: number): Oddity {
  if (typeof value !== 'object' || value === null) return NOTHING_ODD;
  if (depthLeft === 0) return TOO_DEEP;
  let found: Oddity = NOTHING_ODD;
  if (Array.isArray(value)) {
    for (const item of value) {
      const inside = oddities(item, depthLeft - 1);
      if (inside === TOO_DEEP) return TOO_DEEP;
      if (inside === FORBIDDEN_KEY) found = FORBIDDEN_KEY;
    }
    return found;
  }
  for (const key in value) {
    if (FORBIDDEN_KEYS.has(key)) found = FORBIDDEN_KEY;
    const inside = oddities((value as Record<string, unknown>)[key], depthLeft - 1);
    if (inside === TOO_DEEP) return TOO_DEEP;
    if (inside === FORBIDDEN_KEY) found = FORBIDDEN_KEY;
  }
  return found;
}

/** The text's first bracket past the depth limit, named, or null when it nests within it. */
function tooDeepProblem(text: string, limits: JsonLimits): Problem | null {
  const at = overDepthAt(text, limits.maxDepth);
  return at === null
    ? null
    : problem([], 'validation.tooDeep', { max: limits.maxDepth, where: lineAndColumn(text, at) });
}

function jsonProblem(text: string): Problem {
  return problem([], 'validation.json', { where: whereParsingStopped(text) });
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
 * Where brackets first nest deeper than the limit, outside strings, or null: read from the
 * text, so a file too deep is named at its bracket whether or not the engine could parse it.
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
