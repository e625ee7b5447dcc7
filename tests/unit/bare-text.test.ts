/**
 * Every word a person reads comes through i18next, so that Welsh is complete. This reads
 * each .tsx file of the app and the PDF with TypeScript's own parser and lists any JSX
 * that shows letters directly: text between tags (`<p>Save</p>`), a string literal in
 * braces (`{'Save'}`), or a literal on a prop people read or hear (`aria-label="Close"`,
 * `title=`, `alt=`, `label=`, `hint=`…). Class names, ids, hrefs, types and other
 * machine props are not text, so they are not read. A parser, unlike a regular
 * expression, is not fooled by generics, comments or `>` in code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/builders';

/** Props whose value people read or hear; any other prop is for the machine. */
const READ_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'alt',
  'placeholder',
  'label',
  'hint',
  'legend',
  'caption',
  'heading',
  'summary',
  'text',
  'message',
  'prefix',
  'suffix',
  'value',
  'children',
]);

const LETTERS = /\p{L}/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsxFiles(path) : name.endsWith('.tsx') ? [path] : [];
  });
}

export function bareText(path: string, source: string): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${relative(ROOT, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && LETTERS.test(node.text))
      found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxExpression(node) && node.expression !== undefined && ts.isJsxElement(node.parent)) {
      const e = node.expression;
      if (
        (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) &&
        LETTERS.test(e.text)
      ) {
        found.push(`${where(node)} text {'${e.text}'}`);
      }
    }
    if (
      ts.isJsxAttribute(node) &&
      READ_PROPS.has(node.name.getText(file)) &&
      node.initializer !== undefined
    ) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) &&
            init.expression !== undefined &&
            ts.isStringLiteral(init.expression)
          ? init.expression
          : undefined;
      if (literal !== undefined && LETTERS.test(literal.text)) {
        found.push(`${where(node)} ${node.name.getText(file)}="${literal.text}"`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('text not passed through i18next', () => {
  it('finds none in the app’s pages, parts and components, or in the PDF', () => {
    const files = [...tsxFiles(join(ROOT, 'src', 'ui')), ...tsxFiles(join(ROOT, 'src', 'io'))];
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((path) => bareText(path, readFileSync(path, 'utf8')))).toEqual([]);
  });

  it('would catch each kind of bare text (so the check above can fail)', () => {
    const found = bareText(
      join(ROOT, 'src', 'ui', 'example.tsx'),
      [
        'const a = <p>Save and continue</p>;',
        "const b = <p>{'Cancel'}</p>;",
        'const c = <button aria-label="Close" className="nhsuk-button" type="button" />;',
        'const d = <Field label={\'Name\'} id="name" />;',
        'const e = <p>{t("ok")} – {count}: £</p>;',
      ].join('\n'),
    );
    expect(found).toEqual([
      'src/ui/example.tsx:1 text "Save and continue"',
      "src/ui/example.tsx:2 text {'Cancel'}",
      'src/ui/example.tsx:3 aria-label="Close"',
      'src/ui/example.tsx:4 label="Name"',
    ]);
  });
});
