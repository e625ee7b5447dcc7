#!/usr/bin/env node
// `npm test`: everything a change must pass, in one command that CI runs too.
// Type-check, lint, format check, build, the start-up size budget, then every Vitest project (unit, property, component, browser),
// ending with one line "N passed, N failed" that counts the checks and the tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const REPORT = '.vitest-report.json';
const checks = [
  ['type-check', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  // One layout everywhere, so a diff shows only what changed (Markdown is left as written).
  ['format', 'npx', ['prettier', '--check', '.']],
  // The browser tests run against the built app, as people get it.
  ['build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  // Deterministic, unlike timings: start-up JavaScript within its gzip budget, no PDF
  // renderer or Welsh in it, and every message key it names among the messages it carries.
  ['size budget', 'npx', ['tsx', 'scripts/size-budget.ts']],
];

let passed = 0;
let failed = 0;
for (const [name, command, args] of checks) {
  console.log(`\n== ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status === 0) passed++;
  else {
    failed++;
    console.log(`${name}: FAILED`);
  }
}

console.log('\n== tests (unit, property, component, browser)');
rmSync(REPORT, { force: true });
spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`],
  {
    stdio: 'inherit',
  },
);
if (existsSync(REPORT)) {
  const report = JSON.parse(readFileSync(REPORT, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + report.numPendingTests + report.numTodoTests;
  // A file that fails to load has no tests to count: count the file itself.
  failed += report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
  if (report.numTotalTests === 0) failed++;
} else {
  console.log('vitest wrote no report: counted as a failure');
  failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
