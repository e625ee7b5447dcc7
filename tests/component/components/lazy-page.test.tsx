/**
 * A page loaded when first shown (src/ui/lazy-page.ts): it waits for its module, then
 * shows, and React never reports a misuse of `use` on the way: a promise it was not given
 * before, or `use` called on one render and not on the next when React replays the page
 * as its module arrives. A module that cannot be fetched is asked for again, and a page
 * that still cannot be drawn says so in words (PageErrorBoundary), never a blank window.
 */
import { act, render, screen } from '@testing-library/react';
import { Suspense, startTransition, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../../src/i18n';
import { PageErrorBoundary } from '../../../src/ui/components/page-error-boundary';
import { LOAD_ATTEMPTS, lazyPart, type LazyPage } from '../../../src/ui/lazy-page';
import { renderWithI18n } from '../render';

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

describe('a page whose module cannot be fetched', () => {
  const unhandled: unknown[] = [];
  const noteUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeEach(() => {
    unhandled.length = 0;
    process.on('unhandledRejection', noteUnhandled);
  });
  afterEach(() => {
    process.off('unhandledRejection', noteUnhandled);
  });

  /** A module that fails to arrive `failures` times, then arrives; and how often it was asked for. */
  function flakyModule(failures: number) {
    let asked = 0;
    const load = () => {
      asked += 1;
      return asked <= failures
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
        : Promise.resolve(Greeting);
    };
    return { load, asked: () => asked };
  }

  /** The page as the app shows it: under the error boundary, waiting with "Loading…". */
  const showInApp = (Page: LazyPage<{ name: string }>) =>
    act(async () => {
      renderWithI18n(
        <PageErrorBoundary address="#/a">
          <Suspense fallback={<p>Loading…</p>}>
            <Page name="Ann" />
          </Suspense>
        </PageErrorBoundary>,
      );
    });

  it('is asked for again after a failed fetch, and shows when a later fetch arrives [H24.1]', async () => {
    const module = flakyModule(LOAD_ATTEMPTS - 1);
    const Page = lazyPart(module.load);
    await showInApp(Page);
    expect(await screen.findByText('Hello, Ann', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(module.asked()).toBe(LOAD_ATTEMPTS);
    expect(reported()).toEqual([]);
  });

  it('says so in words, never a blank page, and "Try again" fetches it afresh [H24.2]', async () => {
    const module = flakyModule(LOAD_ATTEMPTS);
    const Page = lazyPart(module.load);
    consoleError.mockImplementation(() => undefined); // React prints the fault it caught
    await showInApp(Page);
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Sorry, this page could not be opened' },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/saved on this device/)).toBeInTheDocument();
    expect(module.asked()).toBe(LOAD_ATTEMPTS);
    // The failure is the page's to show, not a rejection nobody handled (which a browser
    // reports as an error on the page).
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(unhandled).toEqual([]);
    await act(async () => screen.getByRole('button', { name: 'Try again' }).click());
    expect(await screen.findByText('Hello, Ann')).toBeInTheDocument();
    expect(module.asked()).toBe(LOAD_ATTEMPTS + 1);
  });
});

describe('a page that fails as it is drawn', () => {
  function Broken(): never {
    throw new Error('a fault in the page');
  }

  it('shows the message in the page language, and another address draws its own page [H24.3]', () => {
    consoleError.mockImplementation(() => undefined);
    const { rerender } = renderWithI18n(
      <PageErrorBoundary address="#/broken">
        <Broken />
      </PageErrorBoundary>,
      'cy',
    );
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: "Mae'n ddrwg gennym, nid oedd modd agor y dudalen hon",
      }),
    ).toBeInTheDocument();
    rerender(
      <I18nextProvider i18n={createI18n('cy')}>
        <PageErrorBoundary address="#/other">
          <Greeting name="Ann" />
        </PageErrorBoundary>
      </I18nextProvider>,
    );
    expect(screen.getByText('Hello, Ann')).toBeInTheDocument();
  });
});
