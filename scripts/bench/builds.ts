/**
 * The builds the bench measures, made in the same run with the Vite API into a temporary
 * folder (dist/ is left alone), and served with `vite preview` on a free loopback port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, preview, type InlineConfig } from 'vite';
import { ROOT } from './budget-300';

export interface Served {
  readonly url: string;
  readonly close: () => Promise<void>;
}

export interface Builds {
  readonly appDir: string;
  readonly minimalDir: string;
  readonly workspace: string;
  readonly remove: () => void;
}

const quiet = { logLevel: 'warn' } as const;

/** The minimal page's sources: its index.html and main.tsx. */
export const MINIMAL_PAGE = join(import.meta.dirname, 'minimal');

/** The app with its own vite.config.ts; the minimal page with nothing but React. */
export async function buildAll(): Promise<Builds> {
  const workspace = mkdtempSync(join(tmpdir(), 'bench-'));
  const appDir = join(workspace, 'app');
  const minimalDir = join(workspace, 'minimal');
  await build({ root: ROOT, ...quiet, build: { outDir: appDir, emptyOutDir: true } });
  await buildPageWithReactAlone(MINIMAL_PAGE, minimalDir);
  return {
    appDir,
    minimalDir,
    workspace,
    remove: () => rmSync(workspace, { recursive: true, force: true }),
  };
}

/**
 * A page built with nothing but React and Vite's defaults, as the minimal page is (and the
 * start page's floor: startup-floor.ts): its index.html in `root`, its build in `outDir`.
 */
export async function buildPageWithReactAlone(root: string, outDir: string): Promise<void> {
  const config: InlineConfig = {
    root,
    configFile: false,
    plugins: [react()],
    ...quiet,
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  };
  await build(config);
}

export async function serve(outDir: string, root = ROOT): Promise<Served> {
  const server = await preview({
    root,
    configFile: false,
    ...quiet,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('vite preview did not report its address');
  return { url, close: () => server.close() };
}

/** The app built without minifying (names kept, for CPU profiles), in a temporary folder. */
export async function buildUnminified(
  name: string,
): Promise<{ readonly appDir: string; remove(): void }> {
  const workspace = mkdtempSync(join(tmpdir(), `${name}-`));
  const appDir = join(workspace, 'app');
  await build({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: appDir, emptyOutDir: true, minify: false },
  });
  return { appDir, remove: () => rmSync(workspace, { recursive: true, force: true }) };
}
