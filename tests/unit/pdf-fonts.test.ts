/**
 * The PDF's fonts as react-pdf gets them: each shipped WOFF, unwrapped to TrueType, reads
 * as a font with the letters the document needs, and sets every digit at one width, which
 * is why the PDF's styles ask for no tabular-figures feature to line up columns of money.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { create, type Font } from 'fontkit';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { FONT_FILE_NAMES, sharedUntilFailure } from '../../src/io/pdf/fonts';
import { woffToSfnt } from '../../src/io/pdf/woff';

const require = createRequire(import.meta.url);

async function trueType(name: string): Promise<Font> {
  const woff = readFileSync(require.resolve(`@fontsource/noto-sans/files/${name}`));
  const sfnt = await woffToSfnt(woff, (compressed) => Promise.resolve(inflateSync(compressed)));
  return create(Buffer.from(sfnt)) as Font;
}

describe.each([
  ['latinRegular', 'NotoSans-Regular', '£0123456789'],
  ['latinBold', 'NotoSans-Bold', '£0123456789'],
  ['latinExtRegular', 'NotoSans-Regular', 'ŵŷŴŶ'],
  ['latinExtBold', 'NotoSans-Bold', 'ŵŷŴŶ'],
] as const)('%s, unwrapped to TrueType', (key, postscriptName, letters) => {
  let font: Font;
  beforeAll(async () => {
    font = await trueType(FONT_FILE_NAMES[key]);
  });

  it(`is ${postscriptName} with ${letters}`, () => {
    expect(font.postscriptName).toBe(postscriptName);
    for (const letter of letters)
      expect(font.hasGlyphForCodePoint(letter.codePointAt(0) ?? 0), letter).toBe(true);
  });

});

describe.each(['latinRegular', 'latinBold'] as const)('%s figures', (key) => {
  it('are all one width, so columns of money line up without a font feature', async () => {
    const font = await trueType(FONT_FILE_NAMES[key]);
    const widths = new Set(font.layout('0123456789').glyphs.map((glyph) => glyph.advanceWidth));
    expect(widths.size).toBe(1);
  });
});

describe('loading the fonts', () => {
  it('is done once for every PDF while it works, and tried again after it fails', async () => {
    const load = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new Error('could not be read'))
      .mockResolvedValue(undefined);
    const loadFonts = sharedUntilFailure(load);
    await expect(Promise.all([loadFonts(), loadFonts()])).rejects.toThrow('could not be read');
    expect(load).toHaveBeenCalledTimes(1);
    await Promise.all([loadFonts(), loadFonts()]);
    await loadFonts();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
