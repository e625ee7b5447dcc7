/**
 * An NHS.UK table cell's classes: a header cell (a column's or a row's) or a data cell, with
 * figures right-aligned. Written whole, as every class is, because the build keeps only
 * the rules of classes the source names.
 */
export function tableCellClass(header: boolean, numeric: boolean): string {
  if (header)
    return numeric ? 'nhsuk-table__header nhsuk-table__header--numeric' : 'nhsuk-table__header';
  return numeric ? 'nhsuk-table__cell nhsuk-table__cell--numeric' : 'nhsuk-table__cell';
}
