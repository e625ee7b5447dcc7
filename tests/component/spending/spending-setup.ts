/** The example budget and its ledger in the app's store, and the domain's own figures for them. */
import { readLedger } from '../../../src/domain/ledger/read-ledger';
import type { Ledger } from '../../../src/domain/ledger/ledger-schema';
import { monitor, type Monitoring } from '../../../src/domain/ledger/monitor';
import { priceOnCard } from '../../../src/domain/pricing/price-budget';
import type { Budget } from '../../../src/domain/schema/budget';
import { useAppStore } from '../../../src/state/store';
import { loadCard, readJson } from '../../helpers/builders';

export const example = readJson('examples/example-ann.json') as Budget;
export const card = loadCard('rate-cards/england-2025-26.json');

export function exampleLedger(): Ledger {
  const read = readLedger(readJson('examples/ledgers/example-ann.ledger.json'));
  if (!read.ok) throw new Error('the example ledger does not read');
  return read.value;
}

/** Saves the example budget (and a ledger, if given) as the app would; returns the budget's id. */
export async function saveExample(ledger?: Ledger): Promise<string> {
  const { id } = useAppStore.getState().addBudget(example);
  if (ledger !== undefined) {
    const kept = await useAppStore.getState().setLedger(id, { ...ledger, budget: id });
    if (!kept.ok) throw new Error(`ledger not kept: ${JSON.stringify(kept.problems)}`);
  }
  return id;
}

/** The domain's monitoring of the budget kept under `id` with its kept ledger, as at a day. */
export function monitoredAsAt(id: string, asOf: string): Monitoring {
  const budget = useAppStore.getState().budgets[id]?.budget;
  if (budget === undefined) throw new Error('no budget');
  const priced = priceOnCard(budget, card, { asOf });
  if (!priced.ok) throw new Error('not priced');
  const result = monitor(priced.value, useAppStore.getState().ledgerOf(id));
  if (!result.ok) throw new Error('not monitored');
  return result.value;
}

export const keptLedger = (id: string): Ledger => useAppStore.getState().ledgerOf(id);
