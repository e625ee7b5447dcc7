/**
 * `npm run audit [-- --omit=dev …]`: `npm audit`, said plainly. With the project's
 * `.npmrc` (loglevel=silent, so that `npm run price` writes only its output) a registry
 * that refuses the audit, or no network, leaves `npm audit` printing nothing and exiting
 * 1, which reads like a clean result. This runs `npm audit --json` and says which of three
 * things happened: no known vulnerabilities (exit 0), vulnerabilities, listed (exit 1), or
 * no audit at all, with the registry's reason (exit 2).
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export const AUDIT_CLEAN = 0;
export const AUDIT_FOUND = 1;
export const AUDIT_NOT_DONE = 2;

export interface AuditVerdict {
  readonly code: number;
  readonly text: string;
}

interface Vulnerability {
  readonly name?: string;
  readonly severity?: string;
  readonly via?: readonly (string | { readonly title?: string; readonly url?: string })[];
}

/** What `npm audit --json` printed, and its exit status, as a verdict a person can trust. */
export function auditVerdict(stdout: string, status: number | null): AuditVerdict {
  let report: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(stdout);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new Error('not an object');
    report = parsed as Record<string, unknown>;
  } catch {
    return notDone(`npm audit gave no report (exit status ${status ?? 'none'})`);
  }
  if (!('auditReportVersion' in report)) {
    const reason = typeof report['message'] === 'string' ? report['message'] : 'no reason given';
    return notDone(`the registry refused the audit or could not be reached (${reason})`);
  }
  const vulnerabilities = Object.values(
    (report['vulnerabilities'] ?? {}) as Record<string, Vulnerability>,
  );
  if (vulnerabilities.length === 0)
    return { code: AUDIT_CLEAN, text: 'npm audit: no known vulnerabilities.\n' };
  const lines = vulnerabilities
    .map(
      (found) =>
        `  ${found.name ?? '?'} (${found.severity ?? 'unknown severity'}): ${advisories(found)}`,
    )
    .sort();
  return {
    code: AUDIT_FOUND,
    text: `npm audit: ${vulnerabilities.length} package${vulnerabilities.length === 1 ? '' : 's'} with known vulnerabilities:\n${lines.join('\n')}\nRun \`npm audit --loglevel=warn\` for the fixes npm suggests.\n`,
  };
}

function advisories(found: Vulnerability): string {
  const via = (found.via ?? []).map((item) =>
    typeof item === 'string'
      ? `through ${item}`
      : `${item.title ?? 'advisory'} ${item.url ?? ''}`.trim(),
  );
  return via.length === 0 ? 'no advisory named' : via.join('; ');
}

function notDone(reason: string): AuditVerdict {
  return {
    code: AUDIT_NOT_DONE,
    text: `npm audit was NOT done: ${reason}.\nThis is not a clean result: no package was checked. Audit again where the registry allows it.\n`,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['audit', '--json', ...process.argv.slice(2)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const verdict =
    run.error === undefined
      ? auditVerdict(run.stdout, run.status)
      : notDone(`npm could not be run (${run.error.message})`);
  (verdict.code === AUDIT_NOT_DONE ? process.stderr : process.stdout).write(verdict.text);
  process.exitCode = verdict.code;
}
