/**
 * Writes src/io/pdf/font-coverage.ts: the letters each shipped PDF font has, read from the
 * fonts themselves. Run it (`npx tsx scripts/pdf-font-coverage.ts`) after changing a font
 * or its version; tests/unit/pdf-scripts.test.ts fails while the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { create, type Font } from 'fontkit';
import { FACES } from '../src/io/pdf/fonts';
import { rangesOf } from '../src/io/pdf/printable';
import { woffToSfnt } from '../src/io/pdf/woff';

const require = createRequire(import.meta.url);

/** One shipped WOFF file as fontkit reads it, unwrapped as the PDF unwraps it. */
export async function shippedFont(file: string): Promise<Font> {
  const woff = readFileSync(require.resolve(file));
  const sfnt = await woffToSfnt(woff, (compressed) => Promise.resolve(inflateSync(compressed)));
  return create(Buffer.from(sfnt)) as Font;
}

/** The text of font-coverage.ts for the fonts as they are in node_modules. */
export async function coverageModule(): Promise<string> {
  const entries = await Promise.all(
    FACES.map(async (face) => {
      const ranges = rangesOf((await shippedFont(face.regular)).characterSet);
      return `  ${face.family}: [${ranges.join(', ')}],\n`;
    }),
  );
  return [
    '/**',
    ' * The letters (Unicode code points, as inclusive ranges) each PDF font has, read from the',
    ' * shipped fonts by scripts/pdf-font-coverage.ts. Generated: do not edit by hand.',
    ' */',
    '/* prettier-ignore */',
    'export const COVERAGE: Readonly<Record<string, readonly number[]>> = {',
    ...entries.map((entry) => entry.trimEnd()),
    '};',
    '',
  ].join('\n');
}

if (process.argv[1]?.endsWith('pdf-font-coverage.ts') === true) {
  const file = join(import.meta.dirname, '..', 'src', 'io', 'pdf', 'font-coverage.ts');
  writeFileSync(file, await coverageModule());
  console.log(`wrote ${file}`);
}
