/**
 * A rate sheet profile: where a council's rate spreadsheet keeps its figures and the words
 * it labels them with (docs/importing.md). Small JSON, shared between areas like an import
 * profile, checked by this schema (schemas/rate-sheet-profile.schema.json) before use.
 */
import { z } from 'zod';
import { messageKey } from '../problems';
import { identifier, literal, localisedText, requiredText, text } from '../schema/fields';
import { FIGURE_LABELS, IDENTITY_TARGETS, type RateSheetLayout } from './rate-sheet';
import { TABLE_LIMITS } from './table';

export const RATE_SHEET_PROFILE_FORMAT = 'support-rate-sheet-profile';
export const RATE_SHEET_PROFILE_VERSION = 1;

/** The parts of a card a sheet can label, in the order the mapping shows them. */
export const RATE_SHEET_TARGETS: readonly string[] = [
  ...IDENTITY_TARGETS,
  ...new Set(FIGURE_LABELS.values()),
];

/** A column as the spreadsheet names it: A to GR, the table's 200 columns. */
const COLUMN_PATTERN = /^[A-Z]{1,2}$/;

function columnLetter() {
  const error = messageKey('validation.columnLetter', { max: TABLE_LIMITS.columns });
  return z
    .string({ error })
    .regex(COLUMN_PATTERN, { error })
    .refine((letters) => columnIndex(letters) < TABLE_LIMITS.columns, { error });
}

/** A card's detail or a figure's path, as `sources` name figures. */
const TARGET_PATTERN =
  /^[A-Za-z][A-Za-z0-9]*(\[[A-Za-z0-9._-]{1,64}\])?(\.[A-Za-z][A-Za-z0-9]*(\[[A-Za-z0-9._-]{1,64}\])?){0,4}$/;

const labels = z.record(z.string(), requiredText(200)).superRefine((all, context) => {
  const targets = Object.keys(all);
  if (targets.length > 200)
    context.addIssue({
      code: 'custom',
      message: messageKey('validation.list', { min: 0, max: 200 }),
    });
  for (const target of targets.filter((one) => !TARGET_PATTERN.test(one)))
    context.addIssue({
      code: 'custom',
      path: [target],
      message: messageKey('validation.figurePath'),
    });
});

export const rateSheetProfileSchema = z.strictObject({
  format: literal(RATE_SHEET_PROFILE_FORMAT),
  version: literal(RATE_SHEET_PROFILE_VERSION),
  id: identifier(),
  /** Plain text in one language, or `{ "en": …, "cy": … }`, as an import profile's name. */
  name: localisedText(200),
  description: localisedText(1000, 'many').optional(),
  /** On a workbook, the sheet to read; absent, the first. */
  sheet: text(100).optional(),
  /** The column of the labels, as the spreadsheet names it ("A"). */
  labelColumn: columnLetter(),
  /** The column of the figures; absent, the last filled cell right of the label. */
  valueColumn: columnLetter().optional(),
  /** The card the figures the sheet does not give come from. */
  baseCard: identifier(),
  /** The sheet's own label for a part of the card, by the part: `{ "validFrom": "Effective from" }`. */
  labels: labels.optional(),
});

export type RateSheetProfile = z.infer<typeof rateSheetProfileSchema>;

/** The layout the reader takes from a profile. */
export function layoutOf(profile: RateSheetProfile): RateSheetLayout {
  return {
    labelColumn: columnIndex(profile.labelColumn),
    valueColumn: profile.valueColumn === undefined ? null : columnIndex(profile.valueColumn),
    labels: profile.labels ?? {},
  };
}

/** "A" is 0, "AA" is 26. */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}
