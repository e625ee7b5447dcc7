/**
 * `npm run bench`: every performance figure of the app in one run, each printed against
 * its goal, and written as JSON to --out (default bench-results.json). Node figures come
 * first, while the machine is quietest; then the builds, then Chromium. `--only` takes a
 * comma-separated list of parts (node, nation, size, startup, keystrokes, pdf, templates,
 * journeys, caseload, browser-nation, monitoring) to measure only those, for a quick look at
 * one change; the figures of a report come from a whole run. `caseload` includes
 * `browser-nation` (200,000 budgets on the caseload page; `--nation-count` for fewer,
 * `--nation-as zip` to choose them as one zip, `both` for the folder and then the zip).
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, release } from 'node:os';
import { parseArgs } from 'node:util';
import { browserVersion, freshPage, launchChromium } from './browser';
import { measureBrowserCaseload } from './browser-caseload';
import { measureBrowserMonitoring } from './browser-monitoring';
import { measureBrowserNation } from './browser-nation';
import { budgetOf300Lines, exampleRateCard } from './budget-300';
import { buildAll, serve } from './builds';
import { measureBundle } from './bundle-size';
import { loadGenerator } from './caseload-generator';
import { measureJourneys } from './journeys';
import { measureKeystrokes } from './keystroke';
import { measureNodeCaseload } from './node-caseload';
import { englandCard, measureNodeMonitoring } from './node-monitoring';
import { measureNodeNation, NATION } from './node-nation';
import { measurePriceOne } from './node-price-one';
import { openBudgetOf300Lines } from './open-budget';
import { measurePdf } from './pdf';
import { measureStartup } from './startup-time';
import { measureTemplateJourney } from './templates-journey';
import { printTable } from './table';
import { verdict, type Figure } from './figure';

const PARTS = [
  'node',
  'nation',
  'size',
  'startup',
  'keystrokes',
  'pdf',
  'templates',
  'journeys',
  'caseload',
  'browser-nation',
  'monitoring',
] as const;
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'bench-results.json' },
    only: { type: 'string' },
    // Fewer budgets than a nation's for the browser's nation figures, for a quick look.
    'nation-count': { type: 'string' },
    // The nation's caseload chosen as a folder (the default), as one zip, or both in turn.
    'nation-as': { type: 'string' },
  },
});
const out = values.out ?? 'bench-results.json';
const only = values.only?.split(',').map((part) => part.trim());
const unknown = only?.filter((part) => !(PARTS as readonly string[]).includes(part)) ?? [];
if (unknown.length > 0)
  throw new Error(`--only takes ${PARTS.join(', ')}; not ${unknown.join(', ')}`);
const nationCount = Number(values['nation-count'] ?? NATION);
if (!Number.isInteger(nationCount) || nationCount < 1)
  throw new Error(`--nation-count takes a whole number of budgets; not ${values['nation-count']}`);
const nationAs = values['nation-as'] ?? 'folder';
if (!['folder', 'zip', 'both'].includes(nationAs))
  throw new Error(`--nation-as takes folder, zip or both; not ${nationAs}`);
const wanted = (part: (typeof PARTS)[number]) => only === undefined || only.includes(part);
const loadAverageAtStart = loadavg().map((load) => Number(load.toFixed(2)));
const started = Date.now();
const figures: Figure[] = [];
const step = (name: string) =>
  console.log(`… ${name} (${Math.round((Date.now() - started) / 1000)} s)`);

const generator = await loadGenerator();
const card = exampleRateCard(budgetOf300Lines());
if (wanted('node')) {
  step('pricing in Node');
  figures.push(...measurePriceOne());
  figures.push(...measureNodeCaseload(generator, card));
}

if (wanted('monitoring')) {
  step("a year of one budget's spending reconciled in Node");
  figures.push(...measureNodeMonitoring());
}

if (wanted('nation')) {
  step("a nation's caseload in Node, in worker threads (minutes)");
  figures.push(...(await measureNodeNation(card)));
}

step('building the app and the minimal page');
const builds = await buildAll();
let chromium: string;
try {
  if (wanted('size')) figures.push(...measureBundle(builds.appDir));
  const browser = await launchChromium();
  chromium = browserVersion(browser);
  const app = await serve(builds.appDir);
  const minimal = await serve(builds.minimalDir);
  try {
    if (wanted('startup')) {
      step(`start-up in ${chromium}`);
      figures.push(...(await measureStartup(browser, app.url, minimal.url)));
    }
    // Each in a profile of its own: both open a budget of 300 lines with the same id, and
    // opening a file whose budget is already saved asks first instead of opening it.
    if (wanted('keystrokes')) {
      const { context, page } = await freshPage(browser);
      try {
        const budgetUrl = await openBudgetOf300Lines(page, app.url);
        step('keystrokes in a 300-line budget');
        figures.push(...(await measureKeystrokes(page, budgetUrl)));
      } finally {
        await context.close();
      }
    }
    if (wanted('pdf')) {
      const { context, page } = await freshPage(browser);
      try {
        step('the PDF of a 40-line and a 300-line budget, in its worker');
        figures.push(...(await measurePdf(page, app.url)));
      } finally {
        await context.close();
      }
    }
    if (wanted('templates')) {
      step('building the example plan by hand and from typical needs');
      figures.push(...(await measureTemplateJourney(browser, app.url)));
    }
    if (wanted('journeys')) {
      step('the slow steps of the first-time journeys');
      figures.push(...(await measureJourneys(browser, app.url)));
    }
    if (wanted('caseload')) {
      step('the caseload in a browser worker');
      figures.push(
        ...(await measureBrowserCaseload(
          browser,
          typeof generator !== 'string',
          builds.workspace,
          card,
        )),
      );
    }
    // Part of the caseload's figures; `browser-nation` alone for a look at it only.
    if (wanted('caseload') || wanted('browser-nation')) {
      step("a nation's caseload on the caseload page, in its workers (minutes)");
      for (const as of nationAs === 'both' ? (['folder', 'zip'] as const) : [nationAs])
        figures.push(
          ...(await measureBrowserNation(
            browser,
            app.url,
            card,
            nationCount,
            as as 'folder' | 'zip',
          )),
        );
    }
    if (wanted('monitoring')) {
      step('the monitoring of 10,000 budgets with ledgers in browser workers');
      figures.push(
        ...(await measureBrowserMonitoring(
          browser,
          typeof generator !== 'string',
          builds.workspace,
          englandCard(),
        )),
      );
    }
  } finally {
    await app.close();
    await minimal.close();
    await browser.close();
  }
} finally {
  builds.remove();
}

const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  node: process.version,
  os: `${process.platform} ${release()}`,
  chromium,
  loadAverageAtStart,
  loadAverageAtEnd: loadavg().map((load) => Number(load.toFixed(2))),
};
printTable(figures);
const missed = figures.filter((figure) => verdict(figure) === 'missed').length;
console.log(
  `\n${machine.cpus} × ${machine.cpu}, Node ${machine.node}, ${chromium}; load ${loadAverageAtStart.join(' ')} at the start, ${machine.loadAverageAtEnd.join(' ')} at the end`,
);
console.log(
  `${missed} goal${missed === 1 ? '' : 's'} missed; ${Math.round((Date.now() - started) / 1000)} s; written to ${out}`,
);
writeFileSync(
  out,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, figures: figures.map((figure) => ({ ...figure, verdict: verdict(figure) })) }, null, 2)}\n`,
);
