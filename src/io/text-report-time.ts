/**
 * The plan in time in the text report: the as-at date, the working of each period's cost
 * (`£9,364.36 × 61 days ÷ 365 = £1,564.94`), investments' payback and the traditional
 * package. Figures come from the domain; nothing here does arithmetic.
 */
import type { TFunction } from 'i18next';
import { formatMoney, type Locale } from '../domain/format';
import { investmentPaybacks } from '../domain/pricing/investments';
import type { PeriodCost } from '../domain/pricing/periods';
import type { BudgetPricing } from '../domain/pricing/price-budget';
import { traditionalPackage } from '../domain/traditional';
import { namedPeriods } from '../present/summary-time';
import type { ReportKey } from '../i18n/message-keys';

export interface TimeContext {
  readonly pricing: BudgetPricing;
  readonly t: TFunction;
  readonly locale: Locale;
}

export function asAtLine({ pricing, t }: TimeContext): string {
  return t('report.time.asOf', { date: pricing.asOf });
}

export function timeSections(
  context: TimeContext,
  custom?: { from: string; to: string },
): string[] {
  const { pricing, t } = context;
  return [
    ...section(
      t('report.time.periodsHeading'),
      namedPeriods(pricing, t, custom).flatMap(({ name, cost }) =>
        periodWorking(name, cost, context),
      ),
    ),
    ...investments(context),
    ...traditional(context),
  ];
}

function section(heading: string, body: string[]): string[] {
  return ['', heading, '-'.repeat(heading.length), ...body];
}

function periodWorking(name: string, cost: PeriodCost, { t, locale }: TimeContext): string[] {
  const money = (amount: Parameters<typeof formatMoney>[0]) => formatMoney(amount, locale);
  const title = t('report.time.period', { name, from: cost.from, to: cost.to, count: cost.days });
  const rows = cost.items.flatMap((item) => {
    if (!item.oneOff.isZero())
      return [`    ${t('report.time.oneOff', { id: item.id, amount: money(item.oneOff) })}`];
    if (item.days === 0 || item.annual.isZero()) return [];
    return [
      `    ${t('report.time.working', { id: item.id, annual: money(item.annual), count: item.days, cost: money(item.recurring) })}`,
    ];
  });
  const sums = t('report.time.sums', {
    recurring: money(cost.recurring),
    oneOff: money(cost.oneOff),
    total: money(cost.total),
  });
  return [title, ...rows, `    ${sums}`];
}

function investments({ pricing, t, locale }: TimeContext): string[] {
  const paybacks = investmentPaybacks(pricing.budget, pricing.allLines);
  if (paybacks.length === 0) return [];
  return section(
    t('report.time.investmentsHeading'),
    paybacks.map((payback) =>
      payback.paybackWeeks === null
        ? t('report.time.noPayback', {
            id: payback.expense.id,
            saving: formatMoney(payback.savingWeekly, locale),
          })
        : t('report.time.payback', {
            id: payback.expense.id,
            amount: formatMoney(payback.amount, locale),
            saving: formatMoney(payback.savingWeekly, locale),
            count: payback.paybackWeeks,
            from: payback.effectDate ?? t('report.time.afterLastDay'),
            date: payback.paybackDate ?? t('report.time.afterLastDay'),
          }),
    ),
  );
}

function traditional({ pricing, t, locale }: TimeContext): string[] {
  const found = traditionalPackage(pricing);
  const money = (amount: Parameters<typeof formatMoney>[0]) => formatMoney(amount, locale);
  const { percent } = found.costAvoidance;
  return section(t('report.time.traditionalHeading'), [
    t('report.time.traditional', {
      weekly: money(found.weekly),
      annual: money(found.annual),
      basis: t(`report.time.basis.${found.basis}` as const satisfies ReportKey),
    }),
    percent === null
      ? t('report.time.avoidedNoPercent', { annual: money(found.costAvoidance.annual) })
      : t('report.time.avoided', { annual: money(found.costAvoidance.annual), percent }),
  ]);
}
