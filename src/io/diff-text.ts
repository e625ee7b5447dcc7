/**
 * A comparison as plain text for people: each line added, removed or changed with its
 * figures before and after and its difference, the amounts, the totals and each carer.
 * Unchanged lines are counted, not listed. Every figure comes from the domain's diff.
 */
import type { TFunction } from 'i18next';
import { formatHours, formatMoney } from '../domain/format';
import { formatHoursChange, formatMoneyChange } from '../domain/format-change';
import type { PricedAmount } from '../domain/pricing/amounts';
import type { PricedLine } from '../domain/pricing/line';
import type { BudgetPricing } from '../domain/pricing/price-budget';
import type { AmountDiff, BudgetDiff, CarerDiff, LineDiff } from '../domain/revisions/diff';
import { inertText } from '../domain/plain-text';
import { agreedKept } from '../domain/revisions/agreed-kept';
import { localise } from '../i18n/localise';
import { type Labels } from '../present/labels';
import {
  changeFormat,
  lineChangeWords,
  segmentRates,
  type ChangeFormat,
} from '../present/line-change-words';

type Version = number | 'current';

export function diffText(
  diff: BudgetDiff,
  versions: { from: Version; to: Version },
  t: TFunction,
  language = 'en',
): string {
  const format = changeFormat(diff, t, language);
  const labels = format.labels;
  const lines = diff.lines.filter((line) => line.kind !== 'unchanged');
  const amounts = diff.amounts.filter((amount) => amount.kind !== 'unchanged');
  return (
    [
      t('revisions.text.title', {
        title: diff.to.budget.title || diff.to.budget.person.name,
        id: diff.to.budget.id,
      }),
      side('from', diff.from, versions.from, t, language),
      side('to', diff.to, versions.to, t, language),
      t('revisions.text.difference', {
        weekly: formatMoneyChange(diff.totals.weekly),
        annual: formatMoneyChange(diff.totals.annual),
        oneOff: formatMoneyChange(diff.totals.oneOff),
        firstYear: formatMoneyChange(diff.totals.firstYear),
      }),
      ...keptText(diff, t),
      ...section(t('revisions.text.linesHeading'), [
        ...lines.flatMap((line) => lineText(line, labels, t, format)),
        ...unchanged(diff.lines.length - lines.length, t),
      ]),
      ...section(t('revisions.text.amountsHeading'), [
        ...amounts.flatMap((amount) => amountText(amount, t, language)),
        ...unchanged(diff.amounts.length - amounts.length, t),
      ]),
      ...(diff.carers.length === 0
        ? []
        : section(
            t('revisions.text.carersHeading'),
            diff.carers.flatMap((c) => carerText(c, t)),
          )),
      '',
      t('revisions.text.rounding'),
      '',
    ]
      // One row, one line: text from a file can never start a line of its own (plain-text.ts).
      .map(inertText)
      .join('\n')
  );
}

/** Lines a change of card does not re-price, as their agreed rate or pay is kept (rule 17). */
function keptText(diff: BudgetDiff, t: TFunction): string[] {
  const kept = agreedKept(diff);
  if (kept.length === 0) return [];
  return [
    t('packages.reprice.text', {
      lines: kept.map((priced) => `${priced.line.activity} (${priced.line.id})`).join('; '),
    }),
  ];
}

function section(heading: string, body: string[]): string[] {
  return body.length === 0 ? [] : ['', heading, '-'.repeat(heading.length), ...body];
}

function unchanged(count: number, t: TFunction): string[] {
  return count === 0 ? [] : [t('revisions.text.unchanged', { count })];
}

function side(
  which: 'from' | 'to',
  pricing: BudgetPricing,
  version: Version,
  t: TFunction,
  language: string,
): string {
  return t(`revisions.text.${which}`, {
    version:
      version === 'current'
        ? t('revisions.version.current')
        : t('revisions.version.revision', { number: version }),
    card: localise(pricing.card.name, language),
    id: pricing.card.id,
    weekly: formatMoney(pricing.totals.weekly),
    annual: formatMoney(pricing.totals.annual),
  });
}

function lineText(diff: LineDiff, labels: Labels, t: TFunction, format: ChangeFormat): string[] {
  const line = (diff.to ?? diff.from)?.line;
  if (line === undefined) return [];
  const rows = [
    t('revisions.text.lineHeading', {
      change: t(`revisions.change.${diff.kind}`),
      id: diff.id,
      domain: labels.domain(line.domain),
      activity: line.activity,
    }),
  ];
  if (diff.changes.length > 0) {
    rows.push(
      `    ${t('revisions.text.whatChanged', { what: diff.changes.map((c) => t(`revisions.what.${c}`)).join(', ') })}`,
    );
    // Each part that changed, before and after, as the compare page shows it.
    rows.push(...lineChangeWords(diff, format).map((words) => `      ${words}`));
  }
  if (diff.from !== null)
    rows.push(`    ${t('revisions.text.before', { side: lineSide(diff.from, labels, t) })}`);
  if (diff.to !== null)
    rows.push(`    ${t('revisions.text.after', { side: lineSide(diff.to, labels, t) })}`);
  rows.push(
    `    ${t('revisions.text.lineDifference', {
      hours: formatHoursChange(diff.hours),
      weekly: formatMoneyChange(diff.difference.weekly),
      annual: formatMoneyChange(diff.difference.annual),
    })}`,
  );
  return rows;
}

/** "registered provider, 7.00 hours a week at £20.00, £30.00: £160.00 a week, …" */
export function lineSide(priced: PricedLine, labels: Labels, t: TFunction): string {
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
        : t('revisions.text.hoursQuantity', { hours: formatHours(priced.hours) }),
    rates: rates.length === 0 ? '' : t('revisions.text.rates', { rates: rates.join(', ') }),
    weekly: formatMoney(priced.weekly),
    annual: formatMoney(priced.annual),
  });
}

function amountText(diff: AmountDiff, t: TFunction, language: string): string[] {
  const either = (diff.to ?? diff.from) as PricedAmount;
  const amountSide = (amount: PricedAmount) =>
    t('revisions.text.amountSide', {
      amount: formatMoney(amount.amount),
      frequency: t(`terms.frequency.${amount.frequency}`),
      weekly: formatMoney(amount.weekly),
      annual: formatMoney(amount.annual),
      oneOff: formatMoney(amount.oneOff),
    });
  return [
    t('revisions.text.amountHeading', {
      change: t(`revisions.change.${diff.kind}`),
      id: diff.id,
      description: localise(either.description, language),
    }),
    ...(diff.from === null
      ? []
      : [`    ${t('revisions.text.before', { side: amountSide(diff.from) })}`]),
    ...(diff.to === null
      ? []
      : [`    ${t('revisions.text.after', { side: amountSide(diff.to) })}`]),
    `    ${t('revisions.text.amountDifference', {
      weekly: formatMoneyChange(diff.difference.weekly),
      annual: formatMoneyChange(diff.difference.annual),
      oneOff: formatMoneyChange(diff.difference.oneOff),
    })}`,
  ];
}

function carerText(diff: CarerDiff, t: TFunction): string[] {
  const hours = (value: CarerDiff['fromHours']) =>
    value === null ? t('revisions.text.carerNotInPlan') : formatHours(value);
  const flags = (ids: readonly string[]) =>
    ids.length === 0
      ? t('revisions.text.noFlags')
      : ids.map((id) => t(`terms.flag.${id}`)).join(', ');
  const rows = [
    t('revisions.text.carer', {
      name: diff.name,
      from: hours(diff.fromHours),
      to: hours(diff.toHours),
      hours: formatHoursChange(diff.hours),
      fromNights: diff.fromNights,
      toNights: diff.toNights,
    }),
  ];
  if (diff.flagsAdded.length > 0)
    rows.push(t('revisions.text.flagsAdded', { flags: flags(diff.flagsAdded) }));
  if (diff.flagsRemoved.length > 0)
    rows.push(t('revisions.text.flagsRemoved', { flags: flags(diff.flagsRemoved) }));
  if (diff.flagsAdded.length === 0 && diff.flagsRemoved.length === 0)
    rows.push(t('revisions.text.flagsSame', { flags: flags(diff.toFlags) }));
  return rows;
}
