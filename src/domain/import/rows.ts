/**
 * One row of a spreadsheet read as one need line of one person, with the column each
 * part of the line came from; or the problems that stop it, each naming its column.
 */
import type Decimal from 'decimal.js';
import { DAYS, isWeekend, type Day } from '../days';
import { MINUTES_IN_A_DAY } from '../hours';
import type { NeedLine, Resource } from '../schema/budget';
import type { RateCard } from '../schema/rate-card';
import {
  readDate,
  readDays,
  readDecimal,
  readText,
  readWhole,
  wordKey,
  type CellRead,
} from './cells';
import type { ImportField, ImportProfile, WordField } from './profile';
import { rowProblem, type ColumnIndex, type RowProblem } from './table';

/** A line before it has an id in its budget: everything but `id`. */
export type LineDraft = {
  [K in NeedLine['kind']]: Omit<Extract<NeedLine, { kind: K }>, 'id'>;
}[NeedLine['kind']];

export interface RowLine {
  readonly row: number;
  readonly person: string;
  readonly personName: string | undefined;
  readonly budgetName: string | undefined;
  readonly lineId: string | undefined;
  readonly line: LineDraft;
  /** The named carer of an unpaid-carer line, or the named assistant of a PA line. */
  readonly giver: string | undefined;
  readonly stated: { readonly rate?: Decimal; readonly weekly?: Decimal; readonly hours?: Decimal };
  /** For each field of the line, the header of the column it came from. */
  readonly columns: Readonly<Record<string, string>>;
}

export type RowRead =
  | { readonly ok: true; readonly value: RowLine }
  | { readonly ok: false; readonly problems: RowProblem[] };

type Kind = 'day' | 'night' | 'sleep-in';

/** The words every profile understands without being told, as `wordKey` writes them. */
const BUILT_IN_WORDS: Readonly<Record<'resource' | 'period', Readonly<Record<string, string>>>> = {
  resource: {
    'registered-provider': 'registered-provider',
    provider: 'registered-provider',
    agency: 'registered-provider',
    'care agency': 'registered-provider',
    'home care': 'registered-provider',
    'registered provider': 'registered-provider',
    'personal-assistant': 'personal-assistant',
    'personal assistant': 'personal-assistant',
    pa: 'personal-assistant',
    'unpaid-carer': 'unpaid-carer',
    'unpaid carer': 'unpaid-carer',
    carer: 'unpaid-carer',
    family: 'unpaid-carer',
    community: 'community',
    volunteer: 'community',
  },
  period: {
    day: 'day',
    night: 'night',
    'waking-night': 'night',
    'waking night': 'night',
    'sleep-in': 'sleep-in',
    'sleep in': 'sleep-in',
    'sleeping night': 'sleep-in',
  },
};

const RESOURCE_VALUES: readonly string[] = [
  'registered-provider',
  'personal-assistant',
  'unpaid-carer',
  'community',
];
const KIND_VALUES: readonly string[] = ['day', 'night', 'sleep-in'];

export function readRow(
  cells: readonly string[],
  rowNumber: number,
  columns: ColumnIndex,
  profile: ImportProfile,
  card: RateCard,
): RowRead {
  const problems: RowProblem[] = [];
  const used: Record<string, string> = {};
  const cellOf = (field: ImportField): { text: string; header: string } | null => {
    const at = columns.get(field);
    if (at === undefined) return null;
    const text = cells[at.index] ?? '';
    return text.trim() === '' ? null : { text, header: at.header };
  };
  /** The field's cell read, its problem noted; undefined when the cell is empty or wrong. */
  function take<T>(
    field: ImportField,
    reader: (cell: string) => CellRead<T>,
    lineField: string = field,
  ): T | undefined {
    const cell = cellOf(field);
    if (cell === null) return undefined;
    const result = reader(cell.text);
    if (!result.ok) {
      problems.push(rowProblem(rowNumber, cell.header, result.key, result.values ?? {}));
      return undefined;
    }
    used[lineField] = cell.header;
    return result.value;
  }
  const header = (field: ImportField): string | null => columns.get(field)?.header ?? null;
  const words = (
    field: WordField,
    value: string | undefined,
    fallback: string | undefined,
    allowed: (word: string) => string | null,
  ): string | undefined => {
    if (value === undefined) return fallback;
    const mapped =
      profile.words?.[field]?.[value] ??
      Object.entries(profile.words?.[field] ?? {}).find(
        ([key]) => wordKey(key) === wordKey(value),
      )?.[1];
    const meaning = allowed(mapped ?? value);
    if (meaning === null)
      problems.push(
        rowProblem(rowNumber, header(field), `importing.cell.${field}`, {
          value: value.slice(0, 100),
        }),
      );
    return meaning ?? undefined;
  };

  const person = take('person', (cell) => readText(cell, 100));
  if (person === undefined && !problems.some((found) => found.column === header('person'))) {
    problems.push(rowProblem(rowNumber, header('person'), 'importing.cell.required'));
  }
  const activity = take('activity', (cell) => readText(cell, 200));
  if (activity === undefined && !problems.some((found) => found.column === header('activity'))) {
    problems.push(rowProblem(rowNumber, header('activity'), 'importing.cell.required'));
  }
  const personName = take('personName', (cell) => readText(cell, 200));
  const budgetName = take('budgetName', (cell) => readText(cell, 200));
  const lineId = take('lineId', (cell) => readText(cell, 64), 'id');

  const domainWord = take('domain', (cell) => readText(cell, 200));
  const domain = words('domain', domainWord, profile.defaults?.domain, (word) =>
    domainOf(word, card),
  );
  const resourceWord = take('resource', (cell) => readText(cell, 200));
  const resource = words(
    'resource',
    resourceWord,
    builtIn('resource', profile.defaults?.resource),
    (word) => builtIn('resource', word) ?? (RESOURCE_VALUES.includes(word) ? word : null),
  ) as Resource | undefined;
  if (resource === undefined && resourceWord === undefined)
    problems.push(rowProblem(rowNumber, header('resource'), 'importing.cell.required'));
  if (domain === undefined && domainWord === undefined)
    problems.push(rowProblem(rowNumber, header('domain'), 'importing.cell.required'));
  const periodWord = take('period', (cell) => readText(cell, 100));
  const kind = (words(
    'period',
    periodWord,
    builtIn('period', profile.defaults?.period) ?? 'day',
    (word) => builtIn('period', word) ?? (KIND_VALUES.includes(word) ? word : null),
  ) ?? 'day') as Kind;
  const giverText = take('provider', (cell) => readText(cell, 200));

  let days = take('days', readDays);
  const rateDays = take('rateDays', (cell) => readText(cell, 20));
  if (rateDays !== undefined) {
    const weekend = wordKey(rateDays);
    if (weekend !== 'weekday' && weekend !== 'weekend')
      problems.push(
        rowProblem(rowNumber, header('rateDays'), 'importing.cell.rateDays', { value: rateDays }),
      );
    else if (days === undefined && cellOf('days') === null)
      days = DAYS.filter((day) => isWeekend(day) === (weekend === 'weekend'));
    else if (days !== undefined && days.some((day) => isWeekend(day) !== (weekend === 'weekend'))) {
      problems.push(
        rowProblem(rowNumber, header('rateDays'), 'importing.cell.rateDaysDisagree', {
          value: rateDays,
        }),
      );
    }
    if (days !== undefined) used['days'] ??= header('rateDays') ?? '';
  }
  if (days === undefined && cellOf('days') === null && rateDays === undefined) {
    const fallback =
      profile.defaults?.days === undefined ? undefined : readDays(profile.defaults.days);
    if (fallback?.ok === true) days = fallback.value;
    else problems.push(rowProblem(rowNumber, header('days'), 'importing.cell.required'));
  }

  const visitsPerDay =
    take('visitsPerDay', (cell) => readWhole(cell, 1, 48)) ?? profile.defaults?.visitsPerDay ?? 1;
  const workers =
    take('workers', (cell) => readWhole(cell, 1, 4)) ?? profile.defaults?.workers ?? 1;
  const from = take('from', (cell) => readDate(cell, profile.dateFormats));
  const until = take('until', (cell) => readDate(cell, profile.dateFormats));
  const everyWeeks = take('everyWeeks', (cell) => readWhole(cell, 2, 52), 'frequency');
  const weeksAYear = take('weeksAYear', (cell) => readWhole(cell, 1, 52), 'frequency');
  if (everyWeeks !== undefined && weeksAYear !== undefined)
    problems.push(rowProblem(rowNumber, header('weeksAYear'), 'importing.cell.oneFrequency'));
  const stated = {
    ...optional(
      'rate',
      take('statedRate', (cell) => readDecimal(cell, 100_000)),
    ),
    ...optional(
      'weekly',
      take('statedWeekly', (cell) => readDecimal(cell, 10_000_000)),
    ),
    ...optional(
      'hours',
      take('statedHours', (cell) => readDecimal(cell, 168)),
    ),
  };
  const minutes =
    kind === 'sleep-in'
      ? undefined
      : minutesOf(rowNumber, { visitsPerDay, workers, days }, take, header, problems);
  if (
    problems.length > 0 ||
    person === undefined ||
    activity === undefined ||
    domain === undefined ||
    resource === undefined ||
    days === undefined
  ) {
    return { ok: false, problems };
  }
  const giver = resource === 'registered-provider' ? undefined : giverText;
  const provider =
    resource === 'registered-provider' && giverText !== undefined
      ? providerOf(giverText, profile, card)
      : undefined;
  if (provider === null) {
    return {
      ok: false,
      problems: [
        rowProblem(rowNumber, header('provider'), 'importing.cell.provider', {
          value: (giverText ?? '').slice(0, 100),
          card: card.id,
        }),
      ],
    };
  }
  if (resource === 'unpaid-carer' && giver === undefined) {
    return {
      ok: false,
      problems: [rowProblem(rowNumber, header('provider'), 'importing.cell.carerName')],
    };
  }
  const common = {
    domain,
    activity,
    resource,
    workers,
    days,
    ...(provider === undefined ? {} : { provider }),
    ...(from === undefined ? {} : { from }),
    ...(until === undefined ? {} : { until }),
    ...(everyWeeks === undefined ? {} : { frequency: { everyWeeks } }),
    ...(weeksAYear === undefined ? {} : { frequency: { weeksAYear } }),
  };
  if (giverText !== undefined)
    used[
      resource === 'personal-assistant'
        ? 'assistant'
        : resource === 'unpaid-carer'
          ? 'carer'
          : 'provider'
    ] = header('provider') ?? '';
  used['kind'] = header('period') ?? '';
  used['period'] = header('period') ?? '';
  const line: LineDraft =
    kind === 'sleep-in'
      ? { kind: 'sleep-in', ...common }
      : { kind: 'visits', ...common, minutes: minutes ?? 0, visitsPerDay, period: kind };
  return {
    ok: true,
    value: {
      row: rowNumber,
      person,
      personName,
      budgetName,
      lineId,
      line,
      giver,
      stated,
      columns: used,
    },
  };
}

function optional<K extends string, T>(key: K, value: T | undefined): Partial<Record<K, T>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, T>);
}

function builtIn(field: 'resource' | 'period', word: string | undefined): string | undefined {
  return word === undefined ? undefined : BUILT_IN_WORDS[field][wordKey(word)];
}

/**
 * Minutes a visit from whichever one column says how long: minutes or hours a visit, or
 * hours a week spread evenly over the days, visits and workers. A spread that does not
 * come to whole minutes a visit is refused: the tool would have to round someone's care.
 */
function minutesOf(
  rowNumber: number,
  shape: { visitsPerDay: number; workers: number; days: readonly Day[] | undefined },
  take: <T>(
    field: ImportField,
    reader: (cell: string) => CellRead<T>,
    lineField?: string,
  ) => T | undefined,
  header: (field: ImportField) => string | null,
  problems: RowProblem[],
): number | undefined {
  const given = (['minutes', 'hours', 'weeklyHours'] as const).filter(
    (field) => header(field) !== null,
  );
  const minutes = take('minutes', (cell) => readWhole(cell, 1, MINUTES_IN_A_DAY));
  if (minutes !== undefined) return minutes;
  const hours = take('hours', (cell) => readDecimal(cell, 24), 'minutes');
  if (hours !== undefined) {
    const exact = hours.times(60);
    if (exact.isInteger() && exact.gte(1)) return exact.toNumber();
    problems.push(rowProblem(rowNumber, header('hours'), 'importing.cell.wholeMinutes'));
    return undefined;
  }
  const weekly = take('weeklyHours', (cell) => readDecimal(cell, 168), 'minutes');
  if (weekly !== undefined && shape.days !== undefined) {
    const each = weekly.times(60).div(shape.days.length * shape.visitsPerDay * shape.workers);
    if (each.isInteger() && each.gte(1)) return each.toNumber();
    problems.push(
      rowProblem(rowNumber, header('weeklyHours'), 'importing.cell.spreadMinutes', {
        days: shape.days.length,
      }),
    );
    return undefined;
  }
  if (
    weekly === undefined &&
    !problems.some((found) => given.some((field) => found.column === header(field)))
  ) {
    problems.push(rowProblem(rowNumber, header(given[0] ?? 'minutes'), 'importing.cell.howLong'));
  }
  return undefined;
}

/** An area of life by the card's id for it, or its English or Welsh name. */
function domainOf(word: string, card: RateCard): string | null {
  const key = wordKey(word);
  const found = card.domains.find((domain) => {
    const names =
      typeof domain.name === 'string' ? [domain.name] : [domain.name.en, domain.name.cy ?? ''];
    return wordKey(domain.id) === key || names.some((name) => name !== '' && wordKey(name) === key);
  });
  return found?.id ?? null;
}

/** A provider by the profile's word for it, or the card's id or name; null when the card has none such. */
function providerOf(word: string, profile: ImportProfile, card: RateCard): string | null {
  const mapped =
    Object.entries(profile.words?.provider ?? {}).find(
      ([key]) => wordKey(key) === wordKey(word),
    )?.[1] ?? word;
  const key = wordKey(mapped);
  const found = card.registeredProvider.providers.find((provider) => {
    const names =
      typeof provider.name === 'string'
        ? [provider.name]
        : [provider.name.en, provider.name.cy ?? ''];
    return (
      wordKey(provider.id) === key || names.some((name) => name !== '' && wordKey(name) === key)
    );
  });
  return found?.id ?? null;
}
