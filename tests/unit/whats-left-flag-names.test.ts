/**
 * What's left names what is behind a flag as the person knows it: spending after support
 * ended may be on an expense as well as on a need line, and either is named, not its id.
 */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n';
import { documentFormat } from '../../src/present/format';
import { whatsLeftModel } from '../../src/present/whats-left';
import { dayCentre, monitored } from '../helpers/ledger-setup';

describe("What's left names the expense behind spending after it ended", () => {
  it('by its description, not its id', () => {
    const budget = {
      plan: { start: '2026-04-01', end: '2027-03-31' },
      expenses: [{ ...dayCentre, until: '2026-06-30' }],
    };
    const late = {
      transactions: [
        {
          id: 'x1',
          date: '2026-07-29',
          amount: '100.00',
          payee: 'Day centre',
          description: '',
          match: { kind: 'expense' as const, id: dayCentre.id, confirmed: true },
        },
      ],
    };
    const { pricing, monitoring } = monitored(budget, late, '2026-07-30');
    const flag = monitoring.flags.find((one) => one.id === 'spend-after-end');
    expect(flag?.lines).toEqual([dayCentre.id]);
    const model = whatsLeftModel(
      pricing,
      monitoring,
      documentFormat(pricing, createI18n('en').t, 'en'),
    );
    expect(model.flags.find((one) => one.id === 'spend-after-end')?.lines).toEqual([
      dayCentre.description,
    ]);
  });
});
