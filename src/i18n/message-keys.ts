/**
 * The keys of a message area as a type, so that a table of keys (a record from a kind of
 * row, a direction or a warning to its message) is checked by the type check: a key that
 * names no English message is a type error. Plural forms are one key, as `t` takes them
 * ("summary.words.nights" for nights_one and nights_other). docs/architecture.md says why
 * the areas are typed this way rather than through i18next's own typed `t`.
 */
import type core from './en/core.json';
import type { EnglishMessages } from './english';
import type pdf from './en/pdf.json';
import type report from './en/report.json';
import type summary from './en/summary.json';

type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type Family<Key extends string> = Key extends `${infer Base}${PluralSuffix}` ? Base : Key;

/** Every leaf of a message tree as "a.b.c", plural forms as their family. */
export type KeysOf<Tree, Prefix extends string = ''> = {
  [Key in keyof Tree & string]: Tree[Key] extends string
    ? `${Prefix}${Family<Key>}`
    : KeysOf<Tree[Key], `${Prefix}${Key}.`>;
}[keyof Tree & string];

/** A message of the summary, the document the page, the PDF and the text report render. */
export type DocumentKey = KeysOf<typeof summary> | KeysOf<typeof pdf>;

/** A message of the text report, the CSV and the command line. */
export type ReportKey = KeysOf<typeof report>;

/** A shared word: days, resources, frequencies, flags and the like. */
export type TermKey = KeysOf<Pick<typeof core, 'terms'>>;

/** Any message of any area. */
export type MessageKey = KeysOf<EnglishMessages>;
