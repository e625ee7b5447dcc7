/**
 * How long the app waits for what it needs before its first page (its messages and the
 * shipped rate cards, each a fetch), and what it does when that is not there in time. A
 * fetch that fails gives a page saying the tool could not open; but a fetch may also
 * never end at all, neither failing nor loading (seen once in several hundred page loads in
 * the saving stress test, while the offline copy was being made), and the page would stay
 * blank for good. So past the wait the page reloads itself, once: nothing has been drawn,
 * so nothing typed can be lost, and the saved budgets are on the device. Should the start
 * be late again straight after, the page says the tool could not open, with its reload
 * button, rather than reload again and again.
 */

/**
 * Long enough for a slow laptop on a slow connection (the app's start takes under a
 * second at the bench's 4× slowdown), short enough that nobody gives up on a blank page.
 */
export const START_WAIT_MS = 20_000;

/** A late start within this long of the reload it caused is late again: no second reload. */
const AGAIN_WITHIN_MS = 120_000;

const RELOADED_AT = 'support-budget-builder:start-reloaded-at';

type Session = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Resolves with 'late' once `ms` have passed. */
export function lateAfter(ms: number): Promise<'late'> {
  return new Promise((resolve) => setTimeout(() => resolve('late'), ms));
}

/**
 * Whether a late start should reload the page: yes unless this tab reloaded for a late
 * start in the last two minutes, or cannot say (no session storage: a reload could then
 * repeat for ever). Notes the reload when it says yes.
 */
export function reloadForLateStart(session: Session | null, now: number): boolean {
  if (session === null) return false;
  try {
    const before = Number(session.getItem(RELOADED_AT) ?? Number.NaN);
    if (Number.isFinite(before) && now - before >= 0 && now - before < AGAIN_WITHIN_MS)
      return false;
    session.setItem(RELOADED_AT, String(now));
    return true;
  } catch {
    return false;
  }
}

/** After a start in time: a later late start may reload again. */
export function startedInTime(session: Session | null): void {
  try {
    session?.removeItem(RELOADED_AT);
  } catch {
    // Storage refused: nothing was noted, so nothing to forget.
  }
}

/** This tab's session storage, or null where the browser refuses it. */
export function tabSession(): Session | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
