import type { TFunction } from 'i18next';
import type { CardWarning } from '../domain/card-warnings';
import type { TermKey } from './message-keys';

/** A card's warning in words, its figures named by path: the same on screen, in reports and on the command line. */
export function cardWarningWords(warning: CardWarning, t: TFunction): string {
  return t(`terms.warning.${warning.id}` as const satisfies TermKey, {
    figures: warning.figures.join(', '),
  });
}
