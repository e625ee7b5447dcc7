/**
 * 10,000 generated budgets with ledgers summarised in Web Workers in Chromium, by the team's
 * monitoring page's own path: the page's store (src/state/monitoring/monitoring-store.ts)
 * is given the budget and ledger files, as a folder would give them, and shares them
 * between its workers, each serving the page's own MonitoringEngine
 * (monitoring-worker.ts). The ledgers are named with no likeness to their budgets
 * (`people/7.json`, `spending/7.json`), so every ledger whose budget another worker read is
 * handed over before monitoring, as a real folder may need. Timed from the files given to
 * the ranked view ready (ranked and counted by flag as the page does), with the reading
 * (each file read and checked, then placed) and the monitoring apart. The files are made
 * on the page first, not timed: the example card's generated budgets, a plan from
 * 1 April 2025 where they have none, and half a year of spending each, as at 1 October.
 */
import type { Browser } from 'playwright-core';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { CASELOAD, GENERATOR_PATH, NOT_YET, SEED } from './caseload-generator';
import { tidy, unavailable, under, type Figure } from './figure';
import { onWorkerPage, source } from './worker-page';

export const AS_OF = '2025-10-01';
export const WEEKS = 26;
const label = (workers: number, page: boolean, zip = false) =>
  `${zip ? 'Given as one zip of its files: s' : 'S'}ummarise ${CASELOAD.toLocaleString('en-GB')} generated budgets with ledgers as the monitoring page does, in ${workers} worker${workers === 1 ? '' : 's'}${page ? ' (the page’s own count here)' : ''}: files read and checked, ledgers placed, each budget priced and monitored, ranked`;

/** The worker is the page's own monitoring worker. */
export const workerSource = () =>
  `import ${source('src/workers/monitoring/monitoring-worker.ts')};\n`;

/** The page: files made (not timed), then given to the page's own store. */
export const pageSource = () => `
import { zipSync } from ${source('node_modules/fflate/esm/browser.js')};
import { generateBudgets } from ${source(GENERATOR_PATH)};
import { generateLedger } from ${source('src/generate/generate-ledger.ts')};
import { flagCounts, rankMonitored } from ${source('src/domain/ledger/caseload-monitor.ts')};
import { inWorker } from ${source('src/workers/jobs.ts')};
import { monitoringEngines, useMonitoringStore } from ${source('src/state/monitoring/monitoring-store.ts')};
import { loadShippedRateCards } from ${source('src/io/shipped.ts')};
// The cards every budget is priced on, as the app loads them at start.
await loadShippedRateCards();
let files = [];
let zip = null;
window.makeFiles = ({ count, seed, rateCard, weeks }) => {
  const budgets = generateBudgets({ count, seed, rateCard }).map((budget) =>
    budget.plan === undefined ? { ...budget, plan: { start: '2025-04-01' } } : budget,
  );
  let transactions = 0;
  files = budgets.flatMap((budget, index) => {
    const { ledger } = generateLedger({ budget, card: rateCard, seed: index, weeks });
    transactions += ledger.transactions.length;
    return [
      { name: 'people/' + index + '.json', file: new Blob([JSON.stringify(budget)]) },
      { name: 'spending/' + index + '.json', file: new Blob([JSON.stringify(ledger)]) },
    ];
  });
  return { files: files.length, transactions };
};
// The same files as one zip (deflated, as a zip of the folder would be), made on the page, not timed.
window.makeZip = async () => {
  const entries = {};
  for (const { name, file } of files) entries[name] = [new Uint8Array(await file.arrayBuffer()), { level: 6 }];
  zip = new Blob([zipSync(entries)]);
  return zip.size;
};
window.monitorFiles = ({ workers, asOf, asZip }) =>
  new Promise((resolve) => {
    const store = useMonitoringStore;
    store.getState().clear();
    monitoringEngines.count = () => workers;
    monitoringEngines.start = (handlers) =>
      inWorker(new Worker('./worker.js', { type: 'module' }), handlers);
    store.getState().chooseAsOf(asOf);
    const start = performance.now();
    let monitoringAt = start;
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.phase === 'monitoring' && previous.phase !== 'monitoring')
        monitoringAt = performance.now();
      if (state.phase === 'fault') {
        unsubscribe();
        resolve({ fault: true });
      }
      if (state.phase !== 'ready') return;
      unsubscribe();
      const ranked = rankMonitored(state.entries);
      const counts = flagCounts(state.entries);
      const end = performance.now();
      store.getState().clear();
      resolve({
        fault: false,
        seconds: (end - start) / 1000,
        readSeconds: (monitoringAt - start) / 1000,
        monitorSeconds: (end - monitoringAt) / 1000,
        monitored: ranked.length,
        flagged: Object.values(counts).reduce((sum, one) => sum + one, 0),
        problems: state.unreadable.length + state.notMonitored.length,
      });
    });
    store.getState().addFiles(asZip ? [{ name: 'caseload.zip', file: zip }] : files);
  });
`;

interface Monitored {
  readonly fault: boolean;
  readonly seconds: number;
  readonly readSeconds: number;
  readonly monitorSeconds: number;
  readonly monitored: number;
  readonly flagged: number;
  readonly problems: number;
}

export async function measureBrowserMonitoring(
  browser: Browser,
  available: boolean,
  workspace: string,
  card: RateCard,
): Promise<Figure[]> {
  if (!available) {
    return [unavailable('monitoring-browser-s', label(1, true), 's', under(10), NOT_YET)];
  }
  const sources = { page: pageSource(), worker: workerSource() };
  return onWorkerPage(
    browser,
    workspace,
    'monitoring',
    sources,
    'monitorFiles',
    async (page, own) => {
      type Made = { files: number; transactions: number };
      const made = await page.evaluate(
        (given) => (window as unknown as { makeFiles(a: typeof given): Made }).makeFiles(given),
        { count: CASELOAD, seed: SEED, rateCard: card, weeks: WEEKS },
      );
      const figures: Figure[] = [];
      const zipBytes = await page.evaluate(() =>
        (window as unknown as { makeZip(): Promise<number> }).makeZip(),
      );
      const runs = (own === 1 ? [1, 2] : [own]).map((workers) => ({ workers, asZip: false }));
      for (const { workers, asZip } of [...runs, { workers: own, asZip: true }]) {
        const run = await page.evaluate(
          (given) =>
            (
              window as unknown as { monitorFiles(a: typeof given): Promise<Monitored> }
            ).monitorFiles(given),
          { workers, asOf: AS_OF, asZip },
        );
        if (run.fault || run.monitored !== CASELOAD || run.problems > 0)
          throw new Error(
            `the monitoring page monitored ${run.monitored} of ${CASELOAD} budgets (${run.problems} files not monitored${run.fault ? ', a worker failed' : ''})`,
          );
        const suffix = (workers === own ? '' : `-${workers}-workers`) + (asZip ? '-zip' : '');
        figures.push(
          {
            id: `monitoring-browser-s${suffix}`,
            label: `${label(workers, workers === own, asZip)} (${made.transactions.toLocaleString('en-GB')} transactions, ${run.flagged.toLocaleString('en-GB')} flags${asZip ? `, a zip of ${(zipBytes / 1e6).toFixed(0)} MB` : ''})`,
            unit: 's',
            value: tidy(run.seconds),
            goal: under(10),
          },
          {
            id: `monitoring-read-browser-s${suffix}`,
            label: asZip
              ? 'Of which unpacking, reading and checking the zip’s files and placing the ledgers'
              : 'Of which reading and checking the files and placing the ledgers',
            unit: 's',
            value: tidy(run.readSeconds),
          },
          {
            id: `monitoring-monitor-browser-s${suffix}`,
            label: 'Of which pricing and monitoring every budget, and ranking',
            unit: 's',
            value: tidy(run.monitorSeconds),
          },
        );
      }
      return figures;
    },
  );
}
