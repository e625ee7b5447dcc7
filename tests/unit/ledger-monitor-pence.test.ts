/**
 * Monitoring adds a ledger's transactions as whole pence (`sumPlaced`, src/domain/ledger/
 * actuals.ts) instead of reading each amount into a decimal. These hold that path equal
 * to the decimal one it stands in for: on any money texts (refunds, nought, amounts too
 * large for whole pence, sums past the largest safe integer, texts of more places that
 * only decimals read), and on whole monitorings, where the same ledger with every amount
 * written with a third, nought place ("12.340", read only as a decimal) must be monitored
 * to the very same figures, tables, flags and caseload entry.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paysOut, sumPlaced, type PlacedTransaction } from '../../src/domain/ledger/actuals';
import { monitorEntryOf } from '../../src/domain/ledger/caseload-monitor';
import type { Ledger } from '../../src/domain/ledger/ledger-schema';
import { monitor } from '../../src/domain/ledger/monitor';
import { parseMoney, sumMoney, toMoneyText } from '../../src/domain/money';
import { penceOfText } from '../../src/domain/pence';
import { priceOnCard } from '../../src/domain/pricing/price-budget';
import { readBudget } from '../../src/domain/read';
import { generateLedger } from '../../src/generate/generate-ledger';
import { readJson } from '../helpers/builders';
import { englandCard } from '../helpers/ledger-setup';

/** Whole pence as money text, built digit by digit so no number limits it. */
const textOf = (pence: bigint): string => {
  const negative = pence < 0n;
  const digits = (negative ? -pence : pence).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
};

/** Amounts as a ledger writes them (refunds too), and larger ones only decimals can add. */
const amountText = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.integer({ min: -50_000, max: 500_000 }).map((p) => textOf(BigInt(p))),
  },
  { weight: 2, arbitrary: fc.constantFrom('0.00', '-0.00', '0.01', '-0.01', '999999999.99') },
  // 13 digits of pounds: whole pence, but ten of them are past the largest safe integer.
  { weight: 1, arbitrary: fc.bigInt({ min: 9n * 10n ** 14n, max: 10n ** 15n - 1n }).map(textOf) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }).map(textOf) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: -99_999, max: 99_999 }), fc.integer({ min: 0, max: 999 }))
      .map(([pounds, thousandths]) => `${pounds}.${String(thousandths).padStart(3, '0')}`),
  },
);

const placedOf = (amount: string): PlacedTransaction => ({
  transaction: { id: 't', date: '2025-04-01', amount, payee: 'p', description: '' },
  day: 0,
  pence: penceOfText(amount),
  placement: { item: 'unmatched', area: 'unmatched', resource: 'unmatched', assistant: null },
});

describe('placed transactions added in whole pence', () => {
  it('sums to the decimal sum of the amounts, whatever they are', () => {
    fc.assert(
      fc.property(fc.array(amountText, { maxLength: 40 }), (texts) => {
        const pence = sumPlaced(texts.map(placedOf));
        const decimal = sumMoney(texts.map((text) => parseMoney(text)));
        expect(pence.eq(decimal)).toBe(true);
        expect(toMoneyText(pence)).toBe(toMoneyText(decimal));
        expect(pence.isNegative()).toBe(decimal.isNegative());
      }),
      { numRuns: 2000 },
    );
  });

  it('pays out exactly when the decimal amount is above nothing', () => {
    fc.assert(
      fc.property(amountText, (text) => {
        expect(paysOut(placedOf(text))).toBe(parseMoney(text).gt(0));
      }),
      { numRuns: 2000 },
    );
  });

  it('goes on in decimals once the whole pence are past the largest safe integer', () => {
    const texts = Array.from({ length: 10 }, () => '9999999999999.99');
    expect(toMoneyText(sumPlaced([...texts, '-0.01'].map(placedOf)))).toBe('99999999999999.89');
  });
});

const card = englandCard();
const example = readBudget(readJson('examples/example-ann.json'));
if (!example.ok) throw new Error('the example budget does not read');

/** The same amount with a third place, "12.34" → "12.340": the same money, read only as a decimal. */
const longhand = (ledger: Ledger): Ledger => ({
  ...ledger,
  transactions: ledger.transactions.map((one) => ({ ...one, amount: `${one.amount}0` })),
});

describe('a monitoring in whole pence', () => {
  it('is the monitoring in decimals: figures, tables, flags and caseload entry', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.array(amountText, { minLength: 1, maxLength: 30 }),
        fc.constantFrom('2025-04-20', '2025-09-30', '2026-01-10', '2026-03-31', '2026-06-01'),
        (seed, amounts, asOf) => {
          const generated = generateLedger({ budget: example.value, card, seed, weeks: 30 }).ledger;
          const ledger: Ledger = {
            ...generated,
            transactions: generated.transactions.map((one, index) => ({
              ...one,
              amount:
                index % 3 === 0 ? (amounts[index % amounts.length] ?? one.amount) : one.amount,
            })),
          };
          const pricing = priceOnCard(example.value, card, { asOf });
          if (!pricing.ok) throw new Error('the example is not priced');
          const inPence = monitor(pricing.value, ledger);
          const inDecimals = monitor(pricing.value, longhand(ledger));
          expect(inPence).toEqual(inDecimals);
          expect(JSON.stringify(inPence)).toBe(JSON.stringify(inDecimals));
          const entry = monitorEntryOf('a.json', pricing.value, ledger);
          expect(entry).toEqual(monitorEntryOf('a.json', pricing.value, longhand(ledger)));
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
