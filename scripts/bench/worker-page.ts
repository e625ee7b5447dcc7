/**
 * A blank page with the app's own code in Web Workers, for the bench's caseload figures:
 * `page` and `worker` are module sources written at run time (so the type-check never
 * meets them), built together with the Vite API and served on a loopback port. The page
 * module puts what it measures on `window`; the worker's file is `./worker.js`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
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
