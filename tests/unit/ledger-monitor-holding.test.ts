/**
 * The What's left page monitors only the 4-week period and the month holding its day
 * (`holdingOnly`): those are the very figures, tables and all, of the full monitoring, and
 * everything else (the year, the balance, the flags) is unchanged.
 */
import { describe, expect, it } from 'vitest';
import { monitor } from '../../src/domain/ledger/monitor';
import { whatsLeft } from '../../src/domain/ledger/whats-left';
import { priceOnCard } from '../../src/domain/pricing/price-budget';
import { readBudget } from '../../src/domain/read';
import { generateLedger } from '../../src/generate/generate-ledger';
import { englandCard } from '../helpers/ledger-setup';
import { readJson } from '../helpers/builders';

const card = englandCard();
const example = readBudget(readJson('examples/example-ann.json'));
if (!example.ok) throw new Error('the example budget does not read');
const { ledger } = generateLedger({ budget: example.value, card, seed: 3, weeks: 52 });

describe('monitoring the period and month holding the day only', () => {
  for (const asOf of ['2025-04-01', '2025-06-30', '2025-11-17', '2026-03-31']) {
    it(`as at ${asOf}, the same period, month and all else as the full monitoring`, () => {
      const pricing = priceOnCard(example.value, card, { asOf });
      if (!pricing.ok) throw new Error('not priced');
      const full = monitor(pricing.value, ledger);
      const holding = monitor(pricing.value, ledger, { holdingOnly: true });
      if (!full.ok || !holding.ok) throw new Error('not monitored');
      const held = (periods: readonly { from: string; to: string }[]) =>
        periods.filter((period) => period.from <= asOf && asOf <= period.to);
      expect(holding.value.periods).toEqual(held(full.value.periods));
      expect(holding.value.months).toEqual(held(full.value.months));
      expect(holding.value.periods).toHaveLength(1);
      expect(holding.value.months).toHaveLength(1);
      const { periods: _p, months: _m, ...rest } = holding.value;
      const { periods: _fp, months: _fm, ...fullRest } = full.value;
      expect(rest).toEqual(fullRest);
      expect(whatsLeft(pricing.value, holding.value)).toEqual(whatsLeft(pricing.value, full.value));
    });
  }
});
