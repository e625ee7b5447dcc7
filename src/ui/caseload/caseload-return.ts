/**
 * Where the person was on the caseload results when they opened a budget from it: how far
 * down the page, and which "Open" they pressed (the same file can be opened from the table
 * and from a ranked list, so its place among the buttons for that file). Back, by the
 * budget's back link or the browser's, returns there: the page scrolled as it was and focus
 * on that row's "Open", not the top of a 16,000 px page.
 *
 * Held in memory for this tab, as the caseload results are: a reload starts afresh.
 */

interface ReturnPoint {
  readonly file: string;
  /** Its place among the "Open" buttons for the same file, in page order. */
  readonly index: number;
  readonly scrollY: number;
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
  point = { file, index: buttonsFor(file).indexOf(button), scrollY: window.scrollY };
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
 * Called as each "Open" button appears: when it is the one pressed, scrolls the page back to
 * where it was and puts focus on it, once. The page's own move of focus to its h1 has run
 * by then (a layout effect, before this effect).
 */
export function returnToCaseloadPlace(button: HTMLElement, file: string): void {
  if (point === undefined || point.file !== file) return;
  if (buttonsFor(file)[point.index] !== button) return;
  const { scrollY } = point;
  point = undefined;
  button.focus({ preventScroll: true });
  window.scrollTo(0, scrollY);
}
