/**
 * A council's rate spreadsheet read as a rate card (docs/importing.md): one figure a row,
 * its label in the first column and its value in the last filled cell of the row. Every figure taken from the sheet is sourced to its sheet and cell ("rates.xlsx,
 * sheet Rates, cell C4"); the figures the sheet does not give come from a base card with
 * that card's own sources. The card made is then read as any card file is, so it passes
 * the same checks or is refused with their problems.
 */
import { failed, problem, type Problem, type Result } from '../problems';
import { readRateCard } from '../read';
import type { RateCard } from '../schema/rate-card';
import { figurePaths, isCoveredBy } from '../schema/rate-card-figures';
import { isFormula, readDate, readDecimal, wordKey } from './cells';
import type { Table } from './table';

type Identity = 'id' | 'name' | 'area' | 'validFrom' | 'validTo';

/** The card's own details, by the words a sheet labels them with. */
const IDENTITY_LABELS: Readonly<Record<string, Identity>> = {
  'card id': 'id',
  'card name': 'name',
  area: 'area',
  'valid from': 'validFrom',
  'valid to': 'validTo',
};

const rates = (label: string, path: string): [string, string][] => [
  [`${label} weekday day`, `${path}.day.weekday`],
  [`${label} weekend day`, `${path}.day.weekend`],
  [`${label} weekday night`, `${path}.night.weekday`],
  [`${label} weekend night`, `${path}.night.weekend`],
  [`${label} sleep-in`, `${path}.sleepIn`],
];

/** Labels a sheet may use for each figure; the figure's own path is always understood too. */
const FIGURE_LABELS: ReadonlyMap<string, string> = new Map([
  ['weeks per year', 'weeksPerYear'],
  ...rates('home care', 'registeredProvider.standard'),
  ...rates('pa pay', 'personalAssistant.pay'),
  ['pa pay floor', 'personalAssistant.payFloor'],
  ['national living wage', 'personalAssistant.payFloor'],
  ['residential care home weekly fee', 'settings[residential].weeklyFee'],
  ['nursing home weekly fee', 'settings[nursing].weeklyFee'],
  ['funded nursing care weekly', 'settings[nursing].fncWeekly'],
]);

/** Figures that are counts, percentages or weeks rather than money. */
const NOT_MONEY = /^(weeksPerYear|carerPolicy\.|personalAssistant\.onCosts\[)/;

export function rateCardFromSheet(
  table: Table,
  fileName: string,
  base: RateCard,
): Result<RateCard> {
  const card = structuredClone(base) as RateCard & Record<Identity, string>;
  const problems: Problem[] = [];
  const fromSheet = new Map<string, string>();
  const given = new Set<Identity>();
  const where = (row: number, column: number) =>
    `${fileName}, sheet ${table.name}, cell ${columnLetters(column)}${row + 1}`;
  table.rows.forEach((cells, row) => {
    const label = wordKey(cells[0] ?? '');
    if (label === '') return;
    // The last filled cell: a column of £ signs or units may stand between label and figure.
    const column = cells.findLastIndex((cell, index) => index > 0 && cell.trim() !== '');
    const identity = IDENTITY_LABELS[label];
    const figure =
      FIGURE_LABELS.get(label) ?? figurePaths(base).find((path) => path.toLowerCase() === label);
    if (identity === undefined && figure === undefined) return; // headings, notes and totals are the sheet's own
    const cellName = `${columnLetters(column === -1 ? 1 : column)}${row + 1}`;
    const value = column === -1 ? '' : (cells[column] ?? '');
    if (column === -1 || isFormula(value)) {
      problems.push(
        problem([cellName], column === -1 ? 'importing.cell.required' : 'importing.cell.formula'),
      );
      return;
    }
    if (identity !== undefined) {
      const read =
        identity === 'validFrom' || identity === 'validTo'
          ? readDate(value, ['iso', 'dmy', 'd-mon-y', 'serial'])
          : { ok: true as const, value: value.trim() };
      if (read.ok) card[identity] = read.value;
      else problems.push(problem([cellName], read.key, read.values ?? {}));
      given.add(identity);
      return;
    }
    const path = figure as string;
    const number = readDecimal(value, 1_000_000);
    const money = number.ok && !NOT_MONEY.test(path) ? number.value.toFixed(2) : undefined;
    if (!number.ok || (money !== undefined && !number.value.eq(money))) {
      problems.push(
        problem(
          [cellName],
          number.ok ? 'importing.cell.pennies' : number.key,
          number.ok ? {} : (number.values ?? {}),
        ),
      );
      return;
    }
    if (setFigure(card, path, money ?? number.value.toString()))
      fromSheet.set(path, where(row, column));
    else problems.push(problem([cellName], 'importing.rates.noSuchFigure', { figure: path }));
  });
  for (const identity of ['id', 'name', 'area', 'validFrom', 'validTo'] as const) {
    if (!given.has(identity))
      problems.push(problem([identity], 'importing.rates.missing', { label: labelOf(identity) }));
  }
  if (problems.length > 0) return failed(problems);
  const sources = figurePaths(card).flatMap((figure) => {
    const cell = fromSheet.get(figure);
    if (cell !== undefined) return [{ figure, text: cell }];
    return base.sources
      .filter((source) => isCoveredBy(figure, source.figure))
      .map((source) => ({ ...source, figure }));
  });
  // A council's own figures are not the base card's illustration.
  const made: Partial<RateCard> = { ...card, sources };
  delete made.illustrative;
  return readRateCard(made);
}

function labelOf(identity: Identity): string {
  return Object.entries(IDENTITY_LABELS).find(([, value]) => value === identity)?.[0] ?? identity;
}

/** Sets `settings[nursing].fncWeekly` and the like on the card (list items by their id); false when the card has no such item. */
function setFigure(card: Record<string, unknown>, path: string, value: string): boolean {
  const parts = path.split('.').flatMap((part) => {
    const match = /^(\w+)\[([^\]]+)\]$/.exec(part);
    return match === null ? [part] : [match[1] as string, { id: match[2] as string }];
  });
  let at: unknown = card;
  for (const [index, part] of parts.entries()) {
    if (at === undefined) return false;
    if (typeof part === 'object') at = (at as { id: string }[]).find((item) => item.id === part.id);
    else if (index === parts.length - 1) (at as Record<string, unknown>)[part] = value;
    else at = (at as Record<string, unknown>)[part];
  }
  return at !== undefined;
}

/** Column 0 is A, 26 is AA. */
export function columnLetters(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
