import type { TFunction } from 'i18next';
import type { CardWarning } from '../domain/card-warnings';

/** A card's warning in words, its figures named by path: the same on screen, in reports and on the command line. */
export function cardWarningWords(warning: CardWarning, t: TFunction): string {
  return t(`terms.warning.${warning.id}`, { figures: warning.figures.join(', ') });
}
