/**
 * Draws the app's icon, `public/favicon.png` (32 × 32), from its source drawing,
 * `scripts/favicon.svg`, with the Chromium the tests use: `npm run favicon` after changing
 * the drawing, and commit both.
 *
 * The page links the PNG rather than the SVG: Chromium reads an SVG icon as a document of
 * its own on the page's main thread (its text laid out with the page's fonts), some 40 ms
 * at the bench's 4× slowdown, and it arrives just as the start page draws, so it delayed
 * the first usable page by about 30 ms at the median (docs/performance.md, "Eleventh
 * round"). A PNG is only decoded.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium';

const SIZE = 32;
const ROOT = join(import.meta.dirname, '..');
const drawing = readFileSync(join(ROOT, 'scripts/favicon.svg'));

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  const source = `data:image/svg+xml;base64,${drawing.toString('base64')}`;
  await page.setContent(
    `<body style="margin:0"><img width="${SIZE}" height="${SIZE}" alt="" src="${source}"></body>`,
  );
  await page.waitForFunction(() => document.images[0]?.complete === true);
  const png = await page.screenshot({
    omitBackground: true,
    clip: { x: 0, y: 0, width: SIZE, height: SIZE },
  });
  writeFileSync(join(ROOT, 'public/favicon.png'), png);
} finally {
  await browser.close();
}
