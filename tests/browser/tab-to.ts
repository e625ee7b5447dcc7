/**
 * Moving through a page as a keyboard user does: Tab until the wanted control has focus.
 * Shared by the browser tests that walk a journey by keyboard alone.
 */
import type { Locator, Page } from 'playwright-core';

export const isFocused = (target: Locator): Promise<boolean> =>
  target.evaluate((element) => element === document.activeElement);

/** Presses Tab until `target` has focus, and fails if 200 presses never reach it. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < 200; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}
