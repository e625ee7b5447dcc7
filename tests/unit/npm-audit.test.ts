/**
 * `npm run audit` (scripts/audit.ts) never lets a refused audit read as a clean one
 * (security audit, issue 21, finding 16). The refused report is what `npm audit --json`
 * printed when the registry answered 405 to the bulk advisory request.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_CLEAN, AUDIT_FOUND, AUDIT_NOT_DONE, auditVerdict } from '../../scripts/audit';
import { ROOT } from '../helpers/builders';

const refused = readFileSync(join(ROOT, 'tests/fixtures/npm-audit/refused-405.json'), 'utf8');
const report = (vulnerabilities: Record<string, unknown>) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { total: Object.keys(vulnerabilities).length } },
  });

describe('npm run audit', () => {
  it("says plainly that a refused audit was not done, with the registry's reason, and exits 2 [H15.1]", () => {
    const verdict = auditVerdict(refused, 1);
    expect(verdict.code).toBe(AUDIT_NOT_DONE);
    expect(verdict.text).toBe(
      'npm audit was NOT done: the registry refused the audit or could not be reached (405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk).\n' +
        'This is not a clean result: no package was checked. Audit again where the registry allows it.\n',
    );
  });

  it('says an audit with no output was not done, as npm prints nothing when silenced [H15.2]', () => {
    expect(auditVerdict('', 1)).toEqual({
      code: AUDIT_NOT_DONE,
      text: expect.stringMatching(
        /^npm audit was NOT done: npm audit gave no report \(exit status 1\)\./,
      ),
    });
  });

  it('says a clean report is clean, and exits 0', () => {
    expect(auditVerdict(report({}), 0)).toEqual({
      code: AUDIT_CLEAN,
      text: 'npm audit: no known vulnerabilities.\n',
    });
  });

  it('lists each vulnerable package with its severity and advisories, and exits 1', () => {
    const verdict = auditVerdict(
      report({
        'left-pad': {
          name: 'left-pad',
          severity: 'high',
          via: [{ title: 'Pads too far', url: 'https://github.com/advisories/GHSA-x' }],
        },
        wrapper: { name: 'wrapper', severity: 'high', via: ['left-pad'] },
      }),
      1,
    );
    expect(verdict.code).toBe(AUDIT_FOUND);
    expect(verdict.text.split('\n').slice(0, 3)).toEqual([
      'npm audit: 2 packages with known vulnerabilities:',
      '  left-pad (high): Pads too far https://github.com/advisories/GHSA-x',
      '  wrapper (high): through left-pad',
    ]);
  });
});
