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
  it('the tab opened last writes, and the other is told it may only read', async () => {
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

  it('taking over asks the writer to save what it has first, then swaps the roles', async () => {
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
    const alone = startTabWriter({ locks: undefined, channel: undefined, prepare: () => Promise.resolve(), handOver: () => Promise.resolve() });
    await vi.waitFor(() => expect(alone.role.get()).toBe('writer'));
  });
});

describe('asking the browser to keep saved data', () => {
  it('says what the browser answered, and never asks twice once granted', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    expect(await requestPersistence({ persisted: () => Promise.resolve(true), persist })).toBe('granted');
    expect(persist).not.toHaveBeenCalled();
    expect(await requestPersistence({ persisted: () => Promise.resolve(false), persist })).toBe('granted');
    expect(await requestPersistence({ persisted: () => Promise.resolve(false), persist: () => Promise.resolve(false) })).toBe('refused');
    expect(await requestPersistence(undefined)).toBe('unavailable');
    expect(await requestPersistence({ persisted: () => Promise.reject(new Error('no')), persist })).toBe('unavailable');
  });
});
