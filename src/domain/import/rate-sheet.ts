/**
 * A council's rate spreadsheet read as a rate card (docs/importing.md): one figure a row,
 * its label in one column and its value in another (by default the label in column A and
 * the value in the last filled cell of the row; a rate sheet profile names the columns and
 * the council's own labels). Every figure taken from the sheet is sourced to its sheet
 * and cell ("rates.xlsx, sheet Rates, cell C4"); the figures the sheet does not give come from a base card with
 * that card's own sources. The card made is then read as any card file is, so it passes
 * the same checks or is refused with their problems.
 */
import { failed, ok, problem, type Problem, type Result } from '../problems';
import { readRateCard } from '../read';
import type { RateCard } from '../schema/rate-card';
import { figurePaths, isCoveredBy } from '../schema/rate-card-figures';
import { isFormula, readDate, readDecimal, wordKey } from './cells';
import { tableLimitProblems, type Table } from './table';

/** The card's own details a sheet must give, in the order a card file writes them. */
export const IDENTITY_TARGETS = ['id', 'name', 'area', 'validFrom', 'validTo'] as const;
type Identity = (typeof IDENTITY_TARGETS)[number];

/** The card's own details, by the words a sheet labels them with. */
const IDENTITY_LABELS: ReadonlyMap<string, Identity> = new Map([
  ['card id', 'id'],
  ['card name', 'name'],
  ['area', 'area'],
  ['valid from', 'validFrom'],
  ['valid to', 'validTo'],
]);

const rates = (label: string, path: string): [string, string][] => [
  [`${label} weekday day`, `${path}.day.weekday`],
  [`${label} weekend day`, `${path}.day.weekend`],
  [`${label} weekday night`, `${path}.night.weekday`],
  [`${label} weekend night`, `${path}.night.weekend`],
  [`${label} sleep-in`, `${path}.sleepIn`],
];

/** Labels a sheet may use for each figure; the figure's own path is always understood too. */
export const FIGURE_LABELS: ReadonlyMap<string, string> = new Map([
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

/**
 * Where a sheet keeps its figures: the column of the labels, the column of the values
 * (null: the last filled cell right of the label) and the sheet's own words for a part of
 * the card, by the part (`validFrom`, `registeredProvider.standard.day.weekday`). A rate
 * sheet profile (rate-sheet-profile.ts) says these for one council's layout.
 */
export interface RateSheetLayout {
  readonly labelColumn: number;
  readonly valueColumn: number | null;
  readonly labels: Readonly<Record<string, string>>;
}

/** One figure per row, labelled in column A with the words docs/importing.md lists. */
export const STANDARD_LAYOUT: RateSheetLayout = { labelColumn: 0, valueColumn: null, labels: {} };

/** A figure (or a detail of the card) as the sheet gave it, and the cell it came from. */
export interface SheetFigure {
  /** The card's detail (`id`, `validFrom`) or the figure's path. */
  readonly figure: string;
  readonly value: string;
  /** "C10": the column's letters and the row as the spreadsheet numbers it. */
  readonly cell: string;
  /** The label as the sheet wrote it. */
  readonly label: string;
  /** "rates.xlsx, sheet Rates, cell C10": the card's source for the figure. */
  readonly source: string;
}

export interface SheetCard {
  readonly card: RateCard;
  /** What the sheet gave, top to bottom. */
  readonly figures: readonly SheetFigure[];
}

/** The card made from the sheet; the figures it took are sourced to their cells. */
export function rateCardFromSheet(
  table: Table,
  fileName: string,
  base: RateCard,
  layout: RateSheetLayout = STANDARD_LAYOUT,
): Result<RateCard> {
  const read = readRateSheet(table, fileName, base, layout);
  return read.ok ? ok(read.value.card) : read;
}

/**
 * The card made from the sheet and every figure it took, or the problems: each names the
 * cell it was found in (`C10`), a detail the sheet lacks by the detail (`id`), and a card
 * check the figures break (a valid-to before the valid-from) by the cell of the figure.
 */
export function readRateSheet(
  table: Table,
  fileName: string,
  base: RateCard,
  layout: RateSheetLayout = STANDARD_LAYOUT,
): Result<SheetCard> {
  const card = structuredClone(base) as RateCard & Record<Identity, string>;
  const problems: Problem[] = [];
  const figures: SheetFigure[] = [];
  const given = new Set<Identity>();
  const own = new Map(
    Object.entries(layout.labels).map(([target, words]) => [wordKey(words), target]),
  );
  // A sheet far too long or wide is refused whole, as a packages sheet is.
  const limits = tableLimitProblems(table);
  if (limits.length > 0) return failed(limits.map((found) => problem([], found.key, found.values)));
  const paths = figurePaths(base);
  // Only the card's own figures can be set: a profile's path is never followed elsewhere.
  const known = new Set<string>([...paths, ...FIGURE_LABELS.values()]);
  /** The cell each part was first given in: a label twice is refused, not read twice. */
  const first = new Map<string, string>();
  // A CSV is one sheet, named as its file: its cells are named in the file alone.
  const where = (cell: string) =>
    table.name === fileName
      ? `${fileName}, cell ${cell}`
      : `${fileName}, sheet ${table.name}, cell ${cell}`;
  table.rows.forEach((cells, row) => {
    const written = cells[layout.labelColumn] ?? '';
    const label = wordKey(written);
    if (label === '') return;
    const target = own.get(label);
    const identity = IDENTITY_TARGETS.find((one) => one === target) ?? IDENTITY_LABELS.get(label);
    const figure =
      identity !== undefined
        ? undefined
        : (target ??
          FIGURE_LABELS.get(label) ??
          paths.find((path) => path.toLowerCase() === label));
    if (identity === undefined && figure === undefined) return; // headings, notes and totals are the sheet's own
    const column = valueColumnOf(cells, layout);
    // An empty figure is named where it should be: the value column, or the cell after the label.
    const cell = `${columnLetters(column === -1 ? (layout.valueColumn ?? layout.labelColumn + 1) : column)}${row + 1}`;
    const value = column === -1 ? '' : (cells[column] ?? '');
    const part = identity ?? (figure as string);
    const earlier = first.get(part);
    if (earlier !== undefined) {
      problems.push(
        problem([cell], 'importing.rates.repeated', { label: written.trim(), cell: earlier }),
      );
      return;
    }
    first.set(part, cell);
    // The row is there: a problem with its value is named at its cell, not as a row missing.
    if (identity !== undefined) given.add(identity);
    if (value.trim() === '' || isFormula(value)) {
      problems.push(
        problem([cell], value.trim() === '' ? 'importing.cell.required' : 'importing.cell.formula'),
      );
      return;
    }
    if (identity !== undefined) {
      const read =
        identity === 'validFrom' || identity === 'validTo'
          ? readDate(value, ['iso', 'dmy', 'd-mon-y', 'serial'])
          : { ok: true as const, value: value.trim() };
      if (read.ok) {
        card[identity] = read.value;
        figures.push({
          figure: identity,
          value: read.value,
          cell,
          label: written.trim(),
          source: where(cell),
        });
      } else problems.push(problem([cell], read.key, read.values ?? {}));
      given.add(identity);
      return;
    }
    const path = figure as string;
    const number = readDecimal(value, 1_000_000);
    const money = number.ok && !NOT_MONEY.test(path) ? number.value.toFixed(2) : undefined;
    if (!number.ok || (money !== undefined && !number.value.eq(money))) {
      problems.push(
        problem(
          [cell],
          number.ok ? 'importing.cell.pennies' : number.key,
          number.ok ? {} : (number.values ?? {}),
        ),
      );
      return;
    }
    const text = money ?? number.value.toString();
    if (known.has(path) && setFigure(card, path, text))
      figures.push({ figure: path, value: text, cell, label: written.trim(), source: where(cell) });
    else problems.push(problem([cell], 'importing.rates.noSuchFigure', { figure: path }));
  });
  for (const identity of IDENTITY_TARGETS) {
    if (!given.has(identity))
      problems.push(
        problem([identity], 'importing.rates.missing', {
          label: layout.labels[identity] ?? labelOf(identity),
        }),
      );
  }
  if (problems.length > 0) return failed(problems);
  const fromSheet = new Map(figures.map((found) => [found.figure, found.source]));
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
  const checked = readRateCard(made);
  if (checked.ok) return ok({ card: checked.value, figures });
  // A card check names the figure; the person looks for the cell it came from.
  const cellOf = new Map(figures.map((found) => [found.figure, found.cell]));
  return failed(
    checked.problems.map((found) => {
      const cell = cellOf.get(found.path);
      return cell === undefined ? found : { ...found, path: cell };
    }),
  );
}

/** The cell the row's figure is in, by the layout; -1 when the row has none. */
function valueColumnOf(cells: readonly string[], layout: RateSheetLayout): number {
  if (layout.valueColumn !== null)
    return (cells[layout.valueColumn] ?? '').trim() === '' ? -1 : layout.valueColumn;
  // The last filled cell: a column of £ signs or units may stand between label and figure.
  return cells.findLastIndex((cell, index) => index > layout.labelColumn && cell.trim() !== '');
}

function labelOf(identity: Identity): string {
  return [...IDENTITY_LABELS].find(([, value]) => value === identity)?.[0] ?? identity;
}

/** Sets `settings[nursing].fncWeekly` and the like on the card (list items by their id); false when the card has no such item. */
function setFigure(card: Record<string, unknown>, path: string, value: string): boolean {
  const parts = path.split('.').flatMap((part) => {
    const match = /^(\w+)\[([^\]]+)\]$/.exec(part);
    return match === null ? [part] : [match[1] as string, { id: match[2] as string }];
  });
  let at: unknown = card;
  for (const [index, part] of parts.entries()) {
    if (typeof at !== 'object' || at === null) return false;
    if (typeof part === 'object') {
      at = Array.isArray(at) ? at.find((item: { id?: string }) => item.id === part.id) : undefined;
    } else if (Array.isArray(at)) return false;
    else if (index === parts.length - 1) (at as Record<string, unknown>)[part] = value;
    // Only the card's own parts are walked through, never what objects inherit.
    else at = Object.hasOwn(at, part) ? (at as Record<string, unknown>)[part] : undefined;
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
