/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { dropUnusedRules, sourceWords } from './scripts/unused-styles.ts';

/**
 * The built app may load nothing but its own files. The dev server is exempt: it injects
 * CSS as inline <style> tags for hot reloading, which this policy forbids.
 *
 * Three allowances beyond 'self', each listed in docs/reliability.md (a browser test holds
 * the built page to exactly that list):
 * - script-src 'wasm-unsafe-eval', for the PDF's layout engine (yoga-layout inside
 *   @react-pdf, loaded only when someone downloads the PDF): it lets the page compile
 *   WebAssembly and nothing else; eval() and new Function() stay forbidden (that would
 *   take 'unsafe-eval', never allowed here).
 * - connect-src data:, because yoga first fetch()es its WebAssembly from a data: URL built
 *   into the script; blocked, it falls back to decoding it but logs a policy violation
 *   each time. A data: URL carries its content inline, so nothing leaves the device.
 * - img-src data:, for the NHS.UK icons, which the build inlines into the CSS as small
 *   SVG data: URLs rather than files.
 * worker-src 'self' covers the app's own workers: the offline copy's service worker (sw.js),
 * the caseload's and the PDF's (built from src/, served from the app's origin).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' data:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The start-up script and the chunks it imports, at any depth: what the first page waits for. */
function startUpChunks(entry: OutputChunk, bundle: OutputBundle): OutputChunk[] {
  const found = new Map<string, OutputChunk>();
  const visit = (chunk: OutputChunk) => {
    if (found.has(chunk.fileName)) return;
    found.set(chunk.fileName, chunk);
    for (const file of chunk.imports) {
      const imported = bundle[file];
      if (imported?.type === 'chunk') visit(imported);
    }
  };
  visit(entry);
  return [...found.values()];
}

/**
 * A <link> asking early for a file of the build, where `href` already holds Vite's base:
 * a module script's (`modulepreload`) or a stylesheet's (`preload` as a style).
 */
function preloadTag(href: string, injectTo: 'head' | 'head-prepend', as?: 'style') {
  const rel = as === undefined ? { rel: 'modulepreload' } : { rel: 'preload', as };
  return { tag: 'link', attrs: { ...rel, crossorigin: true, href }, injectTo };
}

/** index.html's character set, which HTML wants declared within the page's first 1024 bytes. */
const CHARSET = /<meta charset="UTF-8" \/>\s*/;

/**
 * The policy's <meta> tag, with the start-up scripts and stylesheet asked for before it.
 * Chromium's preload scanner holds back every request it finds after a policy tag until
 * the parser has applied the policy, which at the bench's 4x slowdown kept the start-up
 * script waiting about 50 ms (docs/performance.md, seventeenth round). Named above the tag
 * as preloads, they are asked for sooner, though Chromium still holds back what it finds
 * beside a policy tag (eighteenth round). Fetched before the policy exists, they are not
 * checked against it: only the build's own files may be there (tests/browser/pages.test.ts),
 * and their code runs under the policy. The character set stays the page's first tag.
 */
function contentSecurityPolicy(): Plugin {
  let base = '/';
  return {
    name: 'content-security-policy',
    apply: 'build',
    configResolved(resolved) {
      base = resolved.base;
    },
    transformIndexHtml: {
      // Last, so that no other plugin's tags written at the head's top land above these.
      order: 'post',
      handler: (html, { chunk, bundle }) => {
        if (chunk === undefined || bundle === undefined)
          throw new Error('the build named no start-up script');
        if (!CHARSET.test(html)) throw new Error('index.html declares no UTF-8 character set');
        const scripts = startUpChunks(chunk, bundle);
        const stylesheets = new Set(
          scripts.flatMap((script) => [...(script.viteMetadata?.importedCss ?? [])]),
        );
        const meta = (attrs: Record<string, string>) => ({
          tag: 'meta',
          attrs,
          injectTo: 'head-prepend' as const,
        });
        return {
          html: html.replace(CHARSET, ''),
          tags: [
            meta({ charset: 'UTF-8' }),
            ...scripts.map((script) => preloadTag(`${base}${script.fileName}`, 'head-prepend')),
            ...[...stylesheets].map((css) => preloadTag(`${base}${css}`, 'head-prepend', 'style')),
            meta({ 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }),
          ],
        };
      },
    },
  };
}

/**
 * The chunks main.tsx waits for before the first page (the shipped rate cards, io/shipped.ts)
 * are named in the page's <head> as module preloads, so the browser fetches them beside the
 * start-up script instead of after it has run and asked for them: one round trip fewer
 * before the first page. Still loaded with `import()`, so they stay out of the script that
 * must be compiled before anything runs.
 */
const FIRST_PAGE_CHUNKS = /[\\/]rate-cards[\\/][^\\/]+\.json$/;

function preloadFirstPageChunks(): Plugin {
  let base = '/';
  return {
    name: 'preload-first-page-chunks',
    apply: 'build',
    configResolved(resolved) {
      base = resolved.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) =>
        Object.values(bundle ?? {})
          .filter(
            (output) =>
              output.type === 'chunk' &&
              output.facadeModuleId !== null &&
              FIRST_PAGE_CHUNKS.test(output.facadeModuleId),
          )
          .map((chunk) => chunk.fileName)
          .sort()
          .map((fileName) => preloadTag(`${base}${fileName}`, 'head')),
    },
  };
}

/**
 * The start-up scripts begin with V8's explicit compile hint (Chrome 136 and later; other
 * browsers read a comment): every function in them is compiled as the script streams in,
 * off the main thread, instead of on the main thread the first time each is called. Nearly
 * all their code runs before the first page (React DOM's rendering, i18next, the store and
 * the start page), and compiling it lazily was most of the first page's wait at the bench's 4×
 * slowdown (docs/performance.md, sixth round). The hint must be a file's first line, so its
 * source map is moved down a line with it. Chunks loaded on demand are compiled lazily.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Puts the hint on each start-up script's first line, and its source map a line down. */
function addCompileHint(bundle: OutputBundle): void {
  const entries = Object.values(bundle).filter(
    (output): output is OutputChunk =>
      output.type === 'chunk' &&
      output.isEntry &&
      output.facadeModuleId?.endsWith('.html') === true,
  );
  const [entry] = entries;
  if (entry === undefined || entries.length > 1)
    throw new Error('the build made no single start-up script for the compile hint');
  for (const chunk of startUpChunks(entry, bundle)) {
    chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
    // A ';' in a source map's mappings starts the next line of the generated file. The
    // map is written out as a file of its own by now, so that file is what is moved.
    const map = bundle[`${chunk.fileName}.map`];
    // The bundler's runtime (virtual modules, ids starting with \0) has no source to map.
    if (map === undefined && chunk.moduleIds.every((id) => id.startsWith('\0'))) continue;
    if (map?.type !== 'asset' || typeof map.source !== 'string')
      throw new Error(`the build made no source map for ${chunk.fileName}`);
    const parsed = JSON.parse(map.source) as { mappings: string };
    map.source = JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` });
  }
}

function compileStartUpEagerly(): Plugin {
  return {
    name: 'compile-start-up-eagerly',
    apply: 'build',
    // After Vite's own, which puts the chunks' dependency list on the first line.
    generateBundle: { order: 'post', handler: (_options, bundle) => addCompileHint(bundle) },
  };
}

/**
 * Builds the service worker (src/offline-worker/service-worker.ts) as dist/sw.js and writes
 * into it the list of every file the build made, with a version that changes when any of
 * them does. Our own plugin rather than vite-plugin-pwa: that one builds with Vite 8, but
 * its workbox-build pulls 267 packages, among them rollup 4.68, whose platform packages the
 * registry here lacks, so `npm ci` failed from the lockfile; this is the part the app needs.
 */
const SERVICE_WORKER_FILE = 'sw.js';
const SOURCE = 'src/offline-worker/service-worker.ts';

/**
 * Files no one needs offline: source maps (for developers, and large) and the build's own
 * metadata in .vite/ (the manifest the size budget and the bench read).
 */
const isPrecached = (file: string) =>
  !file.endsWith('.map') && !file.startsWith('.vite/') && file !== SERVICE_WORKER_FILE;

function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      this.emitFile({
        type: 'chunk',
        id: join(config.root, SOURCE),
        fileName: SERVICE_WORKER_FILE,
      });
    },
    // Last, after the compile hint is in the start-up script (compileStartUpEagerly), so that
    // the version changes with every byte the browser is sent.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const contents = new Map<string, string | Uint8Array>();
        for (const [file, output] of Object.entries(bundle)) {
          if (isPrecached(file))
            contents.set(file, output.type === 'chunk' ? output.code : output.source);
        }
        for (const file of publicFiles(config)) {
          if (isPrecached(file)) contents.set(file, readFileSync(join(config.publicDir, file)));
        }
        const files = [...contents.keys()].sort();
        const hash = createHash('sha256');
        for (const file of files)
          hash
            .update(file)
            .update('\0')
            .update(contents.get(file) ?? '')
            .update('\0');
        const worker = bundle[SERVICE_WORKER_FILE];
        if (worker?.type !== 'chunk') throw new Error(`the build made no ${SERVICE_WORKER_FILE}`);
        worker.code = worker.code
          .replaceAll('__PRECACHE_FILES__', JSON.stringify(files))
          .replaceAll('__PRECACHE_VERSION__', JSON.stringify(hash.digest('hex').slice(0, 16)));
      },
    },
  };
}

/**
 * The built stylesheets without the rules no class of the app can match (see
 * scripts/unused-styles.ts): more than half of what NHS.UK frontend writes for the
 * components the app uses. Left alone by the dev server, so that a class just added is
 * styled before the next build.
 */
function dropUnusedStyles(): Plugin {
  return {
    name: 'drop-unused-styles',
    apply: 'build',
    config: (config) => {
      const root = config.root ?? process.cwd();
      const words = sourceWords([join(root, 'src')], [join(root, 'index.html')]);
      return { css: { postcss: { plugins: [dropUnusedRules(words)] } } };
    },
  };
}

/** The public folder is copied into the build as it is: its files are part of the app too. */
function publicFiles(config: ResolvedConfig): string[] {
  const root = config.publicDir;
  if (root === '' || !existsSync(root)) return [];
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory()
        ? walk(path)
        : [relative(root, path).split(sep).join('/')];
    });
  return walk(root);
}

const notTheServiceWorker = (id: string): boolean => !/[\\/]src[\\/]offline-worker[\\/]/.test(id);

/** React's own packages: a start-up chunk of their own (the groups below). */
const REACT = /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/;

/** The rules pages share: the checks (zod), exact money (decimal.js) and src/domain. */
const MODEL = /[\\/]node_modules[\\/](zod|decimal\.js)[\\/]|[\\/]src[\\/]domain[\\/]/;
const inTheModel = (id: string): boolean => notTheServiceWorker(id) && MODEL.test(id);

/** What both projects of component tests (components and pages in jsdom) run with. */
const COMPONENT_TESTS = {
  environment: 'jsdom' as const,
  setupFiles: ['tests/component/setup.ts'],
  pool: 'threads' as const,
  // userEvent types key by key: on a machine shared by several builds a form test can pass
  // 5 s (the default) with nothing wrong. The tests assert outcomes, not speed.
  testTimeout: 30_000,
};

/** Component tests that replace a module with vi.mock, each run in a registry of its own. */
const MOCKING_COMPONENT_TESTS = 'tests/component/**/*.mocks.test.tsx';

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    dropUnusedStyles(),
    preloadFirstPageChunks(),
    // Before the service worker's plugin, which hashes every file as the build leaves it.
    compileStartUpEagerly(),
    serviceWorker(),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    // dist/.vite/manifest.json: which chunks start-up loads, for the size budget and the bench.
    manifest: true,
    rolldownOptions: {
      // src/domain is pure (lint holds it to that): importing a module of it does nothing
      // but define things. Told so, the bundler leaves out a module none of whose exports
      // is used, such as the zod schemas of schema/budget.ts when only its fixed values
      // (re-exported from budget-values.ts) are imported, keeping zod out of start-up.
      treeshake: { moduleSideEffects: [{ test: /[\\/]src[\\/]domain[\\/]/, sideEffects: false }] },
      // Every module start-up imports statically goes into one of two chunks, React's (React,
      // React DOM and the scheduler) and the app's (the entry's), with the bundler's small
      // runtime beside them: 20-odd small shared chunks were as many requests, each fetched,
      // compiled and linked before the first page, while two halves of about 220 and 170 KB,
      // both asked for at once (contentSecurityPolicy), are compiled as they stream in on
      // two background threads side by side; the first page was ready some 15 ms sooner at
      // 4x than with one chunk and the same preloads (docs/performance.md, eighteenth
      // round). Pages loaded on demand import what they share from them. The service
      // worker (an entry of its own, importing nothing) is left out of every group.
      //
      // What two or more pages loaded on demand share goes into one more chunk. Left to
      // itself the bundler made a chunk for each set of pages sharing modules, some 100
      // small files: a budget's page opened by a reload, a bookmark or a new tab waited for
      // 60 of them, each a request, a compile and a link of its own, before it could show
      // (the need form 712 ms after a reload unthrottled and 1,431 ms at 4×; with the one
      // chunk, 369 and 1,001 ms), and the start page's saved budgets waited likewise
      // (docs/performance.md, fifteenth round).
      //
      // The model those pages share (zod's checks, decimal.js and src/domain) is a chunk of
      // its own, which the saved data's checks need and nothing of the pages' own: a first
      // visit runs it alone once its page is up, then the pages' shared chunk, two tasks
      // where one took about half a second at the bench's 4x slowdown (main.tsx,
      // afterFirstPage; docs/performance.md, sixteenth round). A page opened by a reload
      // waits for three files: its own, the model's and the pages' shared chunk.
      output: {
        codeSplitting: {
          groups: [
            {
              // Before 'start-up', which would otherwise take these modules too.
              name: 'react',
              priority: 1,
              tags: ['$initial'],
              test: REACT,
            },
            {
              name: 'start-up',
              tags: ['$initial'],
              test: notTheServiceWorker,
            },
            {
              name: 'model',
              minShareCount: 2,
              test: inTheModel,
            },
            {
              name: 'on-demand',
              minShareCount: 2,
              test: notTheServiceWorker,
            },
          ],
        },
      },
    },
  },
  // Workers are built as ES modules (they are started with type: 'module'): the PDF worker
  // holds react-pdf, whose layout engine loads its WebAssembly with a top-level await.
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  test: {
    // One command runs every kind of test; browser tests need a built app (see scripts/test-all.mjs).
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // Worker threads start and load modules faster than child processes: the unit
          // tests took 190 s instead of 213 s on a quiet 2-core machine, the component
          // tests 325 s instead of 340 s, with the same results.
          pool: 'threads',
          // The files share one module registry, as the pages of the running app do, rather
          // than loading the app's modules afresh for each of 166 files: 98 to 125 s instead
          // of 239 s alone on a 2-core machine. A test that needs a module as it is before
          // anything used it imports it after vi.resetModules(); replacing a module
          // (vi.mock) needs a registry of its own, so such files are component-mocks' (see
          // docs/testing.md).
          isolate: false,
          // Property tests that take 0.6 s alone passed 5 s (the default) in full runs
          // beside the other projects on a 2-core machine shared with other work. The
          // tests assert outcomes, not speed (the bench measures speed).
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          ...COMPONENT_TESTS,
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          exclude: [MOCKING_COMPONENT_TESTS],
          // One module registry for every file, each test starting from the emptied store and
          // the start page (setup.ts): 173 s instead of 356 s alone on a 2-core machine, most
          // of the difference the app's modules loaded once, not 74 times.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          ...COMPONENT_TESTS,
          // Files that replace one of the app's modules (vi.mock) for what they watch: a mock
          // takes hold only in a registry that has not loaded the module yet, so each such
          // file gets a fresh one, as every file did before. Named *.mocks.test.tsx;
          // tests/unit/test-isolation.test.ts holds every vi.mock to that name.
          name: 'component-mocks',
          include: [MOCKING_COMPONENT_TESTS],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
