/**
 * Start-up of several builds side by side: `npx tsx scripts/bench/startup-side-by-side.ts
 * <visits> <built dir>...` serves each build (say main's, a branch's and the bench's
 * minimal page) and visits them in turn, each visit a fresh profile at 4× with the bench's
 * readiness test, so a busy moment on a shared machine hits every build alike. Prints each
 * build's median and its visits, in ms.
 */
import { percentiles, tidy } from './figure';
import { startupsSideBySide } from './startup-time';

const [visitsArgument, ...dirs] = process.argv.slice(2);
const visits = Number(visitsArgument);
if (!(visits > 0) || dirs.length === 0)
  throw new Error('usage: startup-side-by-side.ts <visits> <built dir>...');

const times = await startupsSideBySide(dirs, visits);
dirs.forEach((dir, index) => {
  const own = times[index] ?? [];
  console.log(
    `${dir}: median ${tidy(percentiles(own).median)} ms, visits ${own.map(tidy).join(', ')}`,
  );
});
