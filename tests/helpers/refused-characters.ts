/**
 * The characters docs/plain-text.md refuses in free text, written out by code point for
 * the tests that check no output holds one (kept apart from the code under test).
 */
export function isRefusedCharacter(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** Every refused character in the text, in order: [] when it is plain. */
export function refusedCharacters(text: string): string[] {
  return [...text].filter(isRefusedCharacter);
}
