/**
 * Pricing an edited budget with the pricing from before the edit lends it the lines that
 * did not change: the figures must be exactly those of pricing it afresh, and figures
 * worked out once per card must follow an edited card, never the card before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceOnCard, type BudgetPricing } from '../../src/domain/pricing/price-budget';
import { readBudget } from '../../src/domain/read';
import { toReport } from '../../src/domain/report';
import type { Budget, NeedLine } from '../../src/domain/schema/budget';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { budgetArbitrary } from '../helpers/arbitraries';
import { budget, price, sleepIn, splitCard, visits } from '../helpers/builders';

const card = splitCard();

function priced(budget: Budget, on: RateCard = card, earlier?: BudgetPricing): BudgetPricing {
  const result = priceOnCard(budget, on, { earlier });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

/** A generated budget as read from a file, or a skipped run when it breaks a cross-field rule. */
function valid(generated: Budget): Budget {
  const read = readBudget(generated);
  fc.pre(read.ok);
  return (read as { ok: true; value: Budget }).value;
}

describe('pricing with the pricing from before an edit', () => {
  it('gives the figures of pricing afresh, whatever lines were changed, added or removed', () => {
    fc.assert(
      fc.property(
        budgetArbitrary,
        budgetArbitrary,
        fc.nat(),
        fc.nat(),
        (generated, donorGenerated, at, cut) => {
          const before = valid(generated);
          const donor = valid(donorGenerated);
          // The same line objects as before, bar one replaced, one added and one removed.
          const lines: NeedLine[] = [...before.lines];
          const [changed, added] = donor.lines.map((line, index) => ({
            ...line,
            id: `donor-${index}`,
          }));
          // An edit keeps the line's id and changes what it says.
          const edited = lines[at % lines.length];
          if (changed !== undefined && edited !== undefined)
            lines[at % lines.length] = { ...changed, id: edited.id };
          if (added !== undefined) lines.splice(at % (lines.length + 1), 0, added);
          if (lines.length > 1) lines.splice(cut % lines.length, 1);
          const after: Budget = {
            ...before,
            carers: [
              ...before.carers,
              ...donor.carers.filter((c) => !before.carers.some((b) => b.id === c.id)),
            ],
            lines,
          };
          fc.pre(readBudget(JSON.parse(JSON.stringify(after))).ok);

          const earlier = priced(before);
          const lent = priced(after, card, earlier);
          expect(toReport(lent)).toEqual(toReport(priced(after)));
          // Each line kept from before is the very same priced line: it was not priced again.
          for (const line of lent.lines) {
            const kept = earlier.lines.find((old) => old.line === line.line);
            if (kept !== undefined) expect(line).toBe(kept);
          }
        },
      ),
      { numRuns: 300 },
    );
    // 300 budgets priced three times each: about 4 s alone, more beside the other suites.
  }, 30_000);

  it('prices every line again on another card', () => {
    const lines = [visits({ id: 'a' }), visits({ id: 'b', resource: 'personal-assistant' })];
    const before = price({ lines });
    const dearer: RateCard = {
      ...card,
      personalAssistant: {
        ...card.personalAssistant,
        pay: { ...card.personalAssistant.pay, day: { weekday: '40.00', weekend: '50.00' } },
      },
    };
    const after = priced(before.budget, dearer, before);
    // £40 plus the card's PA on-costs of 15.07%, against £12 on the card before.
    expect(after.lines.map((line) => line.weekly.toFixed(2))).toEqual(['20.00', '46.03']);
    expect(after.lines[0]).not.toBe(before.lines[0]);
  });
});

describe('what is worked out once per card', () => {
  it('follows an edited card that shares its pay table with the card before', () => {
    const lines = [visits({ id: 'pa', resource: 'personal-assistant' }), sleepIn({ id: 'night' })];
    const before = priced(budget({ lines }), card);
    // An edit to the on-costs alone: the new card keeps the very same pay table object.
    const edited: RateCard = {
      ...card,
      personalAssistant: {
        ...card.personalAssistant,
        onCosts: [{ id: 'pension', name: 'Pension', percent: '50' }],
      },
    };
    expect(edited.personalAssistant.pay).toBe(card.personalAssistant.pay);
    const after = priced(budget({ lines }), edited);
    expect(before.lines.map((line) => line.weekly.toFixed(2))).not.toEqual(
      after.lines.map((line) => line.weekly.toFixed(2)),
    );
    // A PA's £12 an hour and £80 a night (split-rates card), plus half again.
    expect(after.lines.map((line) => line.weekly.toFixed(2))).toEqual(['18.00', '120.00']);
  });

  it('follows an edited card for residential settings and weeks a year', () => {
    const lines = [visits({ id: 'a' })];
    const before = priced(budget({ lines }), card);
    const edited: RateCard = {
      ...card,
      weeksPerYear: '52',
      settings: card.settings.map((setting) => ({ ...setting, weeklyFee: '1000.00' })),
    };
    const after = priced(budget({ lines }), edited);
    expect(after.totals.annual.toFixed(2)).toBe('1040.00');
    // Every setting at its new fee (plus NHS-funded Nursing Care where it has it), 52 weeks.
    expect(after.settings[0]?.annual.toFixed(2)).toBe('52000.00');
    for (const setting of after.settings)
      expect(setting.annual.toFixed(2)).toBe(setting.weekly.times(52).toFixed(2));
    expect(before.settings[0]?.annual.toFixed(2)).not.toBe('52000.00');
  });
});
