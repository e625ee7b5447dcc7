/**
 * Where a keystroke's time goes in Chromium: the app built without minifying (names kept),
 * the 300-line budget opened as the keystroke bench opens it, the CPU four times slower,
 * and a CPU profile (Chrome DevTools Protocol `Profiler`) of keys typed into a need's
 * minutes as the bench types them. `npx tsx scripts/bench/keystroke-browser-profile.ts
 * [keys] [out.cpuprofile]` writes the profile (open it in DevTools' Performance panel) and
 * prints, per key, the time under the key's own event and under React's deferred work, and
 * the functions that take the most of the key's own event, by their whole time and by their
 * own.
 */
import { writeFileSync } from 'node:fs';
import { frameName, profileWhile, stacks, type Profile, type ProfileNode } from './cpu-profile';
import { launchChromium, throttle, CPU_SLOWDOWN, freshPage } from './browser';
import { buildUnminified, serve } from './builds';
import { openBudgetOf300Lines } from './open-budget';

const keys = Number(process.argv[2] ?? 20);
const out = process.argv[3] ?? 'keystroke.cpuprofile';
/** The key's own event, and React's work after it (the deferred render, passive effects). */
const EVENT = 'dispatchDiscreteEvent';
const DEFERRED = 'performWorkUntilDeadline';
const SHOWN = 25;

const { appDir, remove } = await buildUnminified('keystroke-profile');
const browser = await launchChromium();
const app = await serve(appDir);
try {
  const { page } = await freshPage(browser);
  const budgetUrl = await openBudgetOf300Lines(page, app.url);
  const minutes = page.getByLabel('How long is each visit, in minutes?');
  await page.goto(`${budgetUrl}/domains/personal-care/lines/morning`);
  await minutes.waitFor();
  await throttle(page);
  await minutes.focus();
  await page.keyboard.press('End');
  await page.waitForTimeout(500);
  const profile = await profileWhile(page, 100, async () => {
    for (let key = 0; key < keys; key++) {
      await page.keyboard.press(key % 2 === 0 ? '5' : 'Backspace');
      await page.waitForTimeout(180);
    }
  });
  await throttle(page, 1);
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
  const underEvent = new Map<string, number>();
  const selfInEvent = new Map<string, number>();
  const roots = { [EVENT]: 0, [DEFERRED]: 0 };
  profile.samples.forEach((sampled, index) => {
    const micros = profile.timeDeltas[index + 1] ?? 0;
    const stack: ProfileNode[] = stackOf(sampled);
    const names = stack.map((node) => node.callFrame.functionName);
    if (names.includes(DEFERRED)) roots[DEFERRED] += micros;
    if (!names.includes(EVENT)) return;
    roots[EVENT] += micros;
    const top = stack[0];
    if (top !== undefined) selfInEvent.set(name(top), (selfInEvent.get(name(top)) ?? 0) + micros);
    for (const frame of new Set(stack.map(name)))
      underEvent.set(frame, (underEvent.get(frame) ?? 0) + micros);
  });
  const perKey = (micros: number) => `${(micros / 1000 / keys).toFixed(2)} ms`;
  console.log(`${keys} keys at ${CPU_SLOWDOWN}×, per key:`);
  console.log(`  the key's own event (${EVENT}): ${perKey(roots[EVENT])}`);
  console.log(`  React's deferred work (${DEFERRED}): ${perKey(roots[DEFERRED])}`);
  const table = (title: string, times: Map<string, number>) => {
    console.log(title);
    for (const [frame, micros] of [...times].sort((a, b) => b[1] - a[1]).slice(0, SHOWN))
      console.log(`  ${perKey(micros).padStart(10)}  ${frame}`);
  };
  table("Under the key's own event, whole time:", underEvent);
  table("Under the key's own event, own time:", selfInEvent);
}
