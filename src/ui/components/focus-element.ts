/**
 * Moves focus to an element that is not focusable by itself (a heading, an error summary),
 * as NHS.UK frontend's setFocus does: a tabindex of -1 while it has focus, removed on blur
 * so that it does not linger as a click target.
 */
export function focusElement(element: HTMLElement, options: FocusOptions = {}): void {
  if (!element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus(options);
}
