/**
 * What a long browser run is doing while the bench waits on it, printed every few seconds:
 * the page's progress label, the renderer's resident memory, the JavaScript heap of the page
 * and of each of its workers (over the DevTools protocol), and the CPU time of each of the
 * renderer's threads. A run that stops moving is seen stopping, with what it held.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';

interface Heap {
  readonly usedSize: number;
  readonly totalSize: number;
}

/** The JavaScript heap of the page's workers, asked through the page's own DevTools session. */
async function workerHeaps(session: CDPSession): Promise<() => Promise<Heap[]>> {
  const workers = new Set<string>();
  const waiting = new Map<number, (heap: Heap | null) => void>();
  let id = 0;
  session.on(
    'Target.attachedToTarget',
    (event: { sessionId: string; targetInfo: { type: string } }) => {
      if (event.targetInfo.type === 'worker') workers.add(event.sessionId);
    },
  );
  session.on('Target.detachedFromTarget', (event: { sessionId: string }) => {
    workers.delete(event.sessionId);
  });
  session.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: Heap };
    if (reply.id === undefined) return;
    waiting.get(reply.id)?.(reply.result ?? null);
    waiting.delete(reply.id);
  });
  await session.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  return async () => {
    const asked = [...workers].map(
      (sessionId) =>
        new Promise<Heap | null>((resolve) => {
          const own = ++id;
          waiting.set(own, resolve);
          setTimeout(() => resolve(null), 2000);
          void session
            .send('Target.sendMessageToTarget', {
              sessionId,
              message: JSON.stringify({ id: own, method: 'Runtime.getHeapUsage' }),
            })
            .catch(() => resolve(null));
        }),
    );
    return (await Promise.all(asked)).map((heap) => heap ?? { usedSize: -1, totalSize: -1 });
  };
}

/** CPU seconds of each thread of a process, by the thread's name. */
function threadCpu(pid: number): string {
  const ticks = 100;
  const byName = new Map<string, number>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const name = /\((.*)\)/.exec(stat)?.[1] ?? tid;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cpu = (Number(fields[11]) + Number(fields[12])) / ticks;
      if (cpu >= 1) byName.set(`${name}#${tid}`, cpu);
    }
  } catch {
    return 'gone';
  }
  return [...byName].map(([name, cpu]) => `${name} ${cpu.toFixed(0)}`).join(', ');
}

const mb = (bytes: number) => Math.round(bytes / 1e6);

/** Starts printing what the page is doing; gives the function that stops it. */
export async function watchPage(
  page: Page,
  browserSession: CDPSession,
  every = 5000,
): Promise<() => void> {
  const session = await page.context().newCDPSession(page);
  const heaps = await workerHeaps(session);
  await session.send('Performance.enable');
  const started = Date.now();
  let watching = true;
  void (async () => {
    while (watching) {
      await new Promise((resolve) => setTimeout(resolve, every));
      if (!watching) break;
      try {
        const { processInfo } = (await browserSession.send('SystemInfo.getProcessInfo')) as {
          processInfo: { type: string; id: number }[];
        };
        const renderers = processInfo.filter((process) => process.type === 'renderer');
        const rss = renderers.map((process) => {
          try {
            const status = readFileSync(`/proc/${process.id}/status`, 'utf8');
            const kb = (name: string) =>
              Math.round(Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1e3);
            return `${kb('VmRSS')} (anon ${kb('RssAnon')}, file ${kb('RssFile')}, shared ${kb('RssShmem')})`;
          } catch {
            return 'gone';
          }
        });
        const label = await Promise.race([
          page.evaluate(
            () => document.querySelector('label[for="caseload-progress"]')?.textContent ?? '',
          ),
          new Promise<string>((resolve) => setTimeout(() => resolve('(page busy)'), 2000)),
        ]);
        const { metrics } = (await Promise.race([
          session.send('Performance.getMetrics'),
          new Promise((resolve) => setTimeout(() => resolve({ metrics: [] }), 2000)),
        ])) as { metrics: { name: string; value: number }[] };
        const pageHeap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? -1;
        const workers = await heaps();
        console.log(
          `  ${Math.round((Date.now() - started) / 1000)} s: "${label}"; renderer ${rss.join(' + ')} MB; heap page ${mb(pageHeap)} MB, workers ${workers.map((heap) => mb(heap.usedSize)).join(', ')} MB; CPU s ${renderers.map((process) => threadCpu(process.id)).join(' | ')}`,
        );
      } catch (error) {
        console.log(`  watch: ${String(error)}`);
      }
    }
  })();
  return () => {
    if (!watching) return;
    watching = false;
    void session.detach().catch(() => undefined);
  };
}
