/** How an import's refused rows and price differences read, on a page and on a terminal. */
import type { TFunction } from 'i18next';
import type { PriceDifference } from '../domain/import/price-check';
import type { RowProblem } from '../domain/import/table';
import { inertText } from '../domain/plain-text';

/** Where: "Row 5, column “Days”", "Row 5" or "The file". */
export function rowPlace(found: RowProblem, t: TFunction): string {
  if (found.row === 0 && found.column === null) return t('importing.where.file');
  if (found.column === null) return t('importing.where.row', { row: found.row });
  return t('importing.where.cell', { row: found.row, column: found.column });
}

/** "Row 5, column “Days”: must name days, …": one line, whatever the file held. */
export function describeRowProblem(found: RowProblem, t: TFunction): string {
  return inertText(`${rowPlace(found, t)}: ${t(found.key, { ...found.values })}`);
}

/** Every problem of a row on one line, for the command line's one line per refused row. */
export function describeRefusedRows(problems: readonly RowProblem[], t: TFunction): string[] {
  const byRow = new Map<string, RowProblem[]>();
  for (const found of problems) {
    const key = `${found.row}`;
    byRow.set(key, [...(byRow.get(key) ?? []), found]);
  }
  return [...byRow.values()].map((row) =>
    row.map((found) => describeRowProblem(found, t)).join('; '),
  );
}

export function describeDifference(found: PriceDifference, t: TFunction): string {
  const values = {
    row: found.row,
    person: found.person,
    line: found.line,
    figure: t(`importing.figure.${found.figure}`),
    stated: found.stated,
    priced: found.priced,
    difference: found.difference.startsWith('-') ? found.difference : `+${found.difference}`,
    days: found.days.join(' '),
  };
  return inertText(
    t(found.days.length > 0 ? 'importing.differenceDays' : 'importing.difference', values),
  );
}
