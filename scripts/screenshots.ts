// Takes the README's screenshots from the real, built app in Debian's Chromium:
// `npm run screenshots` (builds first). Writes docs/screenshots/*.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const root = join(import.meta.dirname, '..');
const out = join(root, 'docs', 'screenshots');
const EXAMPLE = 'example-ann';

// Each shot is the top of its page, tall enough to show what matters, small enough to keep
// the repository light.
const shots: readonly { file: string; hash: string; width: number; height: number }[] = [
  { file: 'start.png', hash: '#/', width: 1100, height: 1100 },
  { file: 'task-list.png', hash: `#/budgets/${EXAMPLE}`, width: 1100, height: 1300 },
  {
    file: 'need-line.png',
    hash: `#/budgets/${EXAMPLE}/domains/personal-care/lines/morning`,
    width: 1100,
    height: 1500,
  },
  { file: 'summary.png', hash: `#/budgets/${EXAMPLE}/summary`, width: 1100, height: 1600 },
  { file: 'summary-phone.png', hash: `#/budgets/${EXAMPLE}/summary`, width: 360, height: 1400 },
  { file: 'carers.png', hash: `#/budgets/${EXAMPLE}/carers`, width: 1100, height: 1800 },
];

await build({ root, logLevel: 'warn' });
const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
const url = server.resolvedUrls?.local[0];
if (url === undefined) throw new Error('vite preview did not report its address');
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(url);
  await page.getByRole('button', { name: 'Try an example' }).click();
  await page.waitForURL(`**/#/budgets/${EXAMPLE}`);
  mkdirSync(out, { recursive: true });
  for (const shot of shots) {
    await page.setViewportSize({ width: shot.width, height: shot.height });
    await page.goto(new URL(shot.hash, url).href);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(out, shot.file) });
    console.log(`wrote docs/screenshots/${shot.file}`);
  }
} finally {
  await browser.close();
  await server.close();
}
