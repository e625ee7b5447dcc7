/** A Chrome trace of one page, for the start-up bench helpers (startup-profile.ts, startup-cpu.ts). */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** A trace event as Chrome reports it; `Data` is what its `args.data` holds. */
export interface TraceEvent<Data = Record<string, unknown>> {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tid: number;
  readonly pid: number;
  readonly args?: { readonly name?: string; readonly data?: Data };
}

export interface Tracing<E> {
  /** The DevTools session the trace runs in, for other domains (the CPU profiler). */
  readonly session: CDPSession;
  /** Ends the trace and gives every event it recorded. */
  readonly stop: () => Promise<E[]>;
}

/** Starts tracing the page with these categories (comma-separated, as DevTools names them). */
export async function startTracing<E>(
  context: BrowserContext,
  page: Page,
  categories: string,
): Promise<Tracing<E>> {
  const session = await context.newCDPSession(page);
  const events: E[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as E[])));
  const finished = new Promise<void>((resolve) =>
    session.once('Tracing.tracingComplete', () => resolve()),
  );
  await session.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return {
    session,
    stop: async () => {
      await session.send('Tracing.end');
      await finished;
      return events;
    },
  };
}
