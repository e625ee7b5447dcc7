/**
 * Suggested matches (docs/ledger.md): what a transaction was probably for, by the payee's
 * confirmed history, a named assistant's name, a provider's name, a word of an employer
 * cost or expense, or an amount the plan pays regularly. A suggestion is stored with
 * `confirmed: false`; only the person confirms it (never this code). Pure.
 */
import { englishOf } from '../forms/rate-card-form';
import type { Budget } from '../schema/budget';
import type { RateCard } from '../schema/rate-card';
import type { Ledger, MatchKind, Transaction } from './ledger-schema';

export type SuggestionReason =
  'payee-history' | 'assistant-name' | 'provider' | 'employer-cost' | 'expense-words' | 'amount';

export interface Suggestion {
  readonly kind: MatchKind;
  readonly id?: string;
  readonly reason: SuggestionReason;
}

/** Words that say nothing about who was paid: company forms, payment methods, references. */
const NOISE = new Set([
  'LTD',
  'LIMITED',
  'PLC',
  'CO',
  'THE',
  'AND',
  'CARD',
  'PAYMENT',
  'DD',
  'SO',
  'BACS',
  'FPO',
  'FP',
  'REF',
  'TO',
  'FROM',
  'INV',
  'INVOICE',
  'UK',
  'OF',
  'FOR',
  'A',
  'AT',
]);

/** Upper-case words of letters only, without the noise: "Example Homecare Ltd 1043" → EXAMPLE HOMECARE. */
export function payeeWords(text: string, initials = false): string[] {
  return text
    .toUpperCase()
    .replace(/[^A-Z]+/g, ' ')
    .split(' ')
    .filter((word) => (initials ? word.length > 0 : word.length > 1) && !NOISE.has(word));
}

const payeeKey = (text: string) => payeeWords(text, true).join(' ');

/**
 * The same payee written another way: every word of this one is a word of the other, and
 * each initial is the first letter of one of its words ("N MERRIDEN" is "Nia Merriden").
 */
function samePayee(words: readonly string[], known: readonly string[]): boolean {
  const full = words.filter((word) => word.length > 1);
  if (full.length === 0) return false;
  return words.every((word) =>
    word.length > 1
      ? known.includes(word)
      : known.some((other) => other.length > 1 && other.startsWith(word)),
  );
}

interface Matcher {
  suggest(transaction: Transaction): Suggestion | null;
}

/** A matcher for one budget, its card and the matches already confirmed in its ledger. */
export function matcherFor(budget: Budget, card: RateCard, ledger: Ledger): Matcher {
  const history = new Map<string, Map<string, number>>();
  for (const transaction of ledger.transactions) {
    const { match } = transaction;
    if (match?.confirmed !== true) continue;
    const key = payeeKey(transaction.payee);
    const counts = history.get(key) ?? new Map<string, number>();
    const label = `${match.kind}:${match.id ?? ''}`;
    counts.set(label, (counts.get(label) ?? 0) + 1);
    history.set(key, counts);
  }
  const assistants = (budget.assistants ?? []).map((assistant) => {
    const words = payeeWords(assistant.name);
    return { id: assistant.id, words };
  });
  const linesByProvider = new Map<string, string>();
  for (const line of budget.lines) {
    if (line.provider !== undefined && !linesByProvider.has(line.provider))
      linesByProvider.set(line.provider, line.id);
  }
  const providers = card.registeredProvider.providers
    .filter((provider) => linesByProvider.has(provider.id))
    .map((provider) => ({
      words: payeeWords(englishOf(provider.name)),
      line: linesByProvider.get(provider.id) ?? '',
    }));
  const employerCosts = card.personalAssistant.employerCosts.map((cost) => ({
    id: cost.id,
    words: payeeWords(englishOf(cost.name)),
  }));
  const expenses = budget.expenses.map((expense) => ({
    id: expense.id,
    words: payeeWords(expense.description),
    amount: expense.amount,
  }));

  return {
    suggest(transaction) {
      const key = payeeKey(transaction.payee);
      const words = payeeWords(transaction.payee, true);
      const known =
        history.get(key) ?? [...history].find(([other]) => samePayee(words, other.split(' ')))?.[1];
      if (known !== undefined) {
        const [label = ''] = [...known].sort((a, b) => b[1] - a[1])[0] ?? [];
        const [kind, id] = label.split(':') as [MatchKind, string];
        return { kind, ...(id === '' ? {} : { id }), reason: 'payee-history' };
      }
      const assistant = assistants.find(
        (candidate) =>
          candidate.words.length > 0 &&
          (samePayee(words, candidate.words) || samePayee(candidate.words, words)),
      );
      if (assistant !== undefined)
        return { kind: 'assistant', id: assistant.id, reason: 'assistant-name' };
      const provider = providers.find(
        (candidate) =>
          candidate.words.length > 0 && candidate.words.every((word) => words.includes(word)),
      );
      if (provider !== undefined) return { kind: 'line', id: provider.line, reason: 'provider' };
      const said = new Set([...words, ...payeeWords(transaction.description)]);
      const cost = employerCosts.find((candidate) =>
        candidate.words.some((word) => word.length > 4 && said.has(word)),
      );
      if (cost !== undefined)
        return { kind: 'employer-cost', id: cost.id, reason: 'employer-cost' };
      const expense = expenses.find((candidate) =>
        candidate.words.some((word) => word.length > 3 && said.has(word)),
      );
      if (expense !== undefined)
        return { kind: 'expense', id: expense.id, reason: 'expense-words' };
      const byAmount = expenses.filter((candidate) => candidate.amount === transaction.amount);
      if (byAmount.length === 1 && byAmount[0] !== undefined)
        return { kind: 'expense', id: byAmount[0].id, reason: 'amount' };
      return null;
    },
  };
}

/**
 * The ledger with a suggestion on each transaction not yet matched, stored unconfirmed.
 * Transactions already matched (confirmed or not) are left exactly as they are.
 */
export function withSuggestions(ledger: Ledger, budget: Budget, card: RateCard): Ledger {
  const matcher = matcherFor(budget, card, ledger);
  return {
    ...ledger,
    transactions: ledger.transactions.map((transaction) => {
      if (transaction.match !== undefined) return transaction;
      const suggestion = matcher.suggest(transaction);
      if (suggestion === null) return transaction;
      return {
        ...transaction,
        match: {
          kind: suggestion.kind,
          ...(suggestion.id === undefined ? {} : { id: suggestion.id }),
          confirmed: false,
        },
      };
    }),
  };
}
