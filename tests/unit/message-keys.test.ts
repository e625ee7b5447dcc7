/**
 * Message keys are checked two ways. A table of keys typed with the areas' key types
 * (src/i18n/message-keys.ts) is checked by the type check: the `@ts-expect-error` lines
 * below fail it if an unknown key were ever accepted. And every key the source gives `t`
 * as a plain string, in any area, must name an English message: a renamed or removed
 * message cannot leave a page showing a bare key.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { english } from '../../src/i18n';
import { familyOf, flatten } from '../../src/i18n/keys';
import type {
  DocumentKey,
  KeysOf,
  MessageKey,
  ReportKey,
  TermKey,
} from '../../src/i18n/message-keys';
import { ROOT } from '../helpers/builders';

describe('the key types', () => {
  it('take a message’s key, its plural family as one key, and nothing else', () => {
    type Tree = { a: { heading: string; nights_one: string; nights_other: string } };
    expectTypeOf<KeysOf<Tree>>().toEqualTypeOf<'a.heading' | 'a.nights'>();
    expectTypeOf<'summary.words.nights'>().toExtend<DocumentKey>();
    expectTypeOf<'pdf.signatures.heading'>().toExtend<DocumentKey>();
    expectTypeOf<'csv.sectionLine'>().toExtend<ReportKey>();
    expectTypeOf<'terms.day.mon'>().toExtend<TermKey>();
    expectTypeOf<'caseload.table.person'>().toExtend<MessageKey>();
    // @ts-expect-error: an area that does not exist
    expectTypeOf<'caseloads.table.person'>().toExtend<MessageKey>();
    // @ts-expect-error: a key the summary does not have
    expectTypeOf<'summary.words.nightz'>().toExtend<DocumentKey>();
    // @ts-expect-error: a key moved away from the PDF's messages
    expectTypeOf<'pdf.lines.heading'>().toExtend<DocumentKey>();
    // @ts-expect-error: a plural form is said through its family
    expectTypeOf<'summary.words.nights_one'>().toExtend<DocumentKey>();
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the keys the source gives t', () => {
  it('each name an English message', () => {
    const families = new Set([...flatten(english).keys()].map(familyOf));
    const unknown = sourceFiles(join(ROOT, 'src')).flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/\bt\(\s*'([A-Za-z][\w-]*(?:\.[\w-]+)+)'/g)]
        .map((match) => match[1] ?? '')
        .filter((key) => !families.has(key))
        .map((key) => `${path.slice(ROOT.length + 1)}: ${key}`),
    );
    expect(unknown).toEqual([]);
  });
});
