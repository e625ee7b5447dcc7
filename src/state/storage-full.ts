/**
 * "This device is out of space" is spelt differently by every browser and storage API.
 * Each spelling below is one a browser really gives; unit tests hold one case of each.
 */

/** Words in a message that only a full disk or a spent quota produces. */
const FULL_MESSAGES = [
  /quota/i, // Safari: "The quota has been exceeded.", "…exceeded the quota."
  /disk is full/i,
  /not enough (free )?space/i,
  /no space left/i,
];

/** Old numeric DOMException codes: 22 is QUOTA_EXCEEDED_ERR; 1014 is Firefox's own. */
const FULL_CODES = new Set([22, 1014]);
const FULL_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

interface ErrorLike {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly message?: unknown;
  readonly cause?: unknown;
  readonly error?: unknown;
  readonly target?: unknown;
}

/**
 * True when a failed write failed for want of space. Follows an error's `cause`, an
 * IndexedDB request or transaction that aborted (`error`), and an abort event (`target`),
 * because a transaction that runs out of space aborts with QuotaExceededError as its error.
 */
export function isStorageFull(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const found = error as ErrorLike;
  if (typeof found.name === 'string' && FULL_NAMES.has(found.name)) return true;
  if (typeof found.code === 'number' && FULL_CODES.has(found.code)) return true;
  if (
    typeof found.message === 'string' &&
    FULL_MESSAGES.some((words) => words.test(found.message as string))
  ) {
    return true;
  }
  return [found.cause, found.error, found.target].some(
    (inner) => inner !== error && isStorageFull(inner, depth + 1),
  );
}
