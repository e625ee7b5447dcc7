/**
 * The half-typed forms kept a second way, in localStorage, written in the change's own
 * task. A tab closed while its last IndexedDB write has not yet committed can lose that
 * write with no error anywhere (Chromium on a busy 2-core machine lost about one close
 * in 120 so: docs/reliability-storage.md). A localStorage write is done once setItem
 * returns, as far as the page can tell: the browser holds it whatever happens to the tab.
 * So each change's drafts are kept here until its IndexedDB write has committed, and a
 * tab that reads the saved state takes kept drafts over the ones in IndexedDB: they are
 * the newer.
 *
 * Only plain drafts are kept (never while the passphrase lock seals what is saved: that
 * would leave a person's words readable beside the sealed copy) and only by the tab that
 * writes (another tab's older copy must never land over it).
 */

export interface DraftsBackstop {
  /**
   * Keeps this stored drafts entry now, before returning, and says by what token (to let
   * it go once written); null when it was not kept.
   */
  keep(name: string, drafts: unknown): string | null;
  /** What is kept under the store's name, as it was given to keep; undefined if nothing. */
  read(name: string): unknown;
  /** Lets go of what `token` kept, unless something newer has been kept since. */
  release(name: string, token: string): void;
  /** Lets go of whatever is kept (the saved state was removed). */
  drop(name: string): void;
}

export interface BackstopRules {
  /** Whether this tab is the one that writes. */
  readonly isWriter: () => boolean;
  /** Whether what is saved is plain, not sealed under the passphrase lock. */
  readonly isPlain: () => boolean;
}

interface Kept {
  readonly token: string;
  readonly drafts: unknown;
}

export const backstopKey = (name: string) => `${name}:drafts-kept`;

/** This page's own mark, so a token is never another tab's (tokens also count up). */
const PAGE = Math.random().toString(36).slice(2, 10);

export function localStorageBackstop(
  storage: Storage | null,
  { isWriter, isPlain }: BackstopRules,
): DraftsBackstop {
  let count = 0;
  const forget = (name: string) => {
    try {
      storage?.removeItem(backstopKey(name));
    } catch {
      // Storage refused (blocked by the browser's settings): there is nothing kept to lose.
    }
  };
  const kept = (name: string): Kept | undefined => {
    try {
      const text = storage?.getItem(backstopKey(name));
      if (text === null || text === undefined) return undefined;
      const parsed = JSON.parse(text) as Partial<Kept> | null;
      return typeof parsed?.token === 'string'
        ? { token: parsed.token, drafts: parsed.drafts }
        : undefined;
    } catch {
      return undefined; // unreadable text is no newer than IndexedDB's drafts
    }
  };
  return {
    keep(name, drafts) {
      if (storage === null || !isWriter()) return null;
      if (!isPlain()) {
        forget(name); // a plain copy kept before the lock went on must not outlive it
        return null;
      }
      count += 1;
      const token = `${PAGE}-${count}`;
      try {
        storage.setItem(backstopKey(name), JSON.stringify({ token, drafts }));
      } catch {
        // Full or refused: an older copy must not stay to be taken over this change.
        forget(name);
        return null;
      }
      return token;
    },
    read(name) {
      if (!isPlain()) {
        if (isWriter()) forget(name);
        return undefined;
      }
      return kept(name)?.drafts;
    },
    release(name, token) {
      if (kept(name)?.token === token) forget(name);
    },
    drop: forget,
  };
}
