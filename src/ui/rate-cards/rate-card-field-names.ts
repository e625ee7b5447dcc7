/**
 * What each field of the rate-card form is called in a message, and its element id: a
 * problem's path is the form key (`providers/#2/sleepIn`, `source:standard`), so the
 * error summary can name the figure ("Bright Care Ltd, sleep-in: …") and link to it.
 */
import type { TFunction } from 'i18next';
import type { Problem } from '../../domain/problems';
import {
  fieldKey,
  LISTS,
  textOf,
  type ListName,
  type RateCardForm,
} from '../../domain/forms/rate-card-form';
import type { MessageKey } from '../../i18n/message-keys';

/** An element id for a form key; `%` escapes keep two different keys from sharing one. */
export function rateCardFieldId(path: string): string {
  const id = `rc-${encodeURIComponent(path).replaceAll('%', '_')}`;
  // A date is three boxes: its messages link to the first, the day.
  return path === 'validFrom' || path === 'validTo' ? `${id}-day` : id;
}

const isList = (name: string | undefined): name is ListName =>
  (LISTS as readonly string[]).includes(name ?? '');

/** The name of a block of figures: "Standard provider rates", or a row's name as typed. */
export function blockName(block: string, form: RateCardForm, t: TFunction): string {
  const [list, row] = block.split('/');
  if (isList(list) && row !== undefined) {
    const typed = textOf(form, fieldKey(block, 'name')).trim();
    return typed === ''
      ? t(`rateCards.fields.unnamed.${list}` as const satisfies MessageKey)
      : typed;
  }
  return t(`rateCards.fields.${block}`);
}

export function rateCardFieldName(path: string, form: RateCardForm, t: TFunction): string {
  if (path.startsWith('source:'))
    return t('rateCards.fields.sourceOf', { block: blockName(path.slice(7), form, t) });
  const parts = path.split('/');
  if (parts.length === 1) return t(`rateCards.fields.${path}`, { defaultValue: path });
  const field = parts.at(-1) ?? '';
  const block = parts.slice(0, -1).join('/');
  const figure =
    field === 'name'
      ? t('rateCards.fields.rowName')
      : t(`rateCards.fields.${field}`, { defaultValue: field });
  return t('rateCards.fields.inBlock', { block: blockName(block, form, t), figure });
}

/**
 * A problem of the form in words that name its field. The card's own details, left empty,
 * have NHS.UK-style messages of their own ("Enter the card's name").
 */
export function rateCardProblemMessage(found: Problem, form: RateCardForm, t: TFunction): string {
  const own =
    found.key === 'rateCards.errors.required'
      ? t(`rateCards.required.${found.path}`, { defaultValue: '' })
      : '';
  return own !== ''
    ? own
    : t(found.key, { ...found.values, field: rateCardFieldName(found.path, form, t) });
}
