/**
 * A blank page with the app's own code in Web Workers, for the bench's caseload figures:
 * `page` and `worker` are module sources written at run time (so the type-check never
 * meets them), built together with the Vite API and served on a loopback port. The page
 * module puts what it measures on `window`; the worker's file is `./worker.js`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { freshPage } from './browser';
import { ROOT } from './budget-300';
import { serve, type Served } from './builds';

export async function serveWorkerPage(
  workspace: string,
  name: string,
  sources: { readonly page: string; readonly worker: string },
): Promise<Served> {
  const outDir = join(workspace, name);
  const page = join(workspace, `${name}-page.ts`);
  const worker = join(workspace, `${name}-worker.ts`);
  writeFileSync(page, sources.page);
  writeFileSync(worker, sources.worker);
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    // The app's own modules (React, zustand) read this, as the app's build defines it.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      lib: {
        entry: { page, worker },
        formats: ['es'],
        fileName: (_format, entry) => `${entry}.js`,
      },
    },
  });
  writeFileSync(
    join(outDir, 'index.html'),
    `<!doctype html><title>${name}</title><main><h1>${name}</h1></main><script type="module" src="./page.js"></script>\n`,
  );
  return serve(outDir);
}

/** `from` as an import path for a source written at run time. */
export const source = (from: string): string => JSON.stringify(join(ROOT, from));

/** How many workers the app's pages use on a machine with this many cores (src/workers/jobs.ts). */
export const pageEngines = (cores: number): number => Math.min(8, Math.max(1, cores));

/**
 * Serves the page, opens it in a fresh browser page once `ready` is on its `window`, runs
 * `body` with it and the number of workers the app's pages would start there, then closes
 * both.
 */
export async function onWorkerPage<T>(
  browser: Browser,
  workspace: string,
  name: string,
  sources: { readonly page: string; readonly worker: string },
  ready: string,
  body: (page: Page, engines: number) => Promise<T>,
): Promise<T> {
  const server = await serveWorkerPage(workspace, name, sources);
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(server.url);
    await page.waitForFunction((key) => key in window, ready);
    return await body(
      page,
      pageEngines(await page.evaluate(() => navigator.hardwareConcurrency || 1)),
    );
  } finally {
    await context.close();
    await server.close();
  }
}
