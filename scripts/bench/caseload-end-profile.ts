/**
 * Where the caseload page's thread spends the end of a large caseload: the app built
 * without minifying (names kept), a folder of generated budgets (nation-folder.ts) chosen
 * on the caseload page as the nation bench chooses it, and a CPU profile (Chrome DevTools
 * Protocol `Profiler`) of the page's thread from when pricing begins to the table on
 * screen. `npx tsx scripts/bench/caseload-end-profile.ts [count] [out.cpuprofile]` writes
 * the profile (open it in DevTools' Performance panel) and prints the longest stretches of
 * work without a pause, with the functions that take the most of the longest, by their
 * whole time and by their own.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { ROOT } from './budget-300';
import { frameName, profileWhile, stacks, type Profile } from './cpu-profile';
import { freshPage, launchChromium } from './browser';
import { buildUnminified, serve } from './builds';
import { SEED } from './caseload-generator';
import { nationFolder } from './nation-folder';
import { NATION_LINES } from './node-nation';

const count = Number(process.argv[2] ?? 5000);
const out = process.argv[3] ?? 'caseload-end.cpuprofile';
const SHOWN = 25;
/** A pause of the thread at least this long ends a stretch of work, in µs. */
const PAUSE = 1000;

const card = JSON.parse(
  readFileSync(join(ROOT, 'rate-cards/england-2025-26.json'), 'utf8'),
) as RateCard;
const { folder } = nationFolder(count, SEED, NATION_LINES, card);
const { appDir, remove } = await buildUnminified('caseload-end-profile');
const browser = await launchChromium();
const app = await serve(appDir);
try {
  const { page } = await freshPage(browser);
  await page.goto(new URL('#/caseload', app.url).toString());
  await page.locator('#caseload-folder').waitFor({ state: 'attached' });
  await page.setInputFiles('#caseload-folder', folder);
  await page.waitForFunction(
    () =>
      (document.querySelector('label[for="caseload-progress"]')?.textContent ?? '').startsWith(
        'Pricing',
      ),
    undefined,
    { polling: 50, timeout: 3_600_000 },
  );
  const profile = await profileWhile(page, 200, async () => {
    await page.waitForFunction(
      () => document.querySelector('.app-caseload-table-scroll tbody tr[aria-rowindex]') !== null,
      undefined,
      { polling: 50, timeout: 3_600_000 },
    );
  });
  writeFileSync(out, JSON.stringify(profile));
  summarise(profile);
} finally {
  await app.close();
  await browser.close();
  remove();
}

function summarise(profile: Profile): void {
  const stackOf = stacks(profile);
  const name = frameName;
  // Stretches of samples that are not idle, split where the thread was idle a while.
  const stretches: { from: number; to: number; micros: number }[] = [];
  let idle = PAUSE;
  profile.samples.forEach((sampled, index) => {
    const micros = profile.timeDeltas[index + 1] ?? 0;
    const own = stackOf(sampled)[0]?.callFrame.functionName ?? '';
    if (own === '(idle)' || own === '(program)') {
      idle += micros;
      return;
    }
    const last = stretches.at(-1);
    if (idle >= PAUSE || last === undefined) stretches.push({ from: index, to: index, micros });
    else {
      last.to = index;
      last.micros += micros;
    }
    idle = 0;
  });
  const longest = [...stretches].sort((a, b) => b.micros - a.micros);
  console.log(
    `Longest stretches of work (ms): ${longest
      .slice(0, 8)
      .map((stretch) => (stretch.micros / 1000).toFixed(0))
      .join(', ')}`,
  );
  const worst = longest[0];
  if (worst === undefined) return;
  const whole = new Map<string, number>();
  const own = new Map<string, number>();
  for (let index = worst.from; index <= worst.to; index++) {
    const micros = profile.timeDeltas[index + 1] ?? 0;
    const stack = stackOf(profile.samples[index] as number);
    const top = stack[0];
    if (top !== undefined) own.set(name(top), (own.get(name(top)) ?? 0) + micros);
    for (const frame of new Set(stack.map(name)))
      whole.set(frame, (whole.get(frame) ?? 0) + micros);
  }
  const table = (title: string, times: Map<string, number>) => {
    console.log(title);
    for (const [frame, micros] of [...times].sort((a, b) => b[1] - a[1]).slice(0, SHOWN))
      console.log(`  ${(micros / 1000).toFixed(1).padStart(9)} ms  ${frame}`);
  };
  table('The longest, whole time:', whole);
  table('The longest, own time:', own);
}
