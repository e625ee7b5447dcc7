/**
 * Start-up of several builds side by side: `npx tsx scripts/bench/startup-side-by-side.ts
 * <visits> <built dir>...` serves each build (say main's, a branch's and the bench's
 * minimal page) and visits them in turn, each visit a fresh profile at 4× with the bench's
 * readiness test, so a busy moment on a shared machine hits every build alike. Prints each
 * build's median and its visits, in ms.
 */
import { launchChromium } from './browser';
import { serve } from './builds';
import { percentiles, tidy } from './figure';
import { timeToReady } from './startup-time';

const [visitsArgument, ...dirs] = process.argv.slice(2);
const visits = Number(visitsArgument);
if (!(visits > 0) || dirs.length === 0)
  throw new Error('usage: startup-side-by-side.ts <visits> <built dir>...');

const browser = await launchChromium();
const builds = await Promise.all(
  dirs.map(async (dir) => ({ dir, served: await serve(dir), times: [] as number[] })),
);
try {
  // One untimed visit of each first: the preview servers' own first requests are slower.
  for (const build of builds) await timeToReady(browser, build.served.url);
  for (let visit = 0; visit < visits; visit++)
    for (const build of builds) build.times.push(await timeToReady(browser, build.served.url));
  for (const { dir, times } of builds)
    console.log(
      `${dir}: median ${tidy(percentiles(times).median)} ms, visits ${times.map(tidy).join(', ')}`,
    );
} finally {
  for (const build of builds) await build.served.close();
  await browser.close();
}
