/**
 * What the app and the command say when a text stops the PDF: which field, which script,
 * and the letter. The command names the field by its path in the budget file, as its
 * other messages do; the app names it in words.
 */
import type { TFunction } from 'i18next';
import type { Unprintable } from './printable';

/** "carers[1].name" → the key of "carer 2's name", with its number; else the path as it is. */
const FIELDS: readonly (readonly [RegExp, string])[] = [
  [/^person\.name$/, 'pdf.unprintable.fields.personName'],
  [/^person\.reference$/, 'pdf.unprintable.fields.personReference'],
  [/^title$/, 'pdf.unprintable.fields.title'],
  [/^carers\[(\d+)\]\.name$/, 'pdf.unprintable.fields.carerName'],
  [/^carers\[(\d+)\]\.relationship$/, 'pdf.unprintable.fields.carerRelationship'],
  [/^lines\[(\d+)\]\.activity$/, 'pdf.unprintable.fields.lineActivity'],
  [/^lines\[(\d+)\]\.outcome$/, 'pdf.unprintable.fields.lineOutcome'],
  [/^expenses\[(\d+)\]\.description$/, 'pdf.unprintable.fields.expenseDescription'],
  [/^rateCard\./, 'pdf.unprintable.fields.rateCard'],
];

function fieldName(path: string, t: TFunction): string {
  for (const [pattern, key] of FIELDS) {
    const match = pattern.exec(path);
    if (match !== null) return t(key, { number: Number(match[1] ?? 0) + 1, path });
  }
  return t('pdf.unprintable.fields.other', { path });
}

const codePoint = (character: string) =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

export function describeUnprintable(
  unprintable: Unprintable,
  t: TFunction,
  where: 'app' | 'cli',
): string {
  const values = {
    script: t(`pdf.unprintable.scripts.${unprintable.script}`),
    character: unprintable.character,
    code: codePoint(unprintable.character),
  };
  if (where === 'cli') return `${unprintable.path}: ${t('pdf.unprintable.cli', values)}`;
  return t('pdf.unprintable.app', { ...values, field: fieldName(unprintable.path, t) });
}
