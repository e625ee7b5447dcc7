/**
 * What the app and the command say when the PDF is not made: a budget longer than the PDF
 * serves (how long, and the limit), or a text it would print wrongly (which field, which
 * script, and the letter). The command names the field by its path in the budget file,
 * as its other messages do; the app names it in words.
 */
import type { TFunction } from 'i18next';
import type { Refused } from './budget-document';
import type { Unprintable } from './printable';
import type { DocumentKey } from '../../i18n/message-keys';

/** "carers[1].name" → the key of "carer 2's name", with its number; else the path as it is. */
const FIELDS: readonly (readonly [RegExp, string])[] = [
  [/^person\.name$/, 'pdf.unprintable.fields.personName'],
  [/^person\.reference$/, 'pdf.unprintable.fields.personReference'],
  [/^title$/, 'pdf.unprintable.fields.title'],
  [/^carers\[(\d+)\]\.name$/, 'pdf.unprintable.fields.carerName'],
  [/^carers\[(\d+)\]\.relationship$/, 'pdf.unprintable.fields.carerRelationship'],
  [/^lines\[(\d+)\]\.activity$/, 'pdf.unprintable.fields.lineActivity'],
  [/^outcomes\[(\d+)\]\.words$/, 'pdf.unprintable.fields.outcomeWords'],
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

function describeUnprintable(unprintable: Unprintable, t: TFunction, where: 'app' | 'cli'): string {
  const values = {
    script: t(`pdf.unprintable.scripts.${unprintable.script}` as const satisfies DocumentKey),
    character: unprintable.character,
    code: codePoint(unprintable.character),
  };
  if (where === 'cli') return `${unprintable.path}: ${t('pdf.unprintable.cli', values)}`;
  return t('pdf.unprintable.app', { ...values, field: fieldName(unprintable.path, t) });
}

export function describeRefusal(refused: Refused, t: TFunction, where: 'app' | 'cli'): string {
  if ('unprintable' in refused) return describeUnprintable(refused.unprintable, t, where);
  const number = new Intl.NumberFormat('en-GB');
  const values = {
    rows: number.format(refused.tooLong.rows),
    limit: number.format(refused.tooLong.limit),
  };
  return where === 'cli' ? `lines: ${t('pdf.tooLong.cli', values)}` : t('pdf.tooLong.app', values);
}
