/**
 * Debian's Chromium driven by Playwright, launched one way for the browser tests and the
 * bench: never a downloaded browser (`playwright install` is not used here).
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Chromium features turned off. Playwright turns some off with its own
 * `--disable-features` switch, and Chromium reads only the last such switch, so this list
 * repeats Playwright's (playwright-core 1.64: HTTPS upgrades, paint holding, storage
 * partitioning and its other test settings) and adds the omnibox popups. Headless Chromium
 * opens every window with its address bar's two popups already loaded, each a renderer of
 * its own; the tests never use the address bar, and each window's popups cost about a
 * second and a half of CPU: a quarter of the time of a test that opens many tabs.
 */
const DISABLED_FEATURES = [
  // Playwright's own.
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  // The address bar's popups, preloaded in every window.
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      // Chromium's own background calls home are refused on these machines: keep it quiet.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-features=${DISABLED_FEATURES.join(',')}`,
    ],
  });
}
