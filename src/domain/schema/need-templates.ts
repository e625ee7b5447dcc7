/**
 * A library of typical needs (docs/templates.md): what an area offers a coordinator to
 * start a need from ("Morning personal care, 45 minutes, every day"), each named in
 * English and Welsh. Published as its own small file beside the area's rate cards; a
 * template fills the need's form, and the person changes what differs before saving.
 */
import { z } from 'zod';
import { MINUTES_IN_A_DAY } from '../hours';
import { lineFrequency } from './budget';
import { RESOURCES } from './budget-values';
import { days, identifier, list, literal, oneOf, requiredText, wholeNumber } from './fields';

export const NEED_TEMPLATES_FORMAT = 'support-need-templates';
export const NEED_TEMPLATES_VERSION = 1;

/** Both languages, always: a coordinator searches in the language the page is in. */
const bilingual = z.strictObject({ en: requiredText(200), cy: requiredText(200) });

const templateBase = {
  id: identifier(),
  /** What the coordinator searches and picks by, with the time and how often. */
  name: bilingual,
  /** What the need's "What is the support?" answer becomes. */
  activity: bilingual,
  /** The area of life it belongs to: one of the card's domains. */
  domain: identifier(),
  /** Who usually gives it; absent leaves the question for the person. */
  resource: oneOf(RESOURCES).optional(),
  workers: wholeNumber(1, 4),
  days: days(),
  frequency: lineFrequency.optional(),
};

const visitsTemplate = z.strictObject({
  ...templateBase,
  kind: literal('visits'),
  minutes: wholeNumber(1, MINUTES_IN_A_DAY),
  visitsPerDay: wholeNumber(1, 48),
  period: oneOf(['day', 'night']),
});

const sleepInTemplate = z.strictObject({ ...templateBase, kind: literal('sleep-in') });

export const needTemplateSchema = z.discriminatedUnion('kind', [visitsTemplate, sleepInTemplate]);

export const needTemplatesSchema = z.strictObject({
  format: literal(NEED_TEMPLATES_FORMAT),
  version: literal(NEED_TEMPLATES_VERSION),
  id: identifier(),
  name: bilingual,
  /** The rate cards the library is for, by id; a card not listed does not offer it. */
  rateCards: list(identifier(), 1, 100),
  templates: list(needTemplateSchema, 1, 500),
});

export type NeedTemplate = z.infer<typeof needTemplateSchema>;
export type NeedTemplates = z.infer<typeof needTemplatesSchema>;
