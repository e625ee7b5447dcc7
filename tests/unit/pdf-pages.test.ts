/**
 * Where a long budget's PDF breaks its pages: a table of more lines than a short section
 * keeps together starts at the top of a page (the section heading with it when it is the
 * first), a short table follows on from what is before it, and the pages are numbered
 * straight through whatever runs of pages the document is set in.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { KEEP_TOGETHER_ROWS } from '../../src/io/pdf/pdf-blocks';
import { loadCard, price, visits } from '../helpers/builders';
import {
  pageLines,
  render,
  RENDER_TIMEOUT,
  t,
  withPdfFolder,
  type Rendered,
} from '../helpers/pdf-render';

withPdfFolder();

const LONG = KEEP_TOGETHER_ROWS + 4;
/** The England card's name for the social domain, as a table's caption. */
const SOCIAL = 'Social and community life';

function lines(domain: string, count: number, activity: string) {
  return Array.from({ length: count }, (_, index) =>
    visits({ id: `${domain}-${index + 1}`, domain, activity: `${activity} ${index + 1}` }),
  );
}

/** Each printed page's text, without the running header and footer. */
function pages(pdf: Rendered): string[][] {
  return pageLines(pdf.layout);
}

const pageWith = (all: string[][], text: string) =>
  all.findIndex((page) => page.some((line) => line.startsWith(text)));

describe('the PDF of a budget with long tables', () => {
  const card = loadCard('rate-cards/england-2025-26.json');
  const pricing = price(
    {
      rateCard: 'england-2025-26',
      lines: [
        ...lines('personal-care', LONG, 'Morning help'),
        ...lines('domestic', 3, 'Cleaning'),
        ...lines('social', LONG, 'Club'),
      ],
    },
    card,
  );
  let pdf: Rendered;
  let printed: string[][];
  beforeAll(async () => {
    pdf = await render('long-tables', pricing);
    printed = pages(pdf);
  }, RENDER_TIMEOUT);

  it('starts the first long table, with the section heading, at the top of a page', () => {
    const at = pageWith(printed, t('summary.lines.heading'));
    expect(at).toBeGreaterThan(0);
    expect(printed[at]?.[0]).toBe(t('summary.lines.heading'));
    expect(printed[at]?.join('\n')).toContain('Morning help 1');
  });

  it('lets a short table follow on, and starts the next long table on a new page', () => {
    const cleaning = pageWith(printed, 'Cleaning 1');
    expect(cleaning).toBe(pageWith(printed, `Morning help ${LONG}`));
    const club = pageWith(printed, 'Club 1');
    expect(club).toBeGreaterThan(cleaning);
    expect(printed[club]?.[0]).toBe(SOCIAL);
  });

  it('shows every line once, and numbers the pages straight through', () => {
    for (const activity of ['Morning help', 'Cleaning', 'Club'])
      expect(pdf.flat.match(new RegExp(`${activity} \\d+`, 'g'))).toHaveLength(
        activity === 'Cleaning' ? 3 : LONG,
      );
    const numbers = [...pdf.layout.matchAll(/Page (\d+) of (\d+)/g)];
    expect(numbers.map((match) => Number(match[1]))).toEqual(printed.map((_, index) => index + 1));
    expect(new Set(numbers.map((match) => match[2]))).toEqual(new Set([String(printed.length)]));
  });
});
