/**
 * The inverse PA calculator's working in words, step by step, so a finance officer can
 * follow it with a calculator: the funding, the employer costs, what is left, the on-costs,
 * the highest pay, its check and the penny above it, and the pay floor. The rate card page
 * and `npm run price -- pa-pay` say the same lines; every figure is the domain's.
 */
import type { TFunction } from 'i18next';
import { formatExact, formatRate } from '../domain/format';
import type { Money } from '../domain/money';
import type { PaPay } from '../domain/pricing/pa-pay';

export function paPayWorking(
  result: PaPay,
  t: TFunction,
  money: (amount: Money | string) => string,
  name: (cost: PaPay['employerCosts'][number]) => string,
): string[] {
  const lines = [
    t('packages.paPay.funded', {
      rate: money(result.rate),
      hours: formatExact(result.hours),
      funded: money(result.funded),
    }),
    result.employerCosts.length === 0
      ? t('packages.paPay.noEmployerCosts')
      : t('packages.paPay.employerCosts', {
          costs: result.employerCosts
            .map((cost) => `${name(cost)} ${money(cost.weekly)}`)
            .join(' + '),
          total: money(result.employerWeekly),
        }),
    t('packages.paPay.left', {
      funded: money(result.funded),
      employer: money(result.employerWeekly),
      left: money(result.left),
    }),
    t('packages.paPay.onCosts', {
      percent: formatExact(result.onCostPercent),
      factor: formatExact(result.factor),
    }),
  ];
  const { highest, nextPenny, floor } = result;
  if (highest === null || nextPenny === null) {
    lines.push(t('packages.paPay.nothingLeft'));
    return lines;
  }
  lines.push(
    t('packages.paPay.exact', {
      left: money(result.left),
      hours: formatExact(result.hours),
      factor: formatExact(result.factor),
      exact: formatExact(result.exactPay),
      pay: money(highest.pay),
    }),
    t('packages.paPay.check', {
      pay: money(highest.pay),
      factor: formatExact(result.factor),
      hours: formatExact(result.hours),
      exact: formatRate(highest.exactWeekly),
      weekly: money(highest.payWeekly),
      employer: money(result.employerWeekly),
      total: money(highest.totalWeekly),
      funded: money(result.funded),
    }),
    t('packages.paPay.nextPenny', {
      pay: money(nextPenny.pay),
      total: money(nextPenny.totalWeekly),
      funded: money(result.funded),
    }),
  );
  if (floor !== null) {
    lines.push(
      t(floor.reached ? 'packages.paPay.floorReached' : 'packages.paPay.floorMissed', {
        floor: money(floor.amount),
        pay: money(highest.pay),
      }),
    );
  }
  return lines;
}
