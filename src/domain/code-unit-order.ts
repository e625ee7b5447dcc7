/**
 * Strings in code-unit order: the order `<` gives strings, the same on every machine and
 * in every language, which file names, ids and ISO 8601 dates sort by here (for ISO dates
 * it is their order in time). Not `localeCompare`: its order depends on the reader's
 * language, and its first call builds the browser's collator, some 60 to 90 ms on a slow
 * laptop (docs/performance.md, sixth round).
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Whatever was read from a file (a budget, a ledger, its problems), by its file's name. */
export const byFile = (a: { readonly file: string }, b: { readonly file: string }): number =>
  byCodeUnits(a.file, b.file);
