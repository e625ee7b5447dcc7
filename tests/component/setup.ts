import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { loadShippedRateCards } from '../../src/io/shipped';
import { setClock } from '../../src/state/clock';
import { useAppStore } from '../../src/state/store';
import { preloadBuilderPages } from '../../src/ui/lazy-builder-pages';
import { preloadPages } from '../../src/ui/lazy-pages';
import { StartBudgetItem } from '../../src/ui/start/start-budget-list';

// Every test starts on the start page with nothing saved: a real store, emptied.
// Pages loaded on demand in the app are fetched first here, as the app does once idle,
// so a test meets each page as a person who opened it after start-up would; the shipped
// rate cards are loaded as main.tsx loads them before the first page.
// Given time to match a busy machine's: this loads (and transforms) most of the app's modules.
beforeAll(
  () =>
    Promise.all([
      loadShippedRateCards(),
      StartBudgetItem.preload(),
      preloadBuilderPages(),
      preloadPages(),
    ]),
  120_000,
);

beforeEach(() => {
  useAppStore.setState({ budgets: {}, drafts: {}, rateCards: {}, ledgers: {} });
  window.location.hash = '';
});

afterEach(() => {
  cleanup();
  setClock();
});
