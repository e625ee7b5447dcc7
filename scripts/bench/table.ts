/** The bench's table: figure, value, goal, and whether the goal is met. */
import { goalText, verdict, type Figure } from './figure';

function valueText(figure: Figure): string {
  if (figure.value === null) return '—';
  return `${figure.bound === 'under' ? '< ' : ''}${figure.value.toLocaleString('en-GB')} ${figure.unit}`;
}

export function printTable(figures: readonly Figure[]): void {
  const rows = [
    ['Figure', 'Value', 'Goal', 'Met?'],
    ...figures.map((figure) => [
      figure.label,
      valueText(figure),
      goalText(figure.goal, figure.unit),
      verdict(figure),
    ]),
  ];
  const widths = [0, 1, 2, 3].map((column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) =>
        column === 1 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  console.log(`\n${line(rows[0] ?? [])}`);
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
  for (const figure of figures)
    if (figure.note !== undefined) console.log(`  ${figure.label}: ${figure.note}`);
}
