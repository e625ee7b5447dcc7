/**
 * Weeks of budget held are shown so that the figure and the words comparing it agree
 * (docs/ledger.md, "Weeks of budget held"): one place, or more when one place would land
 * on, or across, the 4 and 8 weeks councils expect or the surplus flag's limit.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/domain/money';
import { weeksShown } from '../../src/domain/ledger/weeks-shown';
import { createI18n } from '../../src/i18n';
import { documentFormat } from '../../src/present/format';
import { whatsLeftModel } from '../../src/present/whats-left';
import { dayCentre, monitored } from '../helpers/ledger-setup';

const policy = { surplusWeeks: new Dec(8) };
const budget = { plan: { start: '2026-04-01', end: '2027-03-31' }, expenses: [dayCentre] };
const holding = (amount: string) => ({ receipts: [{ id: 'r1', date: '2026-04-01', amount }] });

describe('weeksShown', () => {
  it('gives one place where that keeps the figure on its side of every line', () => {
    expect(weeksShown(new Dec('3.94'), policy)).toBe('3.9');
    expect(weeksShown(new Dec('4'), policy)).toBe('4.0');
    expect(weeksShown(new Dec('6.25'), policy)).toBe('6.3');
    expect(weeksShown(new Dec('8'), policy)).toBe('8.0');
  });
  it('gives the places it takes when one place would land on a line', () => {
    expect(weeksShown(new Dec('3.96'), policy)).toBe('3.96');
    expect(weeksShown(new Dec('3.996'), policy)).toBe('3.996');
    expect(weeksShown(new Dec('8.04'), policy)).toBe('8.04');
    expect(weeksShown(new Dec('8.0001'), policy)).toBe('8.0001');
  });
  it("takes the card's surplus limit as a line too", () => {
    expect(weeksShown(new Dec('5.97'), { surplusWeeks: new Dec(6) })).toBe('5.97');
  });
});

describe("the What's left page says the weeks it compares", () => {
  it('3.96 weeks held reads "3.96 weeks … less", in English and Welsh', () => {
    const { pricing, monitoring } = monitored(budget, holding('396.00'), '2026-04-02');
    expect(monitoring.balance.weeksHeld?.toFixed()).toBe('3.96');
    const english = whatsLeftModel(
      pricing,
      monitoring,
      documentFormat(pricing, createI18n('en').t, 'en'),
    );
    expect(english.figures.find((figure) => figure.id === 'weeks')?.value).toBe('3.96 weeks');
    expect(english.weeksGuidance).toBe(
      'The account holds 3.96 weeks of budget. Councils expect an account to hold between 4 and 8 weeks of budget: this is less, so check there is enough to pay what is coming.',
    );
    const welsh = whatsLeftModel(
      pricing,
      monitoring,
      documentFormat(pricing, createI18n('cy').t, 'cy'),
    );
    expect(welsh.figures.find((figure) => figure.id === 'weeks')?.value).toBe('3.96 wythnos');
    expect(welsh.weeksGuidance).toMatch(/^Mae'r cyfrif yn dal 3\.96 wythnos o gyllideb\..*yn llai/);
  });
  it('a penny over 8 weeks reads more than 8 in the flag, not "8.0 weeks: more than 8"', () => {
    const { monitoring } = monitored(budget, holding('800.01'), '2026-04-02');
    const surplus = monitoring.flags.find((flag) => flag.id === 'surplus');
    expect(surplus?.values.weeks).toBe('8.0001');
  });
});
