/** Home against residential and nursing settings, and against an indicative sum. */
import type Decimal from 'decimal.js';
import { addMoney, Dec, parseMoney, roundToPenny, subtractMoney, type Money } from './money';
import type { RateCard, Setting } from './schema/rate-card';
import { perCard, weeksPerYearOf } from './pricing/per-card';
import type { Totals } from './pricing/totals';

export interface SettingComparison {
  readonly setting: Setting;
  /** The weekly fee plus NHS-funded Nursing Care where the setting has it. */
  readonly weekly: Money;
  readonly annual: Money;
  /** The plan's annual total less the setting's: negative when home costs less. */
  readonly difference: Money;
  /**
   * Provider hours a week the plan could add, at the card's standard weekday daytime
   * rate, before its weekly cost equals the setting's; negative when it already costs more.
   */
  readonly extraProviderHours: Decimal;
}

/** What each setting on a card costs, and the provider rate, worked out once per card. */
const settingCosts = perCard((card) => ({
  providerRate: new Dec(card.registeredProvider.standard.day.weekday),
  settings: card.settings.map((setting) => {
    const weekly = addMoney(parseMoney(setting.weeklyFee), parseMoney(setting.fncWeekly ?? '0.00'));
    return { setting, weekly, annual: roundToPenny(weekly.times(weeksPerYearOf(card))) };
  }),
}));

export function compareSettings(totals: Totals, card: RateCard): SettingComparison[] {
  const { providerRate, settings } = settingCosts(card);
  return settings.map(({ setting, weekly, annual }) => {
    const headroom = subtractMoney(weekly, totals.weekly);
    return {
      setting,
      weekly,
      annual,
      difference: subtractMoney(totals.annual, annual),
      extraProviderHours: providerRate.isZero() ? new Dec(0) : headroom.div(providerRate),
    };
  });
}

export interface IndicativeComparison {
  readonly amount: Money;
  /** The plan's annual total less the indicative sum: positive when the plan is over. */
  readonly difference: Money;
}

export function compareIndicative(
  totals: Totals,
  indicative: Money | null,
): IndicativeComparison | null {
  if (indicative === null) return null;
  return { amount: indicative, difference: subtractMoney(totals.annual, indicative) };
}
