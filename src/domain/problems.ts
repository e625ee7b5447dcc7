/**
 * Validation problems: one per thing wrong, each naming the field (`lines[2].minutes`) and
 * carrying a translation key, so the app, the PDF and the command line can all say it in
 * the reader's language. The domain never holds user-facing text.
 */
import type { z } from 'zod';

export type ProblemValues = Readonly<Record<string, string | number>>;

export interface Problem {
  /** The field, as a person would write it: `lines[2].minutes`; `file` for the whole. */
  readonly path: string;
  /** A key under `validation.` in the i18n messages. */
  readonly key: string;
  readonly values: ProblemValues;
  /** The name the file gives the item the field is in (a need's activity), where it has one. */
  readonly itemName?: string;
}

/** The lists of a file whose items a person knows by a name, and the field that holds it. */
const ITEM_NAMES: Readonly<Record<string, string>> = {
  lines: 'activity',
  expenses: 'description',
  carers: 'name',
  assistants: 'name',
  outcomes: 'words',
};

/** The longest name kept: enough to know the item by, never a whole paragraph. */
const ITEM_NAME_LENGTH = 60;

/** `lines[2].minutes` → the list, the item's place in it, and the rest of the path. */
export function itemOfPath(path: string): { list: string; index: number; rest: string } | null {
  const found = /^([A-Za-z]+)\[(\d+)\](?:\.(.*))?$/.exec(path);
  if (found === null) return null;
  return { list: found[1] ?? '', index: Number(found[2]), rest: found[3] ?? '' };
}

/**
 * Each problem with the name of the item it is in, read from the file as it was given
 * (`raw`, not yet checked): the page can then say which need, not only `lines[0]`. A name
 * that is not a string is left out; a long one is cut short.
 */
export function withItemNames(problems: readonly Problem[], raw: unknown): Problem[] {
  return problems.map((found) => {
    const item = itemOfPath(found.path);
    const field = item === null ? undefined : ITEM_NAMES[item.list];
    if (item === null || field === undefined || typeof raw !== 'object' || raw === null)
      return found;
    const list: unknown = (raw as Record<string, unknown>)[item.list];
    const entry: unknown = Array.isArray(list) ? list[item.index] : undefined;
    const name: unknown =
      typeof entry === 'object' && entry !== null
        ? (entry as Record<string, unknown>)[field]
        : undefined;
    if (typeof name !== 'string' || name.trim() === '') return found;
    const trimmed = name.trim();
    const itemName =
      trimmed.length > ITEM_NAME_LENGTH ? `${trimmed.slice(0, ITEM_NAME_LENGTH - 1)}…` : trimmed;
    return { ...found, itemName };
  });
}

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function failed<T>(problems: readonly Problem[]): Result<T> {
  return { ok: false, problems };
}

export function problem(
  path: readonly PropertyKey[],
  key: string,
  values: ProblemValues = {},
): Problem {
  return { path: formatPath(path), key, values };
}

export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text === '' ? 'file' : text;
}

/**
 * zod carries one string per issue. Ours is a translation key with any values after a
 * `?`, query-string style: `validation.wholeNumber?min=1&max=1440`. `messageKey` writes
 * it and `problemsFromZod` reads it back; nothing else needs to know.
 */
export function messageKey(key: string, values: ProblemValues = {}): string {
  const entries = Object.entries(values).map(([name, value]) => [name, String(value)]);
  return entries.length === 0 ? key : `${key}?${new URLSearchParams(entries).toString()}`;
}

function decodeMessage(message: string): { key: string; values: Record<string, string> } {
  const [key = '', query = ''] = message.split('?', 2);
  return { key, values: Object.fromEntries(new URLSearchParams(query)) };
}

/** Parse with `reportInput: true` so that a missing field can be told from a wrong one. */
export function problemsFromZod(error: z.ZodError): Problem[] {
  // A value can break several checks at once (1e308 is neither whole nor in range);
  // a person needs to hear about each field once.
  const seen = new Set<string>();
  return issueProblems(error).filter((found) => {
    const key = `${found.path}\u0000${found.key}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function issueProblems(error: z.ZodError): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((name) => problem([...issue.path, name], 'validation.unknownField'));
    }
    if (issue.code === 'invalid_union' && issue.path.length > 0 && 'note' in issue) {
      // A discriminated union whose tag matched nothing: report it at the tag.
      const path = issue.path.at(-1) === 'kind' ? issue.path : [...issue.path, 'kind'];
      return [problem(path, 'validation.lineKind')];
    }
    if (
      (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
      issue.input === undefined
    ) {
      return [problem(issue.path, 'validation.required')];
    }
    const decoded = decodeMessage(issue.message);
    // A field's own message: the shared ones (`validation.…`) or a file's own
    // (`ledger.validation.…`), never the safety net's bare "is not valid".
    if (/^([a-z]+\.)?validation\./.test(decoded.key))
      return [problem(issue.path, decoded.key, decoded.values)];
    if (
      issue.code === 'invalid_type' &&
      (issue.expected === 'object' || issue.expected === 'array')
    ) {
      return [
        problem(issue.path, issue.expected === 'object' ? 'validation.object' : 'validation.array'),
      ];
    }
    // Our schemas give every field a message; this is the safety net for any that is missed.
    return [problem(issue.path, 'validation.invalid')];
  });
}
