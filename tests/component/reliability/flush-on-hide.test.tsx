/**
 * Each change is written as it is made, one write at a time; what waits behind the write
 * in flight must be put inside the handler of the event that says the page is going, or
 * a tab closed at that moment loses it.
 */
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { deviceStorage, useAppStore } from '../../../src/state/store';
import { useFlushOnHide } from '../../../src/ui/hooks/use-device-storage';

const draftOf = (value: unknown) =>
  (value as { state: { drafts: Record<string, unknown> } }).state.drafts['k'];

describe('writing what waits as the page goes', () => {
  let put: MockInstance<IDBObjectStore['put']>;
  beforeEach(async () => {
    await deviceStorage.flush(); // no write of an earlier test in flight
    renderHook(() => useFlushOnHide());
    put = vi.spyOn(IDBObjectStore.prototype, 'put');
  });
  afterEach(async () => {
    put.mockRestore();
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    await deviceStorage.flush();
  });

  /** Two changes: the first written at once, the second waiting behind it. */
  function typeTwice(): void {
    useAppStore.getState().setDraft('k', { minutes: '4' });
    useAppStore.getState().setDraft('k', { minutes: '45' });
    expect(put).toHaveBeenCalledTimes(1);
  }

  it('puts the change waiting inside the pagehide handler, before it returns [H7.21]', () => {
    typeTwice();
    window.dispatchEvent(new Event('pagehide'));
    expect(put).toHaveBeenCalledTimes(2);
    expect(draftOf(put.mock.calls[1]?.[0])).toEqual({ minutes: '45' });
  });

  it('puts it inside the handler when the page is hidden (a closed lid, a switched app) [H7.22]', () => {
    typeTwice();
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(put).toHaveBeenCalledTimes(2);
    expect(draftOf(put.mock.calls[1]?.[0])).toEqual({ minutes: '45' });
  });
});
