/** The one store of the app: small slices of inputs, persisted on the device. */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createBudgetsSlice, type BudgetsSlice } from './budgets-slice';
import { createDraftsSlice, type DraftsSlice } from './drafts-slice';
import { createLedgersSlice, type LedgersSlice } from './ledgers-slice';
import { createRateCardsSlice, type RateCardsSlice } from './rate-cards-slice';
import {
  createDeviceStorage,
  STATE_VERSION,
  type DeviceStorage,
  type StoredState,
} from './persistence';
import { localStorageBackstop } from './drafts-backstop';
import { sealedBackend } from './sealed-backend';
import { hasSealedMark, keepSealedMark } from './sealed-mark';
import { idbBackend, writerGate } from './storage-backend';

/** The store's name on the device: its IndexedDB key, and the start of its other keys. */
export const STORE_NAME = 'support-budgets';

export type AppState = BudgetsSlice & DraftsSlice & RateCardsSlice & LedgersSlice;

export function createAppStore(storage: DeviceStorage) {
  return create<AppState>()(
    persist(
      (...args) => {
        const budgets = createBudgetsSlice(...(args as Parameters<typeof createBudgetsSlice>));
        const drafts = createDraftsSlice(...(args as Parameters<typeof createDraftsSlice>));
        const rateCards = createRateCardsSlice(
          ...(args as Parameters<typeof createRateCardsSlice>),
        );
        const ledgers = createLedgersSlice(...(args as Parameters<typeof createLedgersSlice>));
        return {
          ...budgets,
          ...drafts,
          ...rateCards,
          ...ledgers,
          deleteBudget(id: string) {
            budgets.deleteBudget(id);
            drafts.clearDraftsOf(id);
            ledgers.deleteLedger(id);
          },
        };
      },
      {
        name: STORE_NAME,
        version: STATE_VERSION,
        storage,
        partialize: (state): StoredState => ({
          budgets: state.budgets,
          drafts: state.drafts,
          rateCards: state.rateCards,
          ledgers: state.ledgers,
        }),
        // Version 1 is the first release of the stored state. A later version adds its
        // upgrade here; storage refuses anything newer before it reaches this point.
        migrate: (persisted) => persisted as StoredState,
      },
    ),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;

/**
 * Under the store: the passphrase lock's sealing (so a locked tab's writes stop there,
 * quietly), then the one-writing-tab gate, then IndexedDB. The gate lets every write
 * through until device-session.ts starts (the app starts it; component tests do not).
 * Beside them, each change's drafts kept in localStorage until their write has landed.
 */
export const writeGate = { isWriter: (): boolean => true };
/** The page's localStorage, looked up once: the drafts' backstop and the sealed mark use it. */
const local = pageStorage();
export const atRest = sealedBackend(writerGate(idbBackend(), () => writeGate.isWriter()));
export const deviceStorage: DeviceStorage = createDeviceStorage({
  backend: atRest,
  backstop: localStorageBackstop(local, {
    isWriter: () => writeGate.isWriter(),
    isPlain: () => atRest.state.get() === 'plain',
  }),
});
export const useAppStore: AppStore = createAppStore(deviceStorage);

/**
 * Whether the saved state was sealed when this page last knew (sealed-mark.ts), read as the
 * page starts: the start page is then not drawn before the passphrase is asked for.
 */
export const sealedAtStart: boolean = hasSealedMark(local, STORE_NAME);
keepSealedMark(atRest.state, local, STORE_NAME);

/** The page's localStorage, or null where there is none or the browser refuses it. */
function pageStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // reading `localStorage` itself throws when site data is blocked
  }
}
