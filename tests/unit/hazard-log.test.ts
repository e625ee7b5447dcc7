/**
 * docs/hazard-log.md links each hazard to the tests that control it, as lines of
 * `- \`tests/…\`: [H5.3] "a test name"; [H5.4] "another"`. The id in brackets is the
 * control's stable name: it is written in the test's own title (or, for a table of cases,
 * in the case's `rule`, `name` or `title`, and for a worked example in its `title`). This
 * reads the test files, not the titles' words: a control whose test is deleted, skipped,
 * or loses its id fails here, and rewording a test keeps its id.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/builders';

const log = readFileSync(join(ROOT, 'docs', 'hazard-log.md'), 'utf8');
const ID = /\[(H\d+\.\d+)\]/g;
const links = [...log.matchAll(/^\s*- `(tests\/[^`]+)`: (.+)$/gm)].map(
  ([, file = '', rest = '']) => ({
    file,
    ids: [...rest.matchAll(ID)].map(([, id = '']) => id),
    names: [...rest.matchAll(/"([^"]+)"/g)].length,
  }),
);
const hazards = [...log.matchAll(/^### (H\d+)\. /gm)].map(([, id]) => id);

/** Functions whose first argument names a test (or a group of them) that runs. */
const TEST_CALLS = new Set(['it', 'test', 'describe']);
const RUNNING = new Set(['each', 'for', 'concurrent', 'sequential', 'only']);
/** Properties that name a case of a table-driven test. */
const CASE_NAMES = new Set(['rule', 'name', 'title']);

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('${}');
  return null;
}

/** `it`, `it.each(…)`, `test.concurrent`: the test function called, or null if skipped or none. */
function testCall(callee: ts.Expression): boolean {
  if (ts.isIdentifier(callee)) return TEST_CALLS.has(callee.text);
  if (ts.isCallExpression(callee)) return testCall(callee.expression);
  if (ts.isPropertyAccessExpression(callee))
    return RUNNING.has(callee.name.text) && testCall(callee.expression);
  return false;
}

/** The titles of the tests in one source file, and the names of its tables' cases. */
function titlesOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  if (file.endsWith('.json')) {
    const title = (JSON.parse(text) as { title?: unknown }).title;
    return typeof title === 'string' ? [title] : [];
  }
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const titles: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && testCall(node.expression)) {
      const first = node.arguments[0];
      const title = first === undefined ? null : literalText(first);
      if (title !== null) titles.push(title);
    }
    if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      CASE_NAMES.has(node.name.text)
    ) {
      const title = literalText(node.initializer);
      if (title !== null) titles.push(title);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return titles;
}

function testFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ||
      (dir === 'tests/worked-examples' && entry.name.endsWith('.json'))
      ? [path]
      : [];
  });
}

/** Every control id carried by a test title, with the files that carry it. */
const carried = new Map<string, string[]>();
for (const file of testFiles('tests')) {
  for (const title of titlesOf(file)) {
    for (const [, id = ''] of title.matchAll(ID))
      carried.set(id, [...(carried.get(id) ?? []), file]);
  }
}

describe('the hazard log', () => {
  it('lists hazards H1 onwards, each with a cause, effect, controls, both risks and tests', () => {
    expect(hazards.length).toBeGreaterThanOrEqual(10);
    expect(hazards).toEqual(hazards.map((_, index) => `H${index + 1}`));
    for (const section of log.split(/^### /m).slice(1)) {
      for (const part of [
        '**Cause**',
        '**Effect**',
        '**Existing controls**',
        '**Initial risk**',
        '**Residual risk**',
        '**Tests**',
      ]) {
        expect(section, `${section.split('\n')[0]} has ${part}`).toContain(part);
      }
      expect(section, `${section.split('\n')[0]} names a test`).toMatch(/^\s*- `tests\//m);
    }
  });

  it.each(links.map((link) => [link.file, link] as const))(
    '%s exists and carries, in the titles of tests that run, each control id named',
    (file, link) => {
      expect(existsSync(join(ROOT, file))).toBe(true);
      expect(link.ids.length).toBeGreaterThan(0);
      // Every test the line quotes is named by its id.
      expect(link.ids).toHaveLength(link.names);
      const ids = titlesOf(file).flatMap((title) => [...title.matchAll(ID)].map(([, id]) => id));
      for (const id of link.ids) expect(ids, id).toContain(id);
    },
  );

  it('each control id is carried by one test, and every id a test carries is in the log', () => {
    const named = new Set(links.flatMap((link) => link.ids));
    for (const [id, files] of carried) {
      expect(files, `${id} is carried once`).toHaveLength(1);
      expect(
        named.has(id),
        `${id} (${relative(ROOT, join(ROOT, files[0] ?? ''))}) is in the log`,
      ).toBe(true);
    }
  });
});
