/** Small budgets with ledgers for the ledger's tests: read as files are, priced as at a date. */
import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { createDeviceStorage, type DeviceStorage } from '../../src/state/persistence';
import { createAppStore, type AppStore } from '../../src/state/store';
import { monitor, type Monitoring } from '../../src/domain/ledger/monitor';
import { readLedger } from '../../src/domain/ledger/read-ledger';
import { LEDGER_FORMAT, LEDGER_VERSION, type Ledger } from '../../src/domain/ledger/ledger-schema';
import { priceOnCard, type BudgetPricing } from '../../src/domain/pricing/price-budget';
import { readBudget } from '../../src/domain/read';
import type { Budget } from '../../src/domain/schema/budget';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { budget, loadCard } from './builders';

export const englandCard = (): RateCard => loadCard('rate-cards/england-2025-26.json');

/** A weekly day centre of £100.00: a plan costing £100.00 a week, for weeks held. */
export const dayCentre = {
  id: 'e1',
  domain: 'social',
  description: 'Day centre',
  amount: '100.00',
  frequency: 'weekly',
  kind: 'expense',
} as const;

export function ledgerOf(fields: Partial<Ledger> = {}): Ledger {
  return {
    format: LEDGER_FORMAT,
    version: LEDGER_VERSION,
    id: 'ledger',
    budget: 'b1',
    transactions: [],
    receipts: [],
    timesheets: [],
    payroll: [],
    ...fields,
  };
}

/** Reads the budget and ledger as files, prices the budget as at `asOf`, and monitors it. */
export function monitored(
  budgetFields: Record<string, unknown>,
  ledgerFields: Record<string, unknown>,
  asOf: string,
  card: RateCard = englandCard(),
): { pricing: BudgetPricing; monitoring: Monitoring } {
  const read = readBudget(
    JSON.parse(JSON.stringify(budget({ rateCard: card.id, ...(budgetFields as Partial<Budget>) }))),
  );
  if (!read.ok) throw new Error(`invalid test budget: ${JSON.stringify(read.problems)}`);
  const priced = priceOnCard(read.value, card, { asOf });
  if (!priced.ok) throw new Error(`budget not on card: ${JSON.stringify(priced.problems)}`);
  const ledger = readLedger(JSON.parse(JSON.stringify(ledgerOf(ledgerFields))));
  if (!ledger.ok) throw new Error(`invalid test ledger: ${JSON.stringify(ledger.problems)}`);
  const result = monitor(priced.value, ledger.value);
  if (!result.ok) throw new Error(`not monitored: ${JSON.stringify(result.problems)}`);
  return { pricing: priced.value, monitoring: result.value };
}

/** The app's store on a fresh IndexedDB database, read back as the app starts. */
export async function openLedgerStore(
  name: string,
): Promise<{ store: AppStore; storage: DeviceStorage; idb: ReturnType<typeof createStore> }> {
  const idb = createStore(name, 'state');
  const storage = createDeviceStorage({ store: idb });
  const store = createAppStore(storage);
  if (!store.persist.hasHydrated())
    await new Promise<void>((resolve) => store.persist.onFinishHydration(() => resolve()));
  return { store, storage, idb };
}
