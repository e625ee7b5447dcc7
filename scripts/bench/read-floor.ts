/**
 * The floor the browser sets on reading a caseload chosen as a folder: a page that does
 * nothing but read the chosen files' bytes, in batches as the caseload page reads them
 * (250 files a batch, two batches at once), and keeps none of them. No worker, no
 * checking, no React. It times, from the input's `change` event, reading every file, and
 * gives the page's longest task meanwhile (Long Tasks observer) and the thread's CPU.
 *
 * `npx tsx scripts/bench/read-floor.ts [count] [slowdown] [how]`: `how` is `stream` (the
 * caseload page's way: Blob.stream(), at most a budget file's limit), `arrayBuffer` or
 * `text`; the folder is the nation bench's (nation-folder.ts), written first if need be.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { ROOT } from './budget-300';
import { freshPage, launchChromium, throttle } from './browser';
import { SEED } from './caseload-generator';
import { nationFolder } from './nation-folder';
import { NATION_LINES } from './node-nation';

const count = Number(process.argv[2] ?? 20000);
const slowdown = Number(process.argv[3] ?? 1);
const how = process.argv[4] ?? 'stream';
/** Reads started in one task: 250 (a whole batch, as the caseload page did) or fewer. */
const perTask = Number(process.argv[5] ?? 250);
if (!['stream', 'arrayBuffer', 'text'].includes(how))
  throw new Error(`how: stream, arrayBuffer or text; not ${how}`);

/** The page: a folder input, and reading its files as the caseload page does. */
const PAGE = `<!doctype html><meta charset="utf-8"><title>read floor</title>
<input id="folder" type="file" webkitdirectory>
<script>
const BATCH = 250, IN_FLIGHT = 2, MOST = 5 * 1024 * 1024 + 1;
window.longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });
async function firstBytes(file) {
  const reader = file.stream().getReader();
  const parts = [];
  let length = 0;
  while (length < MOST) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    length += value.length;
  }
  if (length >= MOST) await reader.cancel();
  if (parts.length === 1) return parts[0];
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const part of parts) { bytes.set(part, at); at += part.length; }
  return bytes;
}
const readers = {
  stream: firstBytes,
  arrayBuffer: (file) => file.arrayBuffer(),
  text: (file) => file.text(),
};
document.getElementById('folder').addEventListener('change', (event) => {
  const chosenAt = performance.now();
  const files = Array.from(event.target.files);
  const listedAt = performance.now();
  const read = readers[window.how];
  let next = 0, bytes = 0, done = 0;
  const batches = Math.ceil(files.length / BATCH);
  const one = async () => {
    while (next < batches) {
      const index = next++;
      const batch = files.slice(index * BATCH, (index + 1) * BATCH);
      const reads = [];
      for (let from = 0; from < batch.length; from += window.perTask) {
        if (from > 0) await new Promise((resolve) => setTimeout(resolve, 0));
        for (const file of batch.slice(from, from + window.perTask)) reads.push(read(file));
      }
      const got = await Promise.all(reads);
      for (const each of got) bytes += each.length ?? each.byteLength;
      done += batch.length;
      // As the caseload page: the next batch from a task of its own.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
  Promise.all(Array.from({ length: IN_FLIGHT }, one)).then(() => {
    window.result = { chosenAt, listed: listedAt - chosenAt, read: performance.now() - chosenAt, files: done, bytes };
  });
});
</script>`;

const card = JSON.parse(
  readFileSync(join(ROOT, 'rate-cards/england-2025-26.json'), 'utf8'),
) as RateCard;
const { folder } = nationFolder(count, SEED, NATION_LINES, card);
const browser = await launchChromium();
try {
  const { page } = await freshPage(browser);
  await page.setContent(PAGE);
  await page.evaluate(
    ([chosen, most]) => {
      Object.assign(window, { how: chosen, perTask: most });
    },
    [how, perTask] as const,
  );
  if (slowdown !== 1) await throttle(page, slowdown);
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  const cpu = async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? 0;
  };
  const cpuBefore = await cpu();
  const choosing = Date.now();
  await page.setInputFiles('#folder', folder, { timeout: 0 });
  const result = (await (
    await page.waitForFunction(
      () => (window as unknown as { result?: unknown }).result,
      undefined,
      {
        polling: 100,
        timeout: 3_600_000,
      },
    )
  ).jsonValue()) as {
    chosenAt: number;
    listed: number;
    read: number;
    files: number;
    bytes: number;
  };
  const cpuAfter = await cpu();
  const tasks = await page.evaluate(
    (chosenAt) =>
      (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks
        .filter((task) => task.start >= chosenAt)
        .map((task) => task.duration),
    result.chosenAt,
  );
  console.log(
    JSON.stringify({
      count,
      slowdown,
      how,
      perTask,
      choosingToReadS: (Date.now() - choosing) / 1000,
      listedMs: Math.round(result.listed),
      readS: result.read / 1000,
      files: result.files,
      mb: Math.round(result.bytes / 1e6),
      pageCpuS: Number((cpuAfter - cpuBefore).toFixed(2)),
      longTasks: tasks.length,
      longestMs: Math.round(Math.max(0, ...tasks)),
    }),
  );
} finally {
  await browser.close();
}
