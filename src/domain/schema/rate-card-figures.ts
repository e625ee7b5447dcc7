/** The figures of a rate card, named by path as `sources` name them (docs/conventions.md). */
import type { RateCard } from './rate-card';

function ratePaths(prefix: string): string[] {
  return [
    `${prefix}.day.weekday`,
    `${prefix}.day.weekend`,
    `${prefix}.night.weekday`,
    `${prefix}.night.weekend`,
    `${prefix}.sleepIn`,
  ];
}

export function figurePaths(card: RateCard): string[] {
  const pa = card.personalAssistant;
  return [
    'weeksPerYear',
    ...ratePaths('registeredProvider.standard'),
    ...card.registeredProvider.providers.flatMap((p) => ratePaths(`registeredProvider.providers[${p.id}].rates`)),
    ...ratePaths('personalAssistant.pay'),
    ...pa.onCosts.map((cost) => `personalAssistant.onCosts[${cost.id}].percent`),
    ...pa.employerCosts.map((cost) => `personalAssistant.employerCosts[${cost.id}].amount`),
    ...card.settings.flatMap((setting) => [
      `settings[${setting.id}].weeklyFee`,
      ...(setting.fncWeekly === undefined ? [] : [`settings[${setting.id}].fncWeekly`]),
    ]),
    ...Object.keys(card.carerPolicy).map((key) => `carerPolicy.${key}`),
  ];
}

/** A source names the figure itself or a group above it, ending at a `.` or `[`. */
export function isCoveredBy(figure: string, named: string): boolean {
  if (figure === named) return true;
  if (!figure.startsWith(named)) return false;
  const next = figure.charAt(named.length);
  return next === '.' || next === '[';
}

