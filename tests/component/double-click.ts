/**
 * Save buttons ignore a second press within their double-click window, so that a
 * double-click does not save twice. A test that presses the same button again waits the
 * window out first, as a person would; on a fast machine its keystrokes alone may not.
 */
import { DOUBLE_CLICK_WINDOW_MS } from '../../src/ui/components/button';

export function afterDoubleClickWindow(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, DOUBLE_CLICK_WINDOW_MS));
}
