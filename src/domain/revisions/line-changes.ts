/** Which parts of a need line changed between two priced versions of it. */
import type { PricedLine } from '../pricing/line';
import type { NeedLine } from '../schema/budget';

/** In the order people read a line: what it is, when, by whom, at what rate, for how much. */
export const LINE_CHANGES = [
  'activity',
  'domain',
  'schedule',
  'minutes',
  'visitsPerDay',
  'workers',
  'frequency',
  'dates',
  'hours',
  'nights',
  'resource',
  'assistant',
  'agreed',
  'shared',
  'rate',
  'cost',
] as const;
export type LineChange = (typeof LINE_CHANGES)[number];

export function lineChanges(from: PricedLine, to: PricedLine): LineChange[] {
  const a = from.line;
  const b = to.line;
  const resource = a.resource !== b.resource || a.provider !== b.provider || a.carer !== b.carer;
  const changed: Record<LineChange, boolean> = {
    activity: a.activity !== b.activity || String(a.outcomes ?? []) !== String(b.outcomes ?? []),
    domain: a.domain !== b.domain,
    // When (the days, day or night, visits or a sleep-in), apart from how long and how many:
    // a longer visit is "length of each visit", never "when".
    schedule: scheduleText(a) !== scheduleText(b),
    minutes: visitMinutes(a) !== visitMinutes(b),
    visitsPerDay: visitsPerDay(a) !== visitsPerDay(b),
    workers: a.workers !== b.workers,
    frequency:
      a.frequency?.everyWeeks !== b.frequency?.everyWeeks ||
      a.frequency?.weeksAYear !== b.frequency?.weeksAYear,
    dates: a.from !== b.from || a.until !== b.until,
    hours: !from.hours.equals(to.hours),
    nights: from.nights !== to.nights,
    resource,
    // Who gives it names the assistant ("Personal assistant: Jo Example"), so a line moved
    // to or from a PA has changed who gives it, once; "which assistant" is one PA for another.
    assistant: !resource && a.assistant !== b.assistant,
    agreed: agreedText(a) !== agreedText(b),
    shared: a.sharedBy !== b.sharedBy,
    rate: ratesText(from) !== ratesText(to),
    cost: !from.weekly.equals(to.weekly),
  };
  return LINE_CHANGES.filter((change) => changed[change]);
}

/** The distinct hourly or nightly rates a line is paid at, with any PA on-costs: "20|30". */
function ratesText(priced: PricedLine): string {
  return [...new Set(priced.segments.map((segment) => segment.rate.toString()))].sort().join('|');
}

/** The agreed figure and who agreed it (rule 17), as one text to compare. */
function agreedText(line: NeedLine): string {
  return JSON.stringify([line.agreedRate, line.agreedPay, line.agreedSource]);
}

function scheduleText(line: NeedLine): string {
  const period = line.kind === 'visits' ? line.period : 'sleep-in';
  return JSON.stringify([line.kind, period, [...line.days].sort()]);
}

/** A visit's length, or null for a sleep-in (which has none). */
export function visitMinutes(line: NeedLine): number | null {
  return line.kind === 'visits' ? line.minutes : null;
}

export function visitsPerDay(line: NeedLine): number | null {
  return line.kind === 'visits' ? line.visitsPerDay : null;
}
