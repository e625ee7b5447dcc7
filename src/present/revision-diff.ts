/**
 * The model of a comparison of two versions of a plan (two revisions, or one plan on two
 * rate cards): what the compare page, the compare command's text and its CSV say, in the
 * reader's language. It decides which rows appear (lines, expenses and carers that
 * changed; the totals always), how each is named, and every figure as it is displayed, so
 * the page and the text cannot disagree. The figures are the domain's diff, formatted only.
 */
import type { TFunction } from 'i18next';
import { formatHours, formatMoney } from '../domain/format';
import { formatHoursChange, formatMoneyChange } from '../domain/format-change';
import type { Money } from '../domain/money';
import type { PricedAmount } from '../domain/pricing/amounts';
import type { PricedLine } from '../domain/pricing/line';
import type { BudgetPricing } from '../domain/pricing/price-budget';
import { agreedKept } from '../domain/revisions/agreed-kept';
import {
  overallChange,
  type AmountDiff,
  type BudgetDiff,
  type CarerDiff,
  type ChangeKind,
  type LineDiff,
} from '../domain/revisions/diff';
import type { LineChange } from '../domain/revisions/line-changes';
import { localeOf } from '../i18n/languages';
import { localise } from '../i18n/localise';
import type { Labels } from './labels';
import { changeFormat, lineChangeWords, segmentRates } from './line-change-words';
import { frequencyWords } from './words';

/** A revision number, or the current draft. */
export type Version = number | 'current';

const MACHINE_READ = { lng: 'en' } as const;

/** What a cell shows for a side that does not exist (a line before it was added). */
export const NOTHING = '—';

export interface Column {
  readonly heading: string;
  /** Figures: right-aligned, so that digits line up. */
  readonly numeric: boolean;
}

/** One figure of the totals: weekly, annual, one-off, first year, or hours of support. */
export interface TotalRow {
  readonly key: 'weekly' | 'annual' | 'oneOff' | 'firstYear' | 'hours';
  readonly label: string;
  readonly before: string;
  readonly after: string;
  readonly difference: string;
}

export interface LineRow {
  readonly key: string;
  readonly id: string;
  readonly kind: ChangeKind;
  /** "Changed". */
  readonly change: string;
  /** "Help to wash and dress (Personal care)". */
  readonly name: string;
  /** The parts that changed, named: "when", "hours" (empty when added or removed). */
  readonly parts: readonly string[];
  /** Each part that changed with its value before and after: "Hours a week: 5.00 → 7.00". */
  readonly details: readonly string[];
  /** The line as it was and as it is, in a sentence; null for the side it is missing from. */
  readonly before: string | null;
  readonly after: string | null;
  readonly hoursDifference: string;
  readonly weeklyBefore: string;
  readonly weeklyAfter: string;
  readonly weeklyDifference: string;
  readonly annualDifference: string;
}

export interface AmountRow {
  readonly key: string;
  readonly id: string;
  readonly kind: ChangeKind;
  readonly change: string;
  readonly name: string;
  readonly before: string | null;
  readonly after: string | null;
  readonly weeklyBefore: string;
  readonly weeklyAfter: string;
  readonly weeklyDifference: string;
  readonly annualDifference: string;
  readonly oneOffDifference: string;
}

export interface CarerRow {
  readonly key: string;
  readonly kind: ChangeKind;
  readonly change: string;
  readonly name: string;
  readonly hoursBefore: string;
  readonly hoursAfter: string;
  readonly hoursDifference: string;
  readonly nightsBefore: number;
  readonly nightsAfter: number;
  /** The flags raised and those cleared, as the page's cells say them ("none" when none). */
  readonly flagsNow: string;
  readonly flagsGone: string;
  /**
   * The flags in sentences: "Now flagged: …", "No longer flagged: …", and when neither
   * changed, the flags the carer still has, if any ("Flags: …").
   */
  readonly flagWords: readonly string[];
  /** The flags raised and cleared in one cell, or '' when they did not change. */
  readonly flagChanges: string;
}

export interface Section<Row> {
  readonly caption: string;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
  /** "3 unchanged.", or null when every item changed. */
  readonly unchanged: string | null;
}

export interface RevisionDiffModel {
  /** "What changed: Support plan for Ann (example-ann)". */
  readonly title: string;
  /** Each version, its card and its totals: "From: revision 1, on England 2025-26 …". */
  readonly from: string;
  readonly to: string;
  /** "The plan costs £60.00 more a week, … 1 need added, 0 removed, 1 changed; 3 unchanged." */
  readonly headline: string;
  /** The lines a change of card does not re-price, their agreed rate kept (rule 17). */
  readonly kept: string | null;
  readonly totals: Section<TotalRow>;
  readonly lines: Section<LineRow> & {
    /** Said when no need was added, removed or changed. */
    readonly none: string;
  };
  readonly amounts: Section<AmountRow>;
  readonly carers: Section<CarerRow>;
  readonly rounding: string;
  /** The CSV's words for its sections, in English whatever the reader's language. */
  readonly sections: { readonly [K in 'line' | 'amount' | 'carer' | 'total']: string };
  /** The labels of every line, expense and carer, unchanged ones too, for the CSV. */
  readonly every: {
    readonly lines: readonly LineRow[];
    readonly amounts: readonly AmountRow[];
    readonly carers: readonly CarerRow[];
  };
}

/** "revision 3" or "the current draft". */
export function versionWords(version: Version, t: TFunction): string {
  return version === 'current'
    ? t('revisions.version.current')
    : t('revisions.version.revision', { number: version });
}

/**
 * The revision a document rests on: "2, agreed on 1 May 2026", "draft, changed since
 * revision 2 …", or "not yet revised (draft)". `date` says a calendar day as the document
 * does (the PDF in words, the text report as written).
 */
export function revisionWords(
  revision:
    | {
        readonly number: number;
        readonly date: string;
        readonly changedSince?: boolean | undefined;
      }
    | undefined,
  t: TFunction,
  date: (iso: string) => string,
): string {
  if (revision === undefined) return t('pdf.about.revisionDraft');
  const values = { number: revision.number, date: date(revision.date) };
  return revision.changedSince === true
    ? t('revisions.document.changedSince', values)
    : t('pdf.about.revisionValue', values);
}

export function revisionDiffModel(
  diff: BudgetDiff,
  t: TFunction,
  language: string,
  versions: { readonly from: Version; readonly to: Version } = { from: 'current', to: 'current' },
): RevisionDiffModel {
  const locale = localeOf(language);
  const format = changeFormat(diff, t, language);
  const money = (amount: Money) => formatMoney(amount, locale);
  const hours = (value: Parameters<typeof formatHours>[0]) => formatHours(value, locale);
  const moneyChange = (amount: Money) => formatMoneyChange(amount, locale);
  const hoursChange = (value: Parameters<typeof formatHoursChange>[0]) =>
    formatHoursChange(value, locale);
  const change = (kind: ChangeKind) => t(`revisions.change.${kind}`);
  const flags = (ids: readonly string[]) =>
    ids.length === 0
      ? t('revisions.compare.flagsNone')
      : ids.map((id) => t(`terms.flag.${id}`)).join(', ');
  const column = (key: string, numeric = false): Column => ({
    heading: t(`revisions.compare.${key}`),
    numeric,
  });
  const unchanged = (count: number) =>
    count === 0 ? null : t('revisions.text.unchanged', { count });
  const side = (which: 'from' | 'to', pricing: BudgetPricing, version: Version) =>
    t(`revisions.text.${which}`, {
      version: versionWords(version, t),
      card: localise(pricing.card.name, language),
      id: pricing.card.id,
      weekly: money(pricing.totals.weekly),
      annual: money(pricing.totals.annual),
    });

  /** A line's or an expense's weekly figures before and after, and its differences. */
  const figures = (item: {
    from: { weekly: Money } | null;
    to: { weekly: Money } | null;
    difference: { weekly: Money; annual: Money };
  }) => ({
    weeklyBefore: item.from === null ? NOTHING : money(item.from.weekly),
    weeklyAfter: item.to === null ? NOTHING : money(item.to.weekly),
    weeklyDifference: moneyChange(item.difference.weekly),
    annualDifference: moneyChange(item.difference.annual),
  });

  const lineRow = (line: LineDiff): LineRow => {
    const need = (line.to ?? line.from)?.line;
    const lineSide = (priced: PricedLine | null) =>
      priced === null ? null : lineSideWords(priced, format.labels, t, money, hours);
    return {
      key: line.id,
      id: line.id,
      kind: line.kind,
      change: change(line.kind),
      name:
        need === undefined
          ? line.id
          : t('revisions.compare.lineName', {
              activity: need.activity,
              domain: format.labels.domain(need.domain),
            }),
      parts: line.changes.map((part: LineChange) => t(`revisions.what.${part}`)),
      details: lineChangeWords(line, format),
      before: lineSide(line.from),
      after: lineSide(line.to),
      hoursDifference: hoursChange(line.hours),
      ...figures(line),
    };
  };

  const amountRow = (amount: AmountDiff): AmountRow => {
    const either = amount.to ?? amount.from;
    const amountSide = (priced: PricedAmount | null) =>
      priced === null
        ? null
        : t('revisions.text.amountSide', {
            amount: money(priced.amount),
            frequency: frequencyWords(priced.frequency, t),
            weekly: money(priced.weekly),
            annual: money(priced.annual),
            oneOff: money(priced.oneOff),
          });
    return {
      key: `${amount.source}:${amount.id}`,
      id: amount.id,
      kind: amount.kind,
      change: change(amount.kind),
      name: either === null ? amount.id : localise(either.description, language),
      before: amountSide(amount.from),
      after: amountSide(amount.to),
      ...figures(amount),
      oneOffDifference: moneyChange(amount.difference.oneOff),
    };
  };

  const carerRow = (carer: CarerDiff): CarerRow => {
    const carerHours = (value: CarerDiff['fromHours']) =>
      value === null ? t('revisions.compare.notInPlan') : hours(value);
    const labelled = (label: string, ids: readonly string[]) =>
      t('revisions.text.labelled', { label: t(label), value: flags(ids) });
    const raised = labelled('revisions.compare.flagsNow', carer.flagsAdded);
    const cleared = labelled('revisions.compare.flagsGone', carer.flagsRemoved);
    const same = carer.flagsAdded.length === 0 && carer.flagsRemoved.length === 0;
    return {
      key: carer.id,
      kind: carer.kind,
      change: change(carer.kind),
      name: carer.name,
      hoursBefore: carerHours(carer.fromHours),
      hoursAfter: carerHours(carer.toHours),
      hoursDifference: hoursChange(carer.hours),
      nightsBefore: carer.fromNights,
      nightsAfter: carer.toNights,
      flagsNow: flags(carer.flagsAdded),
      flagsGone: flags(carer.flagsRemoved),
      flagWords: [
        raised,
        cleared,
        // Flags still raised are said as well, as the page's cells say only what changed.
        ...(same && carer.toFlags.length > 0
          ? [labelled('revisions.text.flags', carer.toFlags)]
          : []),
      ],
      flagChanges: [
        ...(carer.flagsAdded.length === 0 ? [] : [raised]),
        ...(carer.flagsRemoved.length === 0 ? [] : [cleared]),
      ].join('; '),
    };
  };

  const lines = diff.lines.map(lineRow);
  const amounts = diff.amounts.map(amountRow);
  const carers = diff.carers.map(carerRow);
  const changed = <Row extends { kind: ChangeKind }>(rows: readonly Row[]) =>
    rows.filter((row) => row.kind !== 'unchanged');
  const total = (key: 'weekly' | 'annual' | 'oneOff' | 'firstYear'): TotalRow => ({
    key,
    label: t(`revisions.compare.${key}`),
    before: money(diff.from.totals[key]),
    after: money(diff.to.totals[key]),
    difference: moneyChange(diff.totals[key]),
  });
  const kept = agreedKept(diff);
  return {
    title: t('revisions.text.title', {
      title: diff.to.budget.title || diff.to.budget.person.name,
      id: diff.to.budget.id,
    }),
    from: side('from', diff.from, versions.from),
    to: side('to', diff.to, versions.to),
    headline: headline(diff, t, money),
    kept:
      kept.length === 0
        ? null
        : t('packages.reprice.text', {
            lines: kept.map((priced) => `${priced.line.activity} (${priced.line.id})`).join('; '),
          }),
    totals: {
      caption: t('revisions.compare.totalsCaption'),
      columns: [
        column('figure'),
        column('before', true),
        column('after', true),
        column('difference', true),
      ],
      rows: [
        total('weekly'),
        total('annual'),
        total('oneOff'),
        total('firstYear'),
        {
          key: 'hours',
          label: t('revisions.compare.hours'),
          before: hours(diff.from.hoursTotal),
          after: hours(diff.to.hoursTotal),
          difference: hoursChange(diff.hours),
        },
      ],
      unchanged: null,
    },
    lines: {
      caption: t('revisions.compare.linesCaption'),
      columns: [
        column('line'),
        column('change'),
        column('whatChanged'),
        column('hoursDifference', true),
        column('weeklyBefore', true),
        column('weeklyAfter', true),
        column('weeklyDifference', true),
        column('annualDifference', true),
      ],
      rows: changed(lines),
      unchanged: unchanged(lines.length - changed(lines).length),
      none: t('revisions.compare.noLineChanges'),
    },
    amounts: {
      caption: t('revisions.compare.amountsCaption'),
      columns: [
        column('amount'),
        column('change'),
        column('weeklyBefore', true),
        column('weeklyAfter', true),
        column('weeklyDifference', true),
        column('annualDifference', true),
      ],
      rows: changed(amounts),
      unchanged: unchanged(amounts.length - changed(amounts).length),
    },
    carers: {
      caption: t('revisions.compare.carersCaption'),
      columns: [
        column('carer'),
        column('hoursBefore', true),
        column('hoursAfter', true),
        column('hoursDifference', true),
        column('flagsNow'),
        column('flagsGone'),
      ],
      // Every carer is listed: their hours are the first thing a change of care moves.
      rows: carers,
      unchanged: null,
    },
    rounding: t('revisions.compare.rounding'),
    // Read by machines, as the budget CSV's are: the same English words in every language.
    sections: {
      line: t('csv.sectionLine', MACHINE_READ),
      amount: t('revisions.csv.sectionAmount', MACHINE_READ),
      carer: t('revisions.csv.sectionCarer', MACHINE_READ),
      total: t('csv.sectionTotal', MACHINE_READ),
    },
    every: { lines, amounts, carers },
  };
}

/** "The plan costs £60.00 more a week, …. 1 need added, 0 removed, 1 changed; 3 unchanged." */
function headline(diff: BudgetDiff, t: TFunction, money: (amount: Money) => string): string {
  const count = (kind: ChangeKind) =>
    t(`revisions.compare.${kind}`, {
      count: diff.lines.filter((line) => line.kind === kind).length,
    });
  const { direction, weekly, annual } = overallChange(diff);
  return `${t(`revisions.compare.${direction}`, {
    weekly: money(weekly),
    annual: money(annual),
  })} ${t('revisions.compare.counts', {
    added: count('added'),
    removed: count('removed'),
    changed: count('changed'),
    unchanged: count('unchanged'),
  })}`;
}

/** "registered provider, 7.00 hours a week at £20.00, £30.00: £160.00 a week, …" */
function lineSideWords(
  priced: PricedLine,
  labels: Labels,
  t: TFunction,
  money: (amount: Money) => string,
  hours: (value: PricedLine['hours']) => string,
): string {
  const { line } = priced;
  const named = line.provider ?? line.carer;
  const who =
    named === undefined
      ? labels.resource(line.resource)
      : `${labels.resource(line.resource)} (${line.provider !== undefined ? labels.provider(named) : labels.carer(named)})`;
  const rates = segmentRates(priced, t);
  return t('revisions.text.lineSide', {
    resource: who,
    quantity:
      line.kind === 'sleep-in'
        ? t('revisions.text.nightsQuantity', { count: priced.nights })
        : t('revisions.text.hoursQuantity', { hours: hours(priced.hours) }),
    rates: rates.length === 0 ? '' : t('revisions.text.rates', { rates: rates.join(', ') }),
    weekly: money(priced.weekly),
    annual: money(priced.annual),
  });
}
