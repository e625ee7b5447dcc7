import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestPersistence } from '../../src/state/device-session';
import { startTabWriter } from '../../src/state/tab-writer';

// Node's BroadcastChannel carries messages between channels of one name in one process,
// as a browser does between tabs: two "tabs" here are two writers on one name.
const open: BroadcastChannel[] = [];
let name = 0;
function tabs() {
  const channelName = `tabs-test-${++name}`;
  return (handOver = () => Promise.resolve()) =>
    startTabWriter({
      locks: undefined,
      channel: () => {
        const channel = new BroadcastChannel(channelName);
        open.push(channel);
        return channel;
      },
      prepare: () => Promise.resolve(),
      handOver,
    });
}
afterEach(() => {
  for (const channel of open.splice(0)) channel.close();
});

describe('one tab writes at a time, without Web Locks (BroadcastChannel alone)', () => {
  it('the tab opened last writes, and the other is told it may only read [H7.11]', async () => {
    const tab = tabs();
    const first = tab();
    await vi.waitFor(() => expect(first.role.get()).toBe('writer'));
    const second = tab();
    await vi.waitFor(() => expect(second.role.get()).toBe('writer'));
    await vi.waitFor(() => expect(first.role.get()).toBe('reader'));
  });

  it('a reader hears of each saved change; the writer does not hear its own', async () => {
    const tab = tabs();
    const first = tab();
    const second = tab();
    await vi.waitFor(() => expect(first.role.get()).toBe('reader'));
    const heardByReader = vi.fn();
    const heardByWriter = vi.fn();
    first.onRemoteChange(heardByReader);
    second.onRemoteChange(heardByWriter);
    second.announceChange();
    await vi.waitFor(() => expect(heardByReader).toHaveBeenCalledOnce());
    expect(heardByWriter).not.toHaveBeenCalled();
  });

  it('taking over asks the writer to save what it has first, then swaps the roles [H7.12]', async () => {
    const tab = tabs();
    const first = tab();
    const saved = vi.fn(() => Promise.resolve());
    const second = tab(saved);
    await vi.waitFor(() => expect(first.role.get()).toBe('reader'));
    await first.takeOver();
    expect(saved).toHaveBeenCalledOnce();
    expect(first.role.get()).toBe('writer');
    await vi.waitFor(() => expect(second.role.get()).toBe('reader'));
  });

  it('with neither Web Locks nor BroadcastChannel, the tab writes alone', async () => {
    const alone = startTabWriter({
      locks: undefined,
      channel: undefined,
      prepare: () => Promise.resolve(),
      handOver: () => Promise.resolve(),
    });
    await vi.waitFor(() => expect(alone.role.get()).toBe('writer'));
  });
});

/**
 * Web Locks as one browser gives them to its tabs, enough for these tests: one holder of
 * the lock at a time, `ifAvailable`, and waiting in line (a request can be called off).
 * The lock is held until the holder's callback settles; nothing here tears a page down.
 */
function fakeLocks(): LockManager {
  let held = false;
  const line: (() => void)[] = [];
  const next = () => {
    held = false;
    line.shift()?.();
  };
  const request = (name: string, options: LockOptions, callback: LockGrantedCallback<unknown>) =>
    new Promise<unknown>((resolve, reject) => {
      const grant = () => {
        held = true;
        Promise.resolve(callback({ name, mode: 'exclusive' }))
          .then(resolve, reject)
          .finally(next);
      };
      if (!held) grant();
      else if (options.ifAvailable === true) Promise.resolve(callback(null)).then(resolve, reject);
      else {
        line.push(grant);
        options.signal?.addEventListener('abort', () => {
          line.splice(line.indexOf(grant), 1);
          reject(new DOMException('called off', 'AbortError'));
        });
      }
    });
  return {
    request,
    query: () => Promise.resolve({ held: [], pending: [] }),
  } as unknown as LockManager;
}

describe('one tab writes at a time, with Web Locks', () => {
  const tab = (locks: LockManager, prepare = () => Promise.resolve()) =>
    startTabWriter({ locks, channel: undefined, prepare, handOver: () => Promise.resolve() });

  it('a page that goes lets the lock go at once: the tab waiting becomes the writer without waiting for it to be torn down [H7.23]', async () => {
    const locks = fakeLocks();
    const closing = tab(locks);
    await vi.waitFor(() => expect(closing.role.get()).toBe('writer'));
    const next = tab(locks);
    await vi.waitFor(() => expect(next.role.get()).toBe('reader'));
    closing.release();
    expect(closing.role.get()).toBe('reader'); // it writes no more, from this moment
    await vi.waitFor(() => expect(next.role.get()).toBe('writer'));
  });

  it('a page that goes while it reads what was saved, before it writes, never becomes the writer [H7.24]', async () => {
    let read: () => void = () => undefined;
    const closing = tab(fakeLocks(), () => new Promise<void>((resolve) => (read = resolve)));
    closing.release();
    read();
    await new Promise((resolve) => setTimeout(resolve, 0)); // every step that follows the read has run

    expect(closing.role.get()).toBe('reader');
  });
});

describe('asking the browser to keep saved data', () => {
  it('says what the browser answered, and never asks twice once granted', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    expect(await requestPersistence({ persisted: () => Promise.resolve(true), persist })).toBe(
      'granted',
    );
    expect(persist).not.toHaveBeenCalled();
    expect(await requestPersistence({ persisted: () => Promise.resolve(false), persist })).toBe(
      'granted',
    );
    expect(
      await requestPersistence({
        persisted: () => Promise.resolve(false),
        persist: () => Promise.resolve(false),
      }),
    ).toBe('refused');
    expect(await requestPersistence(undefined)).toBe('unavailable');
    expect(
      await requestPersistence({ persisted: () => Promise.reject(new Error('no')), persist }),
    ).toBe('unavailable');
  });
});
