/** How an import's refused rows and price differences read, on a page and on a terminal. */
import type { TFunction } from 'i18next';
import type { PriceDifference } from '../domain/import/price-check';
import type { SheetFigure } from '../domain/import/rate-sheet';
import type { RowProblem } from '../domain/import/table';
import { inertText } from '../domain/plain-text';
import type { Problem } from '../domain/problems';
import type { MessageKey } from './message-keys';

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
    figure: t(`importing.figure.${found.figure}` as const satisfies MessageKey),
    stated: found.stated,
    priced: found.priced,
    difference: found.difference.startsWith('-') ? found.difference : `+${found.difference}`,
    days: found.days.join(' '),
  };
  return inertText(
    t(found.days.length > 0 ? 'importing.differenceDays' : 'importing.difference', values),
  );
}

/** The message key naming a part of a card a rate sheet gives: `validFrom`, `personalAssistant_pay_day_weekday`. */
export function sheetTargetName(target: string, t: TFunction): string {
  const key = target.replace(/[.[\]]+/g, '_').replace(/_$/, '');
  return t(`importing.rateSheet.targets.${key}`, { defaultValue: target });
}

/** Where a rate sheet's problem is: "Cell E10 (row 10, column E)", "The sheet", or the card's figure. */
export function sheetPlace(found: Problem, t: TFunction): string {
  const cell = /^([A-Z]{1,3})(\d+)$/.exec(found.path);
  if (cell !== null)
    return t('importing.rateSheet.where.cell', {
      cell: found.path,
      column: cell[1] ?? '',
      row: Number(cell[2]),
    });
  if (found.key.startsWith('importing.file.') || found.key === 'importing.rates.missing')
    return t('importing.rateSheet.where.sheet');
  return t('importing.rateSheet.where.figure', { figure: sheetTargetName(found.path, t) });
}

/** "Cell E10 (row 10, column E): must be an amount in pounds and pence", on one line. */
export function describeSheetProblem(found: Problem, t: TFunction): string {
  return inertText(`${sheetPlace(found, t)}: ${t(found.key, { ...found.values })}`);
}

/** "Cell E10: Home care, weekday day 32.50 (“Home care - weekday daytime”)", on one line. */
export function describeSheetFigure(found: SheetFigure, t: TFunction): string {
  return inertText(
    t('importing.rateSheet.figureLine', {
      cell: found.cell,
      figure: sheetTargetName(found.figure, t),
      value: found.value,
      label: found.label,
    }),
  );
}
