/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The built app may load nothing but its own files. The dev server is exempt: it injects
 * CSS as inline <style> tags for hot reloading, which this policy forbids.
 *
 * Two allowances, both for the PDF's layout engine (yoga-layout inside @react-pdf, loaded
 * only when someone downloads the PDF), found by making the PDF in the built app:
 * - 'wasm-unsafe-eval' lets the page compile WebAssembly and nothing else: eval() and
 *   new Function() stay forbidden (that would take 'unsafe-eval', never allowed here).
 * - connect-src data: because yoga first fetch()es its WebAssembly from a data: URL built
 *   into the script; blocked, it falls back to decoding it but logs a policy violation
 *   each time. A data: URL carries its content inline, so nothing leaves the device.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  build: { target: 'es2022', sourcemap: true },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  test: {
    // One command runs every kind of test; browser tests need a built app (see scripts/test-all.mjs).
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
          // userEvent types key by key: on a loaded two-core machine a long form passes 5 s,
          // and a test cut off mid-typing types on into the next one. No test asserts time.
          testTimeout: 20_000,
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
