/** What the accessibility tests share: axe with the WCAG 2.2 AA tags, and the language. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export type Language = 'en' | 'cy';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Each violation as "rule: help (where)", so a failure says what and where. Run in the
 * page itself (axe's "legacy mode"): otherwise axe opens a blank tab for every check to
 * gather its results in, which cost about a second and a half a check on a 2-core machine,
 * minutes across the browser tests. The rules and results are the same; what it gives up,
 * checking frames from other origins, the app's strict CSP never has.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode().analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/** Switches with the header's own link, as a person would, unless already in `language`. */
export async function setLanguage(page: Page, language: Language): Promise<void> {
  if ((await page.locator('html').getAttribute('lang')) === language) return;
  await page.locator(`header a[hreflang="${language}"]`).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}
