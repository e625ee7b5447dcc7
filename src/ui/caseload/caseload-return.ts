/**
 * Where the person was on the caseload results when they opened a budget from it: which
 * "Open" they pressed (the same file can be opened from the table and from a ranked list,
 * so its place among the buttons for that file) and how far down the screen it was. Back,
 * by the budget's back link or the browser's, returns there: the button where it was on
 * the screen, with focus on it, not the top of a 16,000 px page. The place is kept on the
 * screen, not as a distance down the page: the browser draws the results' sections only as
 * they near the screen, so until then those above it stand at an estimated height.
 *
 * Held in memory for this tab, as the caseload results are: a reload starts afresh.
 */

interface ReturnPoint {
  readonly file: string;
  /** Its place among the "Open" buttons for the same file, in page order. */
  readonly index: number;
  /** The button's top, in pixels from the top of the window. */
  readonly top: number;
  /** The budget it opened, once known: its task list's Back leads to the caseload. */
  readonly budgetId?: string;
}

let point: ReturnPoint | undefined;

/** The "Open" buttons for one file, in page order. */
function buttonsFor(file: string): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-caseload-open]')).filter(
    (button) => button.dataset.caseloadOpen === file,
  );
}

/** Remembers the place of the "Open" just pressed, before the budget opens. */
export function rememberCaseloadPlace(button: HTMLElement, file: string): void {
  const top = button.getBoundingClientRect().top;
  point = { file, index: buttonsFor(file).indexOf(button), top };
}

/** Says which budget the remembered place opened. */
export function rememberCaseloadBudget(budgetId: string): void {
  if (point !== undefined) point = { ...point, budgetId };
}

/** True when this budget was opened from the caseload and Back should lead there. */
export function openedFromCaseload(budgetId: string): boolean {
  return point?.budgetId === budgetId;
}

/**
 * Called as each "Open" button appears: when it is the one pressed, scrolls the page until
 * it is where it was on the screen and puts focus on it, once. The page's own move of
 * focus to its h1 has run by then (a layout effect, before this effect).
 */
export function returnToCaseloadPlace(button: HTMLElement, file: string): void {
  if (point === undefined || point.file !== file) return;
  if (buttonsFor(file)[point.index] !== button) return;
  const { top } = point;
  point = undefined;
  button.focus({ preventScroll: true });
  const box = button.getBoundingClientRect();
  // Within the window as it is now, which may be shorter than when the budget was opened.
  const onScreen = Math.max(0, Math.min(top, window.innerHeight - box.height));
  window.scrollBy(0, box.top - onScreen);
}
