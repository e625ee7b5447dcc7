import type { TFunction } from 'i18next';
import { inertText } from '../domain/plain-text';
import { itemOfPath, type Problem } from '../domain/problems';

/**
 * "lines[2].minutes: must be a whole number from 1 to 1440". One line, whatever the file
 * held: a field name or value from a hostile file never reaches a terminal raw. The
 * command line says problems this way, with the path a person can find in the file.
 */
export function describeProblem(problem: Problem, t: TFunction): string {
  return inertText(`${problem.path}: ${t(problem.key, { ...problem.values })}`);
}

/** The lists whose items the page names with an ordinal ("the first need"). */
const NAMED_LISTS = new Set(['lines', 'expenses', 'carers', 'assistants', 'outcomes', 'revisions']);

/** The fields the page says in words; any other is shown as the file writes it. */
const FIELD_WORDS = new Set([
  'activity',
  'minutes',
  'visitsPerDay',
  'workers',
  'days',
  'period',
  'resource',
  'provider',
  'carer',
  'assistant',
  'domain',
  'from',
  'until',
  'frequency',
  'agreedRate',
  'agreedPay',
  'agreedSource',
  'sharedBy',
  'kind',
  'id',
  'outcomes',
  'description',
  'amount',
  'date',
  'name',
  'age',
  'relationship',
  'contractedHoursWeekly',
  'words',
  'byWhen',
  'goodLooksLike',
  'title',
  'fundingRoute',
  'rateCard',
  'person',
  'reference',
  'plan',
  'start',
  'end',
  'status',
  'cohort',
  'comparatorAnnual',
  'indicativeAnnual',
  'ownHealthCondition',
  'willingAndAble',
  'hourly',
  'perNight',
  'everyWeeks',
  'weeksAYear',
]);

/** The highest place said as an ordinal word; after it, "Need 11". */
const ORDINAL_WORDS = 10;

/**
 * A problem as a page says it, in the reader's words: "The first need (Help to get up):
 * minutes must be a whole number from 1 to 1440" rather than `lines[0].minutes`. The
 * item's name is the one the file gives it, when the reader found one (withItemNames).
 */
export function describeProblemInWords(problem: Problem, t: TFunction): string {
  const message = t(problem.key, { ...problem.values });
  if (problem.path === 'file' || problem.path === '')
    return inertText(t('problemWords.file', { message }));
  const item = itemOfPath(problem.path);
  if (item === null || !NAMED_LISTS.has(item.list)) {
    return inertText(
      capitalise(t('problemWords.field', { field: fieldWords(problem.path, t), message })),
    );
  }
  const place = itemPlace(item.list, item.index + 1, t);
  const subject =
    problem.itemName === undefined
      ? place
      : t('problemWords.named', { item: place, name: problem.itemName });
  if (item.rest === '') return inertText(`${subject}: ${message}`);
  return inertText(
    t('problemWords.sentence', { subject, field: fieldWords(item.rest, t), message }),
  );
}

function itemPlace(list: string, place: number, t: TFunction): string {
  const root = `problemWords.item.${list}`;
  if (place === 1) return t(`${root}.first`);
  if (place === 2) return t(`${root}.second`);
  if (place <= ORDINAL_WORDS) {
    return t(`${root}.nth`, { ordinal: t(`problemWords.ordinal.${t(`${root}.gender`)}.${place}`) });
  }
  return t(`${root}.numbered`, { number: place });
}

/** `agreedRate.hourly` → "agreed rate, hourly"; `days[7]` → "days 8"; unknown names as written. */
function fieldWords(path: string, t: TFunction): string {
  return path
    .split('.')
    .map((segment) => {
      const found = /^([^[]*)((?:\[\d+\])*)$/.exec(segment);
      const name = found?.[1] ?? segment;
      const indices = (found?.[2] ?? '').match(/\d+/g) ?? [];
      const word = FIELD_WORDS.has(name) ? t(`problemWords.fields.${name}`) : name;
      return [word, ...indices.map((index) => String(Number(index) + 1))].join(' ');
    })
    .join(', ');
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
