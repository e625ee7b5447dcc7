/**
 * The PDF's fonts as react-pdf gets them: each shipped WOFF, unwrapped to TrueType, reads
 * as a font with the letters the document needs, and sets every digit at one width, which
 * is why the PDF's styles ask for no tabular-figures feature to line up columns of money.
 */
import type { Font } from 'fontkit';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { shippedFont as trueType } from '../../scripts/pdf-font-coverage';
import { FACES, sharedUntilFailure } from '../../src/io/pdf/fonts';

const [latin, latinExt] = FACES;

describe.each([
  [latin?.regular, 'NotoSans-Regular', '£0123456789'],
  [latin?.bold, 'NotoSans-Bold', '£0123456789'],
  [latinExt?.regular, 'NotoSans-Regular', 'ŵŷŴŶ'],
  [latinExt?.bold, 'NotoSans-Bold', 'ŵŷŴŶ'],
] as const)('%s, unwrapped to TrueType', (file = '', postscriptName, letters) => {
  let font: Font;
  beforeAll(async () => {
    font = await trueType(file);
  });

  it(`is ${postscriptName} with ${letters}`, () => {
    expect(font.postscriptName).toBe(postscriptName);
    for (const letter of letters)
      expect(font.hasGlyphForCodePoint(letter.codePointAt(0) ?? 0), letter).toBe(true);
  });
});

describe.each([latin?.regular, latin?.bold])('%s figures', (file = '') => {
  it('are all one width, so columns of money line up without a font feature', async () => {
    const font = await trueType(file);
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
