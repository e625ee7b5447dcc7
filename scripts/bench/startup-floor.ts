/**
 * What the start page's own content costs a first visit, apart from the app's script:
 * `npx tsx scripts/bench/startup-floor.ts <app's built dir> [visits]`.
 *
 * The "floor" is the start page as the bench's readiness test finds it (its elements,
 * attributes and words, read from a first visit of the build) with the stylesheets it had
 * by then, drawn by React alone and built as the minimal page is. Start-up's goal compares
 * the app with the minimal page (a heading and a button); the floor says how much of the
 * difference is the page itself (its header, footer and sections, their style and layout)
 * and how much is the app's script (fetching, compiling and running it, and what it does
 * before its first page). The three are visited in turn, as startup-side-by-side.ts does.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { freshPage, launchChromium } from './browser';
import { ROOT } from './budget-300';
import { buildPageWithReactAlone, MINIMAL_PAGE, serve } from './builds';
import { percentiles, tidy } from './figure';
import { READY_SCRIPT, startupsSideBySide } from './startup-time';

const [appDir, visitsArgument] = process.argv.slice(2);
if (appDir === undefined) throw new Error('usage: startup-floor.ts <app built dir> [visits]');
const visits = Number(visitsArgument ?? 15);

/** An element as [tag, React props, children], or a text. */
type Captured = string | [string, Record<string, string>, Captured[]];

interface StartPage {
  readonly tree: Captured[];
  /** The stylesheets the page had when it was ready, as paths in the build. */
  readonly stylesheets: string[];
}

/**
 * Run in the page (a string, as the bench's other page scripts are: tsx would add helpers
 * the page lacks to functions written here): the #root's elements as Captured, with React's
 * names for the attributes the start page has that HTML spells otherwise, and the paths of
 * the stylesheets, read once the readiness test is met.
 */
const CAPTURE_SCRIPT = `(async () => {
  await window.__benchReady;
  const reactName = {
    class: 'className',
    for: 'htmlFor',
    tabindex: 'tabIndex',
    hreflang: 'hrefLang',
    autocomplete: 'autoComplete',
  };
  const read = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element)) return null;
    const props = {};
    for (const { name, value } of node.attributes) {
      if (name === 'style') throw new Error('the start page has an inline style');
      props[reactName[name] ?? name] = value;
    }
    const children = [...node.childNodes].map(read).filter((child) => child !== null);
    return [node.tagName.toLowerCase(), props, children];
  };
  const root = document.getElementById('root');
  if (root === null) throw new Error('the page has no #root');
  return {
    tree: [...root.childNodes].map(read).filter((child) => child !== null),
    stylesheets: [...document.styleSheets].flatMap((sheet) =>
      sheet.href === null ? [] : [new URL(sheet.href).pathname],
    ),
  };
})()`;

/** The start page of a first visit, unthrottled, read the moment the readiness test is met. */
async function captureStartPage(browser: Browser, url: string): Promise<StartPage> {
  const { context, page } = await freshPage(browser);
  try {
    await page.addInitScript({ content: READY_SCRIPT });
    await page.goto(url, { waitUntil: 'commit' });
    return await page.evaluate<StartPage>(CAPTURE_SCRIPT);
  } finally {
    await context.close();
  }
}

/** The floor page's script: the captured elements, drawn by React in one component. */
const FLOOR_SCRIPT = (stylesheets: number) => `
import { Fragment, StrictMode, createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import tree from './tree.json';
${Array.from({ length: stylesheets }, (_, index) => `import './style-${index}.css';`).join('\n')}

const draw = (node, key) =>
  typeof node === 'string' ? node : createElement(node[0], { ...node[1], key }, ...node[2].map(draw));

function Floor() {
  // A state hook, as the minimal page's button has: the same React work but the page's own.
  useState(0);
  return createElement(Fragment, null, ...tree.map(draw));
}

document.body.classList.add('nhsuk-frontend-supported');
createRoot(document.getElementById('root')).render(createElement(StrictMode, null, createElement(Floor)));
`;

/** The minimal page's own index.html, with the floor's script in place of its main.tsx. */
const floorHtml = () =>
  readFileSync(join(MINIMAL_PAGE, 'index.html'), 'utf8').replace('./main.tsx', './main.js');

// The floor's sources sit under node_modules/.cache so that `react` resolves from the
// project's own node_modules; the builds go to a temporary folder.
const cache = join(ROOT, 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const source = mkdtempSync(join(cache, 'bench-floor-'));
const builds = mkdtempSync(join(tmpdir(), 'bench-floor-'));
try {
  const browser = await launchChromium();
  const served = await serve(appDir);
  const startPage = await captureStartPage(browser, served.url).finally(async () => {
    await served.close();
    await browser.close();
  });
  writeFileSync(join(source, 'tree.json'), JSON.stringify(startPage.tree));
  startPage.stylesheets.forEach((path, index) =>
    copyFileSync(join(appDir, path), join(source, `style-${index}.css`)),
  );
  writeFileSync(join(source, 'main.js'), FLOOR_SCRIPT(startPage.stylesheets.length));
  writeFileSync(join(source, 'index.html'), floorHtml());
  const floorDir = join(builds, 'floor');
  const minimalDir = join(builds, 'minimal');
  await buildPageWithReactAlone(source, floorDir);
  await buildPageWithReactAlone(MINIMAL_PAGE, minimalDir);

  const [minimal = [], floor = [], app = []] = await startupsSideBySide(
    [minimalDir, floorDir, appDir],
    visits,
  );
  const median = (times: number[]) => percentiles(times).median;
  const against = (times: number[]) => `${tidy(median(times) / median(minimal))}×`;
  console.log(`${visits} first visits each at 4×, medians (the minimal page is 1×):`);
  console.log(`  minimal page: ${tidy(median(minimal))} ms`);
  console.log(
    `  the start page drawn by React alone (with ${startPage.stylesheets.join(', ')}): ` +
      `${tidy(median(floor))} ms, ${against(floor)}`,
  );
  console.log(`  the app: ${tidy(median(app))} ms, ${against(app)}`);
} finally {
  rmSync(source, { recursive: true, force: true });
  rmSync(builds, { recursive: true, force: true });
}
