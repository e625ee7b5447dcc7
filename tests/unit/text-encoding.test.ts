/**
 * The one rule for the text of a file, in the app and on the command line
 * (src/domain/text-encoding.ts): UTF-8 with at most one byte-order mark; anything else is
 * refused naming its encoding, never read with replacement characters.
 */
import { describe, expect, it } from 'vitest';
import { decodeUtf8File, firstInvalidUtf8 } from '../../src/domain/text-encoding';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeUtf8File', () => {
  it('reads UTF-8, with or without one byte-order mark, exactly', () => {
    expect(decodeUtf8File(utf8('{"name": "Siân Ŵyn 😀"}'))).toEqual({
      ok: true,
      value: '{"name": "Siân Ŵyn 😀"}',
    });
    expect(decodeUtf8File(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({ ok: true, value: '{}' });
    expect(decodeUtf8File(bytes())).toEqual({ ok: true, value: '' });
  });

  it.each([
    ['UTF-16LE', bytes(0xff, 0xfe, 0x7b, 0x00)],
    ['UTF-16BE', bytes(0xfe, 0xff, 0x00, 0x7b)],
    ['UTF-32LE', bytes(0xff, 0xfe, 0x00, 0x00, 0x7b, 0, 0, 0)],
    ['UTF-32BE', bytes(0x00, 0x00, 0xfe, 0xff, 0, 0, 0, 0x7b)],
    ['UTF-16LE', bytes(0x7b, 0x00, 0x7d, 0x00)],
    ['UTF-16BE', bytes(0x00, 0x7b, 0x00, 0x7d)],
  ])('names %s, by its mark or its zero bytes', (encoding, input) => {
    expect(decodeUtf8File(input)).toEqual({
      ok: false,
      problems: [{ path: 'file', key: 'validation.encoding', values: { encoding } }],
    });
  });

  it('refuses two byte-order marks [H14.2]', () => {
    expect(decodeUtf8File(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({
      ok: false,
      problems: [{ path: 'file', key: 'validation.twoByteOrderMarks', values: {} }],
    });
  });

  it('names the first byte that is not UTF-8, by line and column in characters [H14.1]', () => {
    const text = new Uint8Array([...utf8('{\n  "a": "Ŵ'), 0xe9, ...utf8('"}')]);
    expect(decodeUtf8File(text)).toEqual({
      ok: false,
      problems: [
        {
          path: 'file',
          key: 'validation.notUnicode',
          values: { byte: '0xE9', where: 'line 2, column 10' },
        },
      ],
    });
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    ['an overlong "/"', [0x41, 0xc0, 0xaf], 1],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
    ['a surrogate', [0x41, 0x41, 0xed, 0xa0, 0x80], 2],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut short at the end', [0x41, 0xe2, 0x82], 1],
    ['a lone continuation byte', [0x80], 0],
    ['a Windows-1252 pound sign', [0x31, 0xa3], 1],
  ])('finds %s', (_, input, at) => {
    expect(firstInvalidUtf8(new Uint8Array(input))).toBe(at);
  });

  it('finds nothing wrong in well-formed text of every length of sequence', () => {
    expect(firstInvalidUtf8(utf8('a £ € 😀 \u{10FFFF}'))).toBeNull();
  });
});
