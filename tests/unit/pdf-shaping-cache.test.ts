/**
 * The PDF fonts keep what they have shaped (src/io/pdf/shaping-cache.ts): a text is shaped
 * once per font and options, and every caller gets its own copy, since react-pdf adjusts
 * the positions it is given.
 */
import { describe, expect, it } from 'vitest';
import { keepShapes } from '../../src/io/pdf/shaping-cache';

class Position {
  constructor(public xAdvance: number) {}
}

class Run {
  positions: Position[];
  constructor(public glyphs: string[]) {
    this.positions = glyphs.map((glyph) => new Position(glyph.length * 10));
  }
  get advanceWidth(): number {
    return this.positions.reduce((sum, position) => sum + position.xAdvance, 0);
  }
}

function fakeFont() {
  const asked: string[] = [];
  return {
    asked,
    layout(text: string, ...options: unknown[]) {
      asked.push(`${text}|${JSON.stringify(options)}`);
      return new Run([...text]);
    },
  };
}

describe('keepShapes', () => {
  it('shapes a text once for the same options, and again for other options', () => {
    const font = fakeFont();
    keepShapes(font);
    font.layout('£0.00');
    font.layout('£0.00');
    font.layout('£0.00', ['kern'], undefined, undefined, 'ltr');
    font.layout('no cost');
    expect(font.asked).toEqual(['£0.00|[]', '£0.00|[["kern"],null,null,"ltr"]', 'no cost|[]']);
  });

  it('gives each caller its own copy, which keeps the run’s getters', () => {
    const font = fakeFont();
    keepShapes(font);
    const first = font.layout('ab');
    expect(first.advanceWidth).toBe(20);
    for (const position of first.positions) position.xAdvance = 99;
    first.glyphs.push('c');
    const second = font.layout('ab');
    expect(second.glyphs).toEqual(['a', 'b']);
    expect(second.positions.map((position) => position.xAdvance)).toEqual([10, 10]);
    expect(second.advanceWidth).toBe(20);
  });

  it('wraps a font once, however often it is asked', () => {
    const font = fakeFont();
    keepShapes(font);
    keepShapes(font);
    font.layout('x');
    font.layout('x');
    expect(font.asked).toEqual(['x|[]']);
  });
});
