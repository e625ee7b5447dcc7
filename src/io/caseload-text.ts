/**
 * A caseload as plain text (`npm run price -- --cohort <folder> --format text`), set out as
 * the budget's text report is: a title, then sections each underlined. The figures and
 * their words are the caseload CSV's own rows (caseload-csv.ts: the summary, cost avoided,
 * the cost in the year) and, with a quarter, the PHB return's tables (phb-return-csv.ts),
 * so the text and the CSVs never say different things. Every line is made inert
 * (plain-text.ts): a file name or a person's name can never start a line of its own.
 */
import type { TFunction } from 'i18next';
import type { CardComparison } from '../domain/caseload/next-card';
import type { PhbReturn } from '../domain/caseload/phb-return';
import type { CaseloadSummary } from '../domain/caseload/summary';
import { inertText } from '../domain/plain-text';
import type { RateCard } from '../domain/schema/rate-card';
import { caseloadSummaryRows } from './caseload-csv';
import type { Cell } from './csv';
import { phbReturnRows } from './phb-return-csv';

export function caseloadText(
  summary: CaseloadSummary,
  card: RateCard,
  t: TFunction,
  language = 'en',
  extra: {
    readonly comparison?: CardComparison | null;
    readonly phbReturn?: PhbReturn | null;
  } = {},
): string {
  const title = t('caseload.text.title', {
    count: summary.count,
    card: summary.rateCard,
    asOf: summary.asOf,
  });
  const lines = [
    title,
    '='.repeat(title.length),
    ...summaryLines(caseloadSummaryRows(summary, card, t, language, extra.comparison ?? null)),
    ...(extra.phbReturn == null ? [] : returnLines(phbReturnRows(extra.phbReturn, t))),
    '',
  ];
  return lines.map(inertText).join('\n');
}

const cellText = (cell: Cell | undefined): string =>
  cell === undefined ? '' : 'number' in cell ? cell.number : cell.text;

function heading(words: string): string[] {
  return ['', words, '-'.repeat(words.length)];
}

/** Section by section; within one, each item once, then its measures indented. */
function summaryLines(rows: Iterable<readonly Cell[]>): string[] {
  const lines: string[] = [];
  let section: string | null = null;
  let item: string | null = null;
  for (const [sectionCell, itemCell, measure, value] of rows) {
    const here = cellText(sectionCell);
    if (here !== section) {
      lines.push(...heading(here));
      section = here;
      item = null;
    }
    const named = cellText(itemCell);
    if (named !== item) {
      lines.push(named);
      item = named;
    }
    lines.push(`    ${cellText(measure)}: ${cellText(value)}`);
  }
  return lines;
}

/**
 * The return's title as a section, then each table under its own name, its columns lined
 * up (the first, the names, to the left; the counts to the right).
 */
function returnLines(rows: readonly (readonly Cell[])[]): string[] {
  const [titleRow, ...rest] = rows;
  const lines = heading(cellText(titleRow?.[0]));
  const tables: (readonly Cell[])[][] = [];
  for (const row of rest) {
    if (row.length === 0) tables.push([]);
    else tables.at(-1)?.push(row);
  }
  for (const [name, ...table] of tables) {
    lines.push('', cellText(name?.[0]));
    const widths: number[] = [];
    for (const row of table)
      row.forEach((cell, column) => {
        widths[column] = Math.max(widths[column] ?? 0, [...cellText(cell)].length);
      });
    for (const row of table) {
      const cells = row.map((cell, column) => {
        const words = cellText(cell);
        const pad = ' '.repeat((widths[column] ?? 0) - [...words].length);
        return column === 0 ? words + pad : pad + words;
      });
      lines.push(`    ${cells.join('  ').trimEnd()}`);
    }
  }
  return lines;
}
