import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { useAppStore } from '../../src/state/store';

// Every test starts on the start page with nothing saved: a real store, emptied.
beforeEach(() => {
  useAppStore.setState({ budgets: {}, drafts: {}, rateCards: {} });
  window.location.hash = '';
});

afterEach(() => cleanup());
