/** Reading budget and rate-card files from disk, with the size limit checked before reading. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileSizeProblem, parseJsonText, type JsonLimits } from '../domain/json-text';
import { failed, problem, type Result } from '../domain/problems';

/** What the system's error codes mean to a person; any other is "could not be read". */
const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'validation.noSuchFile',
  EISDIR: 'validation.isAFolder',
  EACCES: 'validation.notAllowed',
  EPERM: 'validation.notAllowed',
};

/** The shipped rate cards, beside `src/` in the repository. */
export const SHIPPED_CARDS_DIR = fileURLToPath(new URL('../../rate-cards/', import.meta.url));

export function readJsonFile(path: string, limits: JsonLimits): Result<unknown> {
  let text: string;
  try {
    const tooLarge = fileSizeProblem(statSync(path).size, limits);
    if (tooLarge !== null) return failed([tooLarge]);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    return failed([problem([], FILE_ERRORS[code] ?? 'validation.readFile')]);
  }
  return parseJsonText(text, limits);
}

/** `england-2025-26` names a shipped card; anything with a slash or `.json` is a path. */
export function isCardPath(reference: string): boolean {
  return reference.endsWith('.json') || reference.includes('/') || reference.includes('\\');
}

export function shippedCardPath(id: string): string {
  return join(SHIPPED_CARDS_DIR, `${id}.json`);
}

export function shippedCardIds(): string[] {
  return readdirSync(SHIPPED_CARDS_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}
