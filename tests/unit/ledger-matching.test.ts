/**
 * Suggested matches on seeded, labelled synthetic ledgers (src/generate/generate-ledger.ts):
 * at least 90% of the transactions the person had not confirmed are suggested correctly,
 * and no suggestion is ever stored confirmed.
 */
import { describe, expect, it } from 'vitest';
import { readLedger } from '../../src/domain/ledger/read-ledger';
import { matcherFor, payeeWords, withSuggestions } from '../../src/domain/ledger/matching';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { generateLedger } from '../../src/generate/generate-ledger';
import { englandCard } from '../helpers/ledger-setup';
import { readJson } from '../helpers/builders';
import type { Budget } from '../../src/domain/schema/budget';

const card = englandCard();

describe('suggested matches', () => {
  it('payee words drop company forms, references and case', () => {
    expect(payeeWords('EXAMPLE HOMECARE LTD REF 1043')).toEqual(['EXAMPLE', 'HOMECARE']);
    expect(payeeWords('Example Homecare Ltd')).toEqual(['EXAMPLE', 'HOMECARE']);
  });

  it('suggests by an assistant name written as a bank writes it', () => {
    const budget = readJson('examples/example-ann.json') as Budget;
    const matcher = matcherFor(budget, card, {
      format: 'support-budget-ledger',
      version: 1,
      id: 'l',
      budget: budget.id,
      transactions: [],
      receipts: [],
      timesheets: [],
      payroll: [],
    });
    const transaction = {
      id: 't',
      date: '2025-05-01',
      amount: '100.00',
      payee: 'EXAMPLE J FPO',
      description: '',
    };
    expect(matcher.suggest(transaction)).toEqual({
      kind: 'assistant',
      id: 'jo',
      reason: 'assistant-name',
    });
  });

  it('on 60 generated budgets with a year of spending, at least 90% are suggested correctly and none is confirmed', () => {
    const budgets = generateBudgets({ count: 60, seed: 19, rateCard: card });
    let measured = 0;
    let right = 0;
    let autoConfirmed = 0;
    let historyLost = 0;
    budgets.forEach((budget, index) => {
      const { ledger, labels, confirmed } = generateLedger({
        budget,
        card,
        seed: 1000 + index,
        weeks: 52,
      });
      expect(readLedger(ledger).ok).toBe(true);
      const suggested = withSuggestions(ledger, budget, card);
      expect(readLedger(suggested).ok).toBe(true);
      for (const transaction of suggested.transactions) {
        if (confirmed.has(transaction.id)) {
          if (transaction.match?.confirmed !== true) historyLost++;
          continue;
        }
        // Never confirmed by the tool: every suggestion waits for the person.
        if (transaction.match?.confirmed === true) autoConfirmed++;
        const label = labels[transaction.id];
        measured++;
        const match = transaction.match;
        // Spending not in the plan is suggested rightly as unplanned, or left for the person.
        const correct =
          label?.kind === 'unplanned'
            ? match === undefined || match.kind === 'unplanned'
            : match?.kind === label?.kind && match?.id === label?.id;
        if (correct) right++;
      }
    });
    expect(autoConfirmed).toBe(0);
    expect(historyLost).toBe(0);
    expect(measured).toBeGreaterThan(1500);
    expect(right / measured).toBeGreaterThanOrEqual(0.9);
  });
});
