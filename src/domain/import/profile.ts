/**
 * An import profile: which column of a spreadsheet holds which part of a need line, and
 * how its words are read (docs/importing.md). Small JSON, shared between areas, checked
 * by this schema (schemas/import-profile.schema.json) before it is used.
 */
import { z } from 'zod';
import { messageKey } from '../problems';
import { BUDGET_LIMITS, FUNDING_ROUTES, PLAN_STATUSES } from '../schema/budget-values';
import {
  identifier,
  literal,
  list,
  localisedText,
  oneOf,
  requiredText,
  text,
  wholeNumber,
} from '../schema/fields';

export const PROFILE_FORMAT = 'support-import-profile';
export const PROFILE_VERSION = 1;

/**
 * The parts of a row a column can hold. Exactly one of `minutes` (per visit), `hours` (per
 * visit) or `weeklyHours` (spread evenly over the line's days) says how long, except on a
 * sleep-in row. `rateDays` says "weekday" or "weekend" where a source prices them apart.
 * `statedRate`, `statedWeekly` and `statedHours` are the source's own figures, checked
 * against the tool's price, never used as it.
 */
export const IMPORT_FIELDS = [
  'person',
  'personName',
  'budgetName',
  'lineId',
  'domain',
  'activity',
  'resource',
  'provider',
  'minutes',
  'hours',
  'weeklyHours',
  'visitsPerDay',
  'workers',
  'days',
  'period',
  'rateDays',
  'from',
  'until',
  'everyWeeks',
  'weeksAYear',
  'statedRate',
  'statedWeekly',
  'statedHours',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** How a date written as text is read: `dmy` is 31/03/2026, `d-mon-y` is 31 Mar 2026 or 31-Mar-2026. */
export const DATE_FORMATS = ['iso', 'dmy', 'd-mon-y', 'serial'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** The values a word in a column may stand for, field by field. */
export const WORD_FIELDS = ['domain', 'resource', 'period', 'provider'] as const;
export type WordField = (typeof WORD_FIELDS)[number];

const header = requiredText(200);
const word = requiredText(200);

const columns = z.strictObject(
  Object.fromEntries(IMPORT_FIELDS.map((field) => [field, header.optional()])) as Record<
    ImportField,
    z.ZodOptional<ReturnType<typeof requiredText>>
  >,
);

/** Words in the source, as written, and what each means: `{ "Home care": "personal-care" }`. */
const words = z.record(word, text(200)).refine((all) => Object.keys(all).length <= 500, {
  error: 'validation.list?min=0&max=500',
});

export const importProfileSchema = z.strictObject({
  format: literal(PROFILE_FORMAT),
  version: literal(PROFILE_VERSION),
  id: identifier(),
  /**
   * Shown when a profile is chosen: plain text in one language (shown in every language),
   * or `{ "en": …, "cy": … }` so the page in Welsh names it in Welsh.
   */
  name: localisedText(200),
  description: localisedText(1000, 'many').optional(),
  /** The row that holds the column names, counted from 1 (a merged title above it is skipped). */
  headerRow: wholeNumber(1, 50),
  /** On a workbook, the sheet to read; absent, the first. */
  sheet: text(100).optional(),
  // The person's reference and the activity are what make a row a need line of someone.
  columns: columns.superRefine((given, context) => {
    for (const field of ['person', 'activity'] as const) {
      if (given[field] === undefined)
        context.addIssue({
          code: 'custom',
          path: [field],
          message: messageKey('validation.required'),
        });
    }
  }),
  words: z
    .strictObject(
      Object.fromEntries(WORD_FIELDS.map((field) => [field, words.optional()])) as Record<
        WordField,
        z.ZodOptional<typeof words>
      >,
    )
    .optional(),
  dateFormats: list(oneOf(DATE_FORMATS), 1, DATE_FORMATS.length),
  /** What a row without the column (or with it empty) is taken to say. */
  defaults: z
    .strictObject({
      domain: identifier().optional(),
      resource: text(100).optional(),
      period: text(100).optional(),
      days: text(100).optional(),
      visitsPerDay: wholeNumber(1, 48).optional(),
      workers: wholeNumber(1, 4).optional(),
    })
    .optional(),
  /** The budgets made: their rate card, funding route and plan status. */
  budget: z.strictObject({
    rateCard: identifier(),
    fundingRoute: oneOf(FUNDING_ROUTES),
    planStatus: oneOf(PLAN_STATUSES).optional(),
  }),
});

export type ImportProfile = z.infer<typeof importProfileSchema>;
export type ProfileColumns = ImportProfile['columns'];

/** More rows than any one person's package holds; a budget takes at most this many lines. */
export const LINES_PER_PERSON = BUDGET_LIMITS.lines;
