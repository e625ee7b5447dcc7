/**
 * Turning parsed JSON into a budget or a rate card: the version gate, any migrations,
 * the schema, then the rules that span fields. Nothing here throws on bad input.
 */
import type { z } from 'zod';
import { failed, ok, problem, problemsFromZod, type Problem, type Result } from './problems';
import { BUDGET_FORMAT, BUDGET_VERSION, budgetSchema, type Budget } from './schema/budget';
import { budgetRuleProblems } from './schema/budget-rules';
import { readBudgetFast } from './schema/fast-budget';
import {
  RATE_CARD_FORMAT,
  RATE_CARD_VERSION,
  rateCardSchema,
  type RateCard,
} from './schema/rate-card';
import { rateCardRuleProblems } from './schema/rate-card-rules';
import { duplicateIds } from './schema/unique-ids';
import {
  NEED_TEMPLATES_FORMAT,
  NEED_TEMPLATES_VERSION,
  needTemplatesSchema,
  type NeedTemplates,
} from './schema/need-templates';
import { BUDGET_MIGRATIONS, RATE_CARD_MIGRATIONS, type Migrations } from './migrations';

/** The budget file as a kind of document: its gate, migrations, schema and the rules beyond it. */
const BUDGET_DOCUMENT: DocumentKind<Budget> = {
  format: BUDGET_FORMAT,
  version: BUDGET_VERSION,
  migrations: BUDGET_MIGRATIONS,
  schema: budgetSchema,
  rules: budgetRuleProblems,
};

/** A budget read as its file is: the hand-written reader first, the schema for anything it refuses. */
export function readBudget(data: unknown): Result<Budget> {
  return readDocument(data, { ...BUDGET_DOCUMENT, fastRead: readBudgetFast });
}

/** The same with the schema alone: what the hand-written reader is held equal to. */
export function readBudgetBySchema(data: unknown): Result<Budget> {
  return readDocument(data, BUDGET_DOCUMENT);
}

export function readRateCard(data: unknown): Result<RateCard> {
  return readDocument(data, {
    format: RATE_CARD_FORMAT,
    version: RATE_CARD_VERSION,
    migrations: RATE_CARD_MIGRATIONS,
    schema: rateCardSchema,
    rules: rateCardRuleProblems,
  });
}

/** A library of typical needs (docs/templates.md): no migrations yet, and each id once. */
export function readNeedTemplates(data: unknown): Result<NeedTemplates> {
  return readDocument(data, {
    format: NEED_TEMPLATES_FORMAT,
    version: NEED_TEMPLATES_VERSION,
    migrations: {},
    schema: needTemplatesSchema,
    rules: (library) => duplicateIds(library.templates, ['templates']),
  });
}

export interface DocumentKind<T> {
  readonly format: string;
  readonly version: number;
  readonly migrations: Migrations;
  readonly schema: z.ZodType<T>;
  readonly rules: (value: T) => Problem[];
  /**
   * A hand-written reader giving exactly what the schema gives for a file it accepts, and
   * null for anything else (which the schema then reads, with its messages): for speed.
   */
  readonly fastRead?: (data: Record<string, unknown>) => T | null;
}

/** The version gate, any migrations, the schema, then the rules: how every file this tool reads is read. */
export function readDocument<T>(data: unknown, kind: DocumentKind<T>): Result<T> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return failed([problem([], 'validation.notAnObject')]);
  }
  const record = data as Record<string, unknown>;
  if (record['format'] !== kind.format) {
    return failed([problem(['format'], 'validation.format', { format: kind.format })]);
  }
  const version = record['version'];
  if (version === undefined) return failed([problem(['version'], 'validation.required')]);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return failed([problem(['version'], 'validation.version')]);
  }
  if (version > kind.version) {
    // Refused before anything is read or written: an old app must not half-read a new file.
    return failed([
      problem(['version'], 'validation.newerVersion', { version, known: kind.version }),
    ]);
  }
  const migrated = migrate(record, version, kind.version, kind.migrations);
  const fast = kind.fastRead?.(migrated) ?? null;
  const parsed =
    fast !== null
      ? { success: true as const, data: fast }
      : kind.schema.safeParse(migrated, { reportInput: true });
  if (!parsed.success) return failed(problemsFromZod(parsed.error));
  const ruleProblems = kind.rules(parsed.data);
  return ruleProblems.length > 0 ? failed(ruleProblems) : ok(parsed.data);
}

function migrate(
  record: Record<string, unknown>,
  from: number,
  to: number,
  migrations: Migrations,
): Record<string, unknown> {
  let current = record;
  for (let version = from; version < to; version++) {
    const step = migrations[version];
    if (step === undefined) throw new Error(`No migration from version ${version}`);
    current = step(current);
  }
  return current;
}
