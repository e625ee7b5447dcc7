/** The sources that cover a figure of a rate card: the figure's own, and any group's above it. */
import type { RateCard } from './rate-card';
import { isCoveredBy } from './rate-card-figures';

export type Source = RateCard['sources'][number];

export function sourcesOf(card: RateCard, figure: string): Source[] {
  return card.sources.filter((source) => isCoveredBy(figure, source.figure));
}

/** Sources that cover any of the figures, each once, in the card's order. */
export function sourcesOfAny(card: RateCard, figures: readonly string[]): Source[] {
  return card.sources.filter((source) =>
    figures.some((figure) => isCoveredBy(figure, source.figure)),
  );
}
