/**
 * Every message the commands print about a file goes through here. A file name, a field
 * name or a value from a file can hold characters a terminal acts on: an escape sequence
 * can set the window title, write to the clipboard (OSC 52) or clear the screen; a newline
 * can forge a problem line; a bidi control can make text read backwards. Each such
 * character is printed visibly, as `\u001b`, so the line says exactly what the file holds
 * and nothing more.
 */
import type { TFunction } from 'i18next';
import type { Problem } from '../domain/problems';
import { describeProblem } from '../i18n/problems';

/**
 * C0 and C1 controls and DEL (\p{Cc}, newline and tab included), the Arabic letter mark,
 * zero-width and direction marks (U+200B–U+200F), line and paragraph separators and the
 * bidi embeddings and overrides (U+2028–U+202E), the invisible operators and bidi isolates
 * (U+2060–U+2069), and the byte-order mark.
 */
const UNSAFE = /[\p{Cc}\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/gu;

/** The text with every control, invisible or bidi character written as `\uXXXX`. */
export function terminalSafe(text: string): string {
  return text.replace(
    UNSAFE,
    (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

/** A message with its values made safe: `t(key, values)` for a line on a terminal. */
export function safeMessage(
  t: TFunction,
  key: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return t(key, safeValues(values));
}

/** `<field>: <message>`, with the field and the values made safe. */
export function problemText(found: Problem, t: TFunction): string {
  return describeProblem(
    { ...found, path: terminalSafe(found.path), values: safeValues(found.values) },
    t,
  );
}

/** One `<field>: <message>` line per problem, each ending in a newline. */
export function problemLines(problems: readonly Problem[], t: TFunction): string {
  return problems.map((found) => `${problemText(found, t)}\n`).join('');
}

/** The line for a fault in the tool: its message can quote a path or a file, so it is made safe too. */
export function faultLine(error: unknown, t: TFunction): string {
  const message = error instanceof Error ? error.message : String(error);
  return `${safeMessage(t, 'cli.unexpected', { message })}\n`;
}

function safeValues(
  values: Readonly<Record<string, string | number>>,
): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'string' ? terminalSafe(value) : value,
    ]),
  );
}
