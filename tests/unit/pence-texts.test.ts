/**
 * The caseload summary adds its budgets' money texts as whole pence (src/domain/pence.ts)
 * instead of reading each back into a decimal. These hold every helper equal to the
 * decimal working it stands in for, on any texts: of either sign, nought written "-0.00",
 * amounts too large for whole pence, sums past the largest safe integer, and texts of
 * more than two places, which only the decimal way reads.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMoney, subtractMoney, sumMoney, toMoneyText } from '../../src/domain/money';
import {
  isAboveZero,
  MoneyTotal,
  penceOfText,
  signedPenceText,
  sortByAmountDescending,
  subtractMoneyTexts,
  sumMoneyTexts,
} from '../../src/domain/pence';

/** Whole pence as money text, built digit by digit so no number limits it. */
const textOf = (pence: bigint): string => {
  const negative = pence < 0n;
  const digits = (negative ? -pence : pence).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
};

/** Money texts of every size the summary could meet, and a few it should not. */
const moneyText = fc.oneof(
  fc.integer({ min: -1_000_000, max: 10_000_000 }).map((pence) => textOf(BigInt(pence))),
  fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }).map(textOf),
  fc.bigInt({ min: 9n * 10n ** 14n, max: 10n ** 15n + 5n }).map(textOf),
  fc.constantFrom('0.00', '-0.00', '999999999999.99', '9999999999999.99', '10000000000000.00'),
  fc
    .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 999 }))
    .map(([pounds, thousandths]) => `${pounds}.${String(thousandths).padStart(3, '0')}`),
);

const decimalSum = (texts: readonly string[]) =>
  toMoneyText(sumMoney(texts.map((text) => parseMoney(text))));

describe('money texts summed as whole pence', () => {
  it('reads a two-place text as its pence and refuses every other form', () => {
    expect(penceOfText('12.34')).toBe(1234);
    expect(penceOfText('-0.05')).toBe(-5);
    expect(Object.is(penceOfText('-0.00'), 0)).toBe(true);
    expect(penceOfText('9999999999999.99')).toBe(999_999_999_999_999);
    for (const text of [
      '10000000000000.00',
      '1.2',
      '1.234',
      '.12',
      '-.12',
      '1e3.00',
      '1,2.00',
      '',
      '-',
    ])
      expect(penceOfText(text)).toBeNull();
  });

  it('writes whole pence of either sign as the decimal way writes them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        (pence) => {
          expect(signedPenceText(pence)).toBe(toMoneyText(parseMoney(textOf(BigInt(pence)))));
        },
      ),
    );
  });

  it('sums any texts to the decimal sum, in any order', () => {
    fc.assert(
      fc.property(fc.array(moneyText, { maxLength: 40 }), (texts) => {
        const expected = decimalSum(texts);
        expect(sumMoneyTexts(texts)).toBe(expected);
        expect(sumMoneyTexts([...texts].reverse())).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('goes on in decimals once a sum is past the largest safe integer', () => {
    const big = '9000000000000.00'; // 9 × 10^14 pence
    const texts = Array.from({ length: 12 }, () => big).concat(['0.01', '-0.03']);
    const total = new MoneyTotal();
    for (const text of texts) total.add(text);
    expect(total.text()).toBe('107999999999999.98');
    expect(total.text()).toBe(decimalSum(texts));
  });

  it('subtracts and compares with nought as decimals do', () => {
    fc.assert(
      fc.property(moneyText, moneyText, (a, b) => {
        expect(subtractMoneyTexts(a, b)).toBe(
          toMoneyText(subtractMoney(parseMoney(a), parseMoney(b))),
        );
        expect(isAboveZero(a)).toBe(parseMoney(a).gt(0));
      }),
      { numRuns: 500 },
    );
  });

  it('orders items dearest first, ties by the given order, as a decimal sort does', () => {
    const item = fc.record({ amount: moneyText, file: fc.string({ maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), fc.boolean(), (items, twoPlaces) => {
        // Once with every amount in pence, once with any texts (the decimal way).
        const chosen = twoPlaces ? items.filter((one) => penceOfText(one.amount) !== null) : items;
        const tie = (a: { file: string }, b: { file: string }) =>
          a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
        const expected = chosen
          .map((one) => ({ one, key: parseMoney(one.amount) }))
          .sort((a, b) => b.key.comparedTo(a.key) || tie(a.one, b.one))
          .map(({ one }) => one);
        expect(sortByAmountDescending(chosen, (one) => one.amount, tie)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
