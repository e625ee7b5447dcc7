/**
 * The policy the build writes into index.html (vite.config.ts): no inline script or style,
 * no eval, no other site, and no exception that docs/reliability.md and the hazard log do
 * not name and explain. The built page itself is checked in tests/browser/pages.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';
import { ROOT } from '../helpers/builders';
import { directives, documentedExceptions, exceptions } from '../helpers/csp';

const policy = directives(CONTENT_SECURITY_POLICY);
const sources = [...policy.values()].flat();

describe('the Content Security Policy', () => {
  it('allows no inline script or style and no eval [H9.1]', () => {
    for (const forbidden of [
      "'unsafe-inline'",
      "'unsafe-eval'",
      "'unsafe-hashes'",
      "'strict-dynamic'",
    ])
      expect(sources).not.toContain(forbidden);
  });

  it('names no other site: no host, scheme wildcard or *', () => {
    for (const source of sources)
      expect(source).toMatch(/^('self'|'none'|'wasm-unsafe-eval'|data:)$/);
  });

  it('falls back to the app itself, and allows no plugins, <base> or form posts', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
  });

  it('has exactly the exceptions docs/reliability.md documents [H9.2]', () => {
    expect(documentedExceptions().length).toBeGreaterThan(0);
    expect(exceptions(CONTENT_SECURITY_POLICY)).toEqual(documentedExceptions());
  });

  it('has each exception recorded in the hazard log', () => {
    const log = readFileSync(join(ROOT, 'docs', 'hazard-log.md'), 'utf8');
    for (const exception of exceptions(CONTENT_SECURITY_POLICY))
      expect(log).toContain(`\`${exception}\``);
  });
});
