/**
 * JSON Schema for each file format, generated from the zod schemas so other systems
 * (payroll, finance, a council's case system) can validate files without this code.
 * The rules that span fields (references, limits per day and week) are in the prose of
 * docs/file-format.md and in `readBudget`: JSON Schema cannot say them.
 */
import { z } from 'zod';
import { benchmarkSchema } from '../benchmark/benchmark-schema';
import { importProfileSchema } from '../import/profile';
import { rateSheetProfileSchema } from '../import/rate-sheet-profile';
import { ledgerSchema } from '../ledger/ledger-schema';
import { budgetSchema, budgetSnapshotSchema } from './budget';
import { revisionSchema } from './revision';
import { rateCardSchema } from './rate-card';
import { needTemplatesSchema } from './need-templates';

export function jsonSchemas(): Record<string, unknown> {
  return {
    'budget.schema.json': withTitle(z.toJSONSchema(budgetSchema), 'Support budget file, version 4'),
    // One revision of a budget's history (also inside budget.schema.json), for systems that keep them apart.
    'revision.schema.json': withTitle(
      z.toJSONSchema(revisionSchema(budgetSnapshotSchema)),
      'A revision of a support budget (budget file version 4)',
    ),
    'rate-card.schema.json': withTitle(
      z.toJSONSchema(rateCardSchema),
      'Support rate card file, version 1',
    ),
    'need-templates.schema.json': withTitle(
      z.toJSONSchema(needTemplatesSchema),
      'Library of typical needs, version 1',
    ),
    'benchmark.schema.json': withTitle(
      z.toJSONSchema(benchmarkSchema),
      'Caseload benchmark file, version 1',
    ),
    'import-profile.schema.json': withTitle(
      z.toJSONSchema(importProfileSchema),
      'Spreadsheet import profile, version 1',
    ),
    'rate-sheet-profile.schema.json': withTitle(
      z.toJSONSchema(rateSheetProfileSchema),
      'Rate sheet profile (a council rate spreadsheet read as a rate card), version 1',
    ),
    'ledger.schema.json': withTitle(
      z.toJSONSchema(ledgerSchema),
      'Support budget ledger file, version 1',
    ),
  };
}

function withTitle(schema: Record<string, unknown>, title: string): Record<string, unknown> {
  const { $schema, ...rest } = schema;
  return { $schema, title, ...rest };
}

export function renderJsonSchema(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
