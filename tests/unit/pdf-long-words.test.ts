/**
 * Long words in the PDF (audit, issue 21, finding 9): a web address in a need's activity
 * ran on over the next columns, figures included. A word too wide for its column now
 * breaks inside it; a word that fits is never broken. Checked on the words' boxes as
 * pdftotext reads them: no two words on a page overlap.
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { expense, price, visits } from '../helpers/builders';
import {
  PDFTOTEXT,
  render,
  RENDER_TIMEOUT,
  withPdfFolder,
  type Rendered,
} from '../helpers/pdf-render';

withPdfFolder();

interface Word {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Every word of the PDF with its box, in points, from `pdftotext -bbox`. */
function wordBoxes(file: string): Word[] {
  const html = execFileSync(PDFTOTEXT, ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const words: Word[] = [];
  for (const [index, page] of html.split('<page ').slice(1).entries()) {
    for (const [, xMin, yMin, xMax, yMax, text] of page.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ))
      words.push({
        page: index + 1,
        text: text ?? '',
        xMin: +(xMin ?? 0),
        yMin: +(yMin ?? 0),
        xMax: +(xMax ?? 0),
        yMax: +(yMax ?? 0),
      });
  }
  return words;
}

/**
 * Pairs of words on the same line whose boxes cross by more than a hair (a glyph's side
 * bearing). A word's box is taller than its line, so boxes of lines one above the other
 * touch; words on one line share most of their height.
 */
function overlaps(words: readonly Word[]): string[] {
  const found: string[] = [];
  const HAIR = 0.5;
  for (const [index, a] of words.entries())
    for (const b of words.slice(index + 1))
      if (
        a.page === b.page &&
        Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin) > HAIR &&
        Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin) >
          Math.min(a.yMax - a.yMin, b.yMax - b.yMin) / 2
      )
        found.push(`${a.text} / ${b.text} on page ${a.page}`);
  return found;
}

const URL =
  'https://www.example.org/services/adult-social-care/direct-payments/how-to-apply?ref=budget-2026';
const PLACE = 'Machynlleth';

describe('a budget with a web address in an activity and an expense', () => {
  let pdf: Rendered;
  let words: Word[];
  beforeAll(async () => {
    pdf = await render(
      'long-words',
      price({
        lines: [
          visits({ id: 'url', activity: `See ${URL}` }),
          visits({ id: 'place', activity: `Walk in ${PLACE} park` }),
        ],
        expenses: [expense({ description: URL })],
      }),
    );
    words = wordBoxes(pdf.file);
  }, RENDER_TIMEOUT);

  it('prints no word over another, figures included [H16.7]', () => {
    expect(words.some((word) => word.text.startsWith('https://'))).toBe(true);
    expect(overlaps(words)).toEqual([]);
  });

  it('breaks the address inside its column, keeping every letter', () => {
    const pieces = words.filter((word) =>
      /example|services|social|payments|apply|budget-2026/.test(word.text),
    );
    expect(pieces.length).toBeGreaterThan(2);
    // Each break adds a hyphen at the end of a line; without them the address reads whole.
    const lines = pdf.flat.replace(/- /g, '');
    expect(lines).toContain(URL);
  });

  it('never breaks a word that fits its column [H16.8]', () => {
    expect(words.map((word) => word.text)).toContain(PLACE);
  });
});
