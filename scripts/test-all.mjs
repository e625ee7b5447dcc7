#!/usr/bin/env node
// `npm test`: everything a change must pass, in one command that CI runs too.
// Type-check, lint, format check, build, the start-up size budget, then every Vitest project
// (unit, property, component, browser), ending with one line "N passed, N failed" that counts the checks and the tests.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';

// Each entry runs its steps in order; the entries run side by side. Each check reads the
// sources and none writes them (the build writes only dist/, which the others ignore).
// ESLint, the type-check and the format check use one core each: on a 2-core machine the
// checks took 116 s side by side against 137 s one after another.
const checks = [
  [['type-check', 'npx', ['tsc', '-p', 'tsconfig.json']]],
  [['lint', 'npx', ['eslint', '.', '--max-warnings', '0']]],
  // One layout everywhere, so a diff shows only what changed (Markdown is left as written).
  [['format', 'npx', ['prettier', '--check', '.']]],
  [
    // The browser tests run against the built app, as people get it.
    ['build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
    // Deterministic, unlike timings: start-up JavaScript within its gzip budget, no PDF
    // renderer or Welsh in it, and every message key it names among the messages it carries.
    ['size budget', 'npx', ['tsx', 'scripts/size-budget.ts']],
  ],
];

// Each step's wall time is printed with it, so a CI log shows which part makes the run long.
const started = Date.now();
const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;

let passed = 0;
let failed = 0;
const outcomes = await Promise.all(
  checks.map(async (steps) => {
    const done = [];
    for (const step of steps) done.push(await check(step));
    return done;
  }),
);
for (const ok of outcomes.flat()) {
  if (ok) passed++;
  else failed++;
}

// Two Vitest runs side by side: the unit, property and component tests in one process, the
// browser tests in another. The browser tests run one file at a time and spend much of
// their time waiting on Chromium, so on a 2-core machine the other tests fill that wait:
// run one after the other, the two took about half an hour. Each writes its own report;
// both are counted. Lines are passed on whole, so the two runs' output never mixes in a line.
console.log('\n== tests (unit, property, component, browser), two Vitest runs side by side');
const runs = [
  { report: '.vitest-report.json', projects: ['unit', 'component', 'component-mocks'] },
  { report: '.vitest-report-browser.json', projects: ['browser'] },
];
const results = await Promise.all(runs.map(vitest));
for (const { report } of runs) {
  if (!existsSync(report)) {
    console.log(`vitest wrote no ${report}: counted as a failure`);
    failed++;
    continue;
  }
  const counts = JSON.parse(readFileSync(report, 'utf8'));
  passed += counts.numPassedTests;
  failed += counts.numFailedTests + counts.numPendingTests + counts.numTodoTests;
  // A file that fails to load has no tests to count: count the file itself.
  failed += counts.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
  if (counts.numTotalTests === 0) failed++;
}
if (results.some((code) => code === null)) {
  console.log('a vitest run was stopped by a signal: counted as a failure');
  failed++;
}

console.log(`\n== npm test: ended after ${seconds(started)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

/** One Vitest run of these projects, its output passed on line by line; its exit code. */
function vitest({ report, projects }) {
  const since = Date.now();
  rmSync(report, { force: true });
  const args = ['vitest', 'run', ...projects.flatMap((project) => ['--project', project])];
  const child = spawn(
    'npx',
    [...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  createInterface({ input: child.stdout }).on('line', (line) => process.stdout.write(`${line}\n`));
  createInterface({ input: child.stderr }).on('line', (line) => process.stderr.write(`${line}\n`));
  return new Promise((resolve) =>
    child.on('close', (code) => {
      console.log(`== vitest ${projects.join(', ')}: ended after ${seconds(since)}`);
      resolve(code);
    }),
  );
}

/**
 * One check, its output kept and printed whole when it ends (the checks run side by side,
 * and their output must not mix); whether it passed.
 */
function check([name, command, args]) {
  const since = Date.now();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  child.stdout.on('data', (chunk) => output.push(chunk));
  child.stderr.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      process.stdout.write(`\n== ${name} (${seconds(since)})\n${Buffer.concat(output).toString()}`);
      if (code !== 0) console.log(`${name}: FAILED`);
      resolve(code === 0);
    });
  });
}
