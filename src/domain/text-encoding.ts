/**
 * The one rule for the text of every file a person opens, in the app and on the command
 * line: UTF-8, with at most one byte-order mark at the start. Anything else is refused with
 * a message naming what the file seems to be, never turned silently into replacement
 * characters (which would change names and notes without anyone seeing).
 */
import { failed, ok, problem, type Result } from './problems';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** The file's text, or a problem naming its encoding. */
export function decodeUtf8File(bytes: Uint8Array): Result<string> {
  const other = otherEncoding(bytes);
  if (other !== null) return failed([problem([], 'validation.encoding', { encoding: other })]);
  const start = startsWith(bytes, UTF8_BOM, 0) ? UTF8_BOM.length : 0;
  if (start > 0 && startsWith(bytes, UTF8_BOM, start)) {
    return failed([problem([], 'validation.twoByteOrderMarks')]);
  }
  const body = bytes.subarray(start);
  // The decoder refuses exactly what firstInvalidUtf8 finds; that is looked for only then, to name it.
  const decoded = decodeStrictly(body);
  const bad = decoded === null ? firstInvalidUtf8(body) : null;
  if (bad !== null) {
    const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body.subarray(0, bad));
    const line = before.split('\n').length;
    const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
    const byte = `0x${(body[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
    return failed([
      problem([], 'validation.notUnicode', { byte, where: `line ${line}, column ${column}` }),
    ]);
  }
  return decoded === null ? ok(strictDecoder.decode(body)) : ok(decoded);
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text, or null where the bytes are not well-formed UTF-8. */
function decodeStrictly(bytes: Uint8Array): string | null {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 or UTF-32, by its byte-order mark or, without one, by the zero bytes its first
 * character has: a JSON file starts with an ASCII character, which UTF-8 writes as one byte.
 */
function otherEncoding(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe) return c === 0 && d === 0 ? 'UTF-32LE' : 'UTF-16LE';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32BE';
  if (a === 0xfe && b === 0xff) return 'UTF-16BE';
  if (bytes.length < 2) return null;
  if (a === 0) return b === 0 ? 'UTF-32BE' : 'UTF-16BE';
  if (b === 0) return c === 0 && d === 0 ? 'UTF-32LE' : 'UTF-16LE';
  return null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], at: number): boolean {
  return prefix.every((byte, index) => bytes[at + index] === byte);
}

/**
 * Where the bytes stop being well-formed UTF-8 (the Unicode standard's table 3-7: no
 * overlong forms, no surrogates, nothing above U+10FFFF), or null if they never do.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number | null {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const [length, low, high] = sequence(lead);
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return i;
    }
    i += length;
  }
  return null;
}

/** A lead byte's sequence length and the range its second byte must fall in; 0 if it cannot lead. */
function sequence(lead: number): readonly [number, number, number] {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}
