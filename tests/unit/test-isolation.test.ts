/**
 * The unit and component tests share one module registry across their files (vite.config.ts,
 * `isolate: false`), so a module replaced with vi.mock would either not take hold (the real
 * one already loaded by an earlier file) or stay replaced for the files after. A file that
 * replaces a module runs in a registry of its own instead: it is a component test named
 * *.mocks.test.tsx, which the component-mocks project runs one fresh registry a file.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/unused-styles';
import { ROOT } from '../helpers/builders';

const REPLACES_A_MODULE = /\bvi\s*\.\s*(mock|doMock|unmock|doUnmock)\s*\(/;

const testFilesUnder = (folder: string): string[] =>
  filesUnder(join(ROOT, folder), /\.test\.tsx?$/)
    .map((path) => relative(ROOT, path).replaceAll('\\', '/'))
    .sort();

/** This file, which writes the calls out to test the check, replaces nothing. */
const THIS_FILE = 'tests/unit/test-isolation.test.ts';

const replacing = (files: readonly string[]): string[] =>
  files.filter(
    (file) => file !== THIS_FILE && REPLACES_A_MODULE.test(readFileSync(join(ROOT, file), 'utf8')),
  );

describe('test files that replace one of the app’s modules', () => {
  it('are component tests named *.mocks.test.tsx, and every such file replaces one', () => {
    const component = testFilesUnder('tests/component');
    const named = component.filter((file) => file.endsWith('.mocks.test.tsx'));
    expect(named.length).toBeGreaterThan(0);
    expect(replacing(component)).toEqual(named);
  });

  it('are none of the unit tests, which have no project with a registry a file', () => {
    const unit = testFilesUnder('tests/unit');
    expect(unit).toContain(THIS_FILE);
    expect(replacing(unit)).toEqual([]);
  });

  it('are found by the check, however the call is spaced', () => {
    expect(REPLACES_A_MODULE.test("vi.mock('../x', () => ({}))")).toBe(true);
    expect(REPLACES_A_MODULE.test('vi .doMock(path)')).toBe(true);
    expect(REPLACES_A_MODULE.test('vi.mocked(fn)')).toBe(false);
    expect(REPLACES_A_MODULE.test('vi.fn()')).toBe(false);
  });
});
