/**
 * Which fonts a budget's PDF needs, or the first text it cannot print. react-pdf sets a
 * letter no font has as junk from another letter's place (Олена came out as ";5=0"), so
 * every text the document can show is checked, letter by letter, against what the shipped
 * fonts hold (font-coverage.ts, generated from the fonts and tested against them) before
 * anything is laid out. A text with a letter none has stops the PDF, naming the field and
 * the script; the app and the command say so in English or Welsh.
 */
import { inertText } from '../../domain/plain-text';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import { COVERAGE } from './font-coverage';
import { BASE_FACES, FACES, type FontFace } from './fonts';

/** A text the PDF would print wrongly: where it is, and its first letter no font has. */
export interface Unprintable {
  /** As in the budget file: "person.name", "lines[3].activity", "rateCard.name.cy". */
  readonly path: string;
  readonly script: ScriptKey;
  readonly character: string;
}

export type Printable =
  | { readonly ok: true; readonly faces: readonly FontFace[] }
  | { readonly ok: false; readonly unprintable: Unprintable };

/** The scripts named when refused; anything else is "other", with the letter itself. */
const SCRIPTS = [
  ['arabic', /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}]/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['chinese', /[\p{Script=Han}\p{Script=Bopomofo}]/u],
  ['japanese', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['korean', /\p{Script=Hangul}/u],
  ['gurmukhi', /\p{Script=Gurmukhi}/u],
  ['gujarati', /\p{Script=Gujarati}/u],
  ['tamil', /\p{Script=Tamil}/u],
  ['sinhala', /\p{Script=Sinhala}/u],
  ['thai', /\p{Script=Thai}/u],
  ['ethiopic', /\p{Script=Ethiopic}/u],
  ['emoji', /\p{Extended_Pictographic}/u],
] as const;

export type ScriptKey = (typeof SCRIPTS)[number][0] | 'other';

export function scriptOf(character: string): ScriptKey {
  return SCRIPTS.find(([, pattern]) => pattern.test(character))?.[0] ?? 'other';
}

/** Sorted code points as inclusive ranges, flat: [first, last, first, last, …]. */
export function rangesOf(codePoints: Iterable<number>): number[] {
  const ranges: number[] = [];
  for (const point of [...new Set(codePoints)].sort((a, b) => a - b)) {
    if (ranges.length > 0 && ranges[ranges.length - 1] === point - 1)
      ranges[ranges.length - 1] = point;
    else ranges.push(point, point);
  }
  return ranges;
}

function covers(ranges: readonly number[], point: number): boolean {
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (point < (ranges[middle * 2] as number)) high = middle - 1;
    else if (point > (ranges[middle * 2 + 1] as number)) low = middle + 1;
    else return true;
  }
  return false;
}

/** Parts of a budget or card the PDF never prints: earlier revisions, a card's notes and sources. */
const NOT_PRINTED = new Set(['revisions', 'notes', 'sources']);

/** Every text in a budget or its card that the PDF may print, with its path. */
function* textsOf(value: unknown, path: string): Generator<readonly [string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* textsOf(item, `${path}[${index}]`);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value))
      if (!NOT_PRINTED.has(key)) yield* textsOf(item, path === '' ? key : `${path}.${key}`);
  }
}

/** Spaces and line breaks are laid out, not drawn: they need no glyph. */
const LAID_OUT = /\s/u;

/**
 * The families the document needs, in FACES order (the two Latin ones always, for the
 * app's own words), or the first text with a letter none of the fonts has.
 */
export function printable(pricing: BudgetPricing): Printable {
  const needed = new Set<FontFace>(BASE_FACES);
  const texts = [...textsOf(pricing.budget, ''), ...textsOf(pricing.card, 'rateCard')];
  for (const [path, text] of texts) {
    // As the PDF prints it: a character pdf-text.tsx makes inert is checked as what it becomes.
    for (const character of inertText(text)) {
      if (LAID_OUT.test(character)) continue;
      const point = character.codePointAt(0) as number;
      const font = FACES.find((candidate) => covers(COVERAGE[candidate.family] ?? [], point));
      if (font === undefined)
        return { ok: false, unprintable: { path, script: scriptOf(character), character } };
      needed.add(font);
    }
  }
  return { ok: true, faces: FACES.filter((font) => needed.has(font)) };
}
