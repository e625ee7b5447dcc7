/**
 * Shaping a text (fontkit's `layout`: which glyphs, kerned how far apart) is one of the
 * larger parts of laying out the PDF, and a budget sets the same texts again and again:
 * "£0.00", "no cost", a provider's name, the days of a line copied for each week. For one
 * font, text and set of features the result never differs, so each font keeps what it
 * has shaped, for the worker's or process's life, and hands each caller a copy of it:
 * react-pdf adjusts the positions it is given.
 */

/** fontkit's shaped text, as far as the cache needs to know it. */
interface GlyphRun {
  glyphs: unknown[];
  positions: object[] | null;
}

/** A fontkit font, as react-pdf holds it once loaded. */
export interface Shaper {
  layout(text: string, ...options: unknown[]): GlyphRun;
}

/** Enough for every text of the longest budget the PDF is made for, in both weights. */
const MAX_KEPT_SHAPES = 20_000;

const kept = new WeakSet<Shaper>();

/** A copy of an object that keeps its class, so fontkit's getters (`advanceWidth`) still work. */
function copyOf<T extends object>(source: T): T {
  return Object.assign(Object.create(Object.getPrototypeOf(source) as object) as T, source);
}

function copyOfRun(run: GlyphRun): GlyphRun {
  const copy = copyOf(run);
  copy.glyphs = [...run.glyphs];
  copy.positions = run.positions?.map(copyOf) ?? null;
  return copy;
}

/** Makes `font` keep each text it shapes; once a font, however often it is asked. */
export function keepShapes(font: Shaper): void {
  if (kept.has(font)) return;
  kept.add(font);
  const shape = font.layout.bind(font);
  const shapes = new Map<string, GlyphRun>();
  font.layout = (text, ...options) => {
    const key = `${JSON.stringify(options)}\u0000${text}`;
    let run = shapes.get(key);
    if (run === undefined) {
      if (shapes.size >= MAX_KEPT_SHAPES) shapes.clear();
      run = shape(text, ...options);
      shapes.set(key, run);
    }
    return copyOfRun(run);
  };
}
