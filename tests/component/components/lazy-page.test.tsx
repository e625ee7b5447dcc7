/**
 * A page loaded when first shown (src/ui/lazy-page.ts): it waits for its module, then
 * shows, and React never reports a misuse of `use` on the way: a promise it was not given
 * before, or `use` called on one render and not on the next when React replays the page
 * as its module arrives.
 */
import { act, render, screen } from '@testing-library/react';
import { Suspense, startTransition, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { lazyPart } from '../../../src/ui/lazy-page';

let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});
afterEach(() => {
  consoleError.mockRestore();
});

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

/** The words React printed on console.error, if any. */
const reported = () => consoleError.mock.calls.map((call) => String(call[0]));

describe('a page loaded when first shown', () => {
  it('opened in a transition whose module arrives meanwhile, shows with no word from React about `use`', async () => {
    const Page = lazyPart(
      () => new Promise<typeof Greeting>((resolve) => setTimeout(() => resolve(Greeting), 0)),
    );
    function Host() {
      const [on, setOn] = useState(false);
      return (
        <>
          <button type="button" onClick={() => startTransition(() => setOn(true))}>
            Open
          </button>
          <Suspense fallback={<p>Loading…</p>}>{on ? <Page name="Ann" /> : <p>Start</p>}</Suspense>
        </>
      );
    }
    render(<Host />);
    await act(async () => screen.getByRole('button', { name: 'Open' }).click());
    expect(await screen.findByText('Hello, Ann')).toBeInTheDocument();
    expect(reported()).toEqual([]);
  });

  it('waits with "Loading…" until its module arrives, then shows', async () => {
    let arrive: (component: typeof Greeting) => void = () => undefined;
    const Page = lazyPart(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)));
    await act(async () => {
      render(
        <Suspense fallback={<p>Loading…</p>}>
          <Page name="Ann" />
        </Suspense>,
      );
    });
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    await act(async () => arrive(Greeting));
    expect(await screen.findByText('Hello, Ann')).toBeInTheDocument();
    expect(reported()).toEqual([]);
  });

  it('shows at once, without "Loading…", once its module has been fetched ahead', async () => {
    const Page = lazyPart(() => Promise.resolve(Greeting));
    await Page.preload();
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Page name="Ann" />
      </Suspense>,
    );
    expect(screen.getByText('Hello, Ann')).toBeInTheDocument();
    expect(reported()).toEqual([]);
  });
});
