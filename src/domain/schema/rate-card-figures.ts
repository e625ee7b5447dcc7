/** The figures of a rate card, named by path as `sources` name them (docs/conventions.md). */
import type { RateCard, Rates } from './rate-card';

/** One rate table's figures with their paths: the hourly rates, then the sleep-in allowance. */
export function rateFigures(prefix: string, rates: Rates): [path: string, amount: string][] {
  return [
    [`${prefix}.day.weekday`, rates.day.weekday],
    [`${prefix}.day.weekend`, rates.day.weekend],
    [`${prefix}.night.weekday`, rates.night.weekday],
    [`${prefix}.night.weekend`, rates.night.weekend],
    [`${prefix}.sleepIn`, rates.sleepIn],
  ];
}

/** Every table of rates paid care is priced at, with the path its figures are named under. */
export function paidRateTables(card: RateCard): [prefix: string, rates: Rates][] {
  return [
    ['registeredProvider.standard', card.registeredProvider.standard],
    ...card.registeredProvider.providers.map((p): [string, Rates] => [
      `registeredProvider.providers[${p.id}].rates`,
      p.rates,
    ]),
    ['personalAssistant.pay', card.personalAssistant.pay],
  ];
}

export function figurePaths(card: RateCard): string[] {
  const pa = card.personalAssistant;
  return [
    'weeksPerYear',
    ...paidRateTables(card).flatMap(([prefix, rates]) =>
      rateFigures(prefix, rates).map(([path]) => path),
    ),
    ...(pa.payFloor === undefined ? [] : ['personalAssistant.payFloor']),
    ...pa.onCosts.map((cost) => `personalAssistant.onCosts[${cost.id}].percent`),
    ...pa.employerCosts.map((cost) => `personalAssistant.employerCosts[${cost.id}].amount`),
    ...card.settings.flatMap((setting) => [
      `settings[${setting.id}].weeklyFee`,
      ...(setting.fncWeekly === undefined ? [] : [`settings[${setting.id}].fncWeekly`]),
    ]),
    ...Object.keys(card.carerPolicy).map((key) => `carerPolicy.${key}`),
    // The policy's sourced figures; its monitoring thresholds carry their own `source`.
    ...(card.policy?.delegatedAuthorityLimit === undefined
      ? []
      : ['policy.delegatedAuthorityLimit']),
    ...(card.policy?.charging === undefined ? [] : ['policy.charging.maxWeeklyCharge']),
  ];
}

/** A source names the figure itself or a group above it, ending at a `.` or `[`. */
export function isCoveredBy(figure: string, named: string): boolean {
  if (figure === named) return true;
  if (!figure.startsWith(named)) return false;
  const next = figure.charAt(named.length);
  return next === '.' || next === '[';
}
