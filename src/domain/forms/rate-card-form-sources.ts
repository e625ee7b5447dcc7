/**
 * The `sources` of a card made in the form. A figure left as it was keeps the source it
 * had; a changed or added figure takes the source typed for its block. A source of the
 * old card that named a group is kept whole only if nothing under it changed; otherwise
 * its unchanged figures get it figure by figure, so no changed figure wears an old source.
 */
import type { RateCard } from '../schema/rate-card';
import { figurePaths, isCoveredBy } from '../schema/rate-card-figures';
import { sourcesOf, type Source } from '../schema/rate-card-sources';

export interface FigureBlock {
  /** The block's key in the form, such as `providers/example-homecare`. */
  readonly key: string;
  /** The block's figures as a group in the card, such as `registeredProvider.providers[x].rates`. */
  readonly group: string;
  readonly figures: readonly { readonly path: string; readonly changed: boolean }[];
}

/**
 * A source typed for a block covers its changed figures; with nothing changed, it covers
 * the whole block (a figure confirmed for a new year with a new source).
 */
function typedSources(
  blocks: readonly FigureBlock[],
  typed: ReadonlyMap<string, string>,
): Map<string, string> {
  const byFigure = new Map<string, string>();
  for (const block of blocks) {
    const text = typed.get(block.key);
    if (text === undefined || text === '') continue;
    const changed = block.figures.filter((figure) => figure.changed);
    for (const figure of changed.length > 0 ? changed : block.figures)
      byFigure.set(figure.path, text);
  }
  return byFigure;
}

export function buildSources(
  base: RateCard,
  card: RateCard,
  blocks: readonly FigureBlock[],
  typed: ReadonlyMap<string, string>,
): Source[] {
  const figures = figurePaths(card);
  const fresh = typedSources(blocks, typed);
  const kept = base.sources.filter((source) => {
    const covered = figures.filter((figure) => isCoveredBy(figure, source.figure));
    return covered.length > 0 && covered.every((figure) => !fresh.has(figure));
  });
  const copied = figures
    .filter(
      (figure) => !fresh.has(figure) && !kept.some((source) => isCoveredBy(figure, source.figure)),
    )
    .flatMap((figure) => sourcesOf(base, figure).map((source) => ({ ...source, figure })));
  const added = blocks.flatMap((block) => {
    const texts = block.figures.map((figure) => fresh.get(figure.path));
    const first = texts[0];
    if (first !== undefined && texts.every((text) => text === first))
      return [{ figure: block.group, text: first }];
    return block.figures.flatMap((figure) => {
      const text = fresh.get(figure.path);
      return text === undefined ? [] : [{ figure: figure.path, text }];
    });
  });
  return [...kept, ...copied, ...added];
}
