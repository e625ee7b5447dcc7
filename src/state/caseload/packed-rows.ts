/**
 * The caseload page's priced rows, packed. Kept as objects, a nation's 200,000 rows were
 * about 4.6 million small objects on the page's heap, and while two workers held both
 * cores the collector's helper threads got no time: collecting them made tasks of 120 to
 * 220 ms on the page (docs/performance.md, twenty-second round). Here a row is its own
 * words (id, title, person, reference) and one text of its figures; everything that
 * many rows repeat (file names, routes, cohorts, flag and warning lists, review states) is
 * kept once and shared. A row is put back together when it is read; filtering and
 * counting reviews read every row's heading, which leaves its figures unparsed.
 */
import type {
  CaseloadRow,
  CaseloadRowHeading,
  CaseloadRows,
} from '../../domain/caseload/caseload-row';
import type { EntryInYear } from '../../domain/caseload/in-year';
import type { MoneyText } from '../../domain/money';
import type { Resource } from '../../domain/schema/budget-values';
import type { SharedStrings } from './shared-strings';

/** The fields of a row kept as one text: read only for the rows shown or downloaded. */
type Figures = Omit<CaseloadRow, keyof CaseloadRowHeading>;

/**
 * Between the figures in their text. No figure holds it: they are whole numbers, money and
 * decimal texts, and the traditional package's basis.
 */
const BETWEEN = '|';

/**
 * A row's figures as one text, each value in a fixed order: about 100 characters where the
 * same as JSON is 530, and written and read back about three times as fast (a nation's CSV
 * reads every row). figuresOf reads the same order back, with each object's keys written
 * out: objects made key by key in a loop took twice as long.
 */
function figuresText(row: Figures): string {
  const { totals, minutesWeekly: minutes, averagedHoursWeekly: hours, traditional } = row;
  const { inYear } = row;
  return [
    row.lines,
    totals.weekly,
    totals.annual,
    totals.oneOff,
    totals.firstYear,
    minutes['registered-provider'],
    minutes['personal-assistant'],
    minutes['unpaid-carer'],
    minutes.community,
    hours['registered-provider'],
    hours['personal-assistant'],
    hours['unpaid-carer'],
    hours.community,
    traditional.weekly,
    traditional.annual,
    traditional.basis,
    traditional.avoided,
    // A percentage is never empty text, so empty text is "none".
    traditional.percent ?? '',
    inYear.quarterToDate,
    inYear.quarter,
    inYear.yearToDate,
    inYear.outturn,
  ].join(BETWEEN);
}

function figuresOf(text: string): Figures {
  const values = text.split(BETWEEN) as MoneyText[];
  const [lines, weekly, annual, oneOff, firstYear] = values;
  return {
    lines: Number(lines),
    totals: { weekly, annual, oneOff, firstYear } as Figures['totals'],
    minutesWeekly: {
      'registered-provider': Number(values[5]),
      'personal-assistant': Number(values[6]),
      'unpaid-carer': Number(values[7]),
      community: Number(values[8]),
    } satisfies Record<Resource, number>,
    averagedHoursWeekly: {
      'registered-provider': values[9] as string,
      'personal-assistant': values[10] as string,
      'unpaid-carer': values[11] as string,
      community: values[12] as string,
    } satisfies Record<Resource, string>,
    traditional: {
      weekly: values[13] as MoneyText,
      annual: values[14] as MoneyText,
      basis: values[15] as Figures['traditional']['basis'],
      avoided: values[16] as MoneyText,
      percent: values[17] === '' ? null : (values[17] as string),
    },
    inYear: {
      quarterToDate: values[18] as MoneyText,
      quarter: values[19] as MoneyText,
      yearToDate: values[20] as MoneyText,
      outturn: values[21] as MoneyText,
    } satisfies EntryInYear,
  };
}

export class PackedRows implements CaseloadRows {
  private readonly file: string[] = [];
  private readonly id: string[] = [];
  private readonly title: string[] = [];
  private readonly person: string[] = [];
  private readonly reference: string[] = [];
  private readonly fundingRoute: string[] = [];
  private readonly cohort: CaseloadRow['cohort'][] = [];
  private readonly carerFlags: CaseloadRow['carerFlags'][] = [];
  private readonly warnings: CaseloadRow['warnings'][] = [];
  private readonly reviews: CaseloadRow['reviews'][] = [];
  private readonly figures: string[] = [];
  /** One copy of each list and review state, by its JSON text. */
  private readonly kept = new Map<string, unknown>();

  /**
   * `strings` keeps one copy of each repeated word; `fileName` gives the page's own copy of
   * a file's name (the page already holds each once, to leave out a file chosen twice).
   */
  constructor(
    private readonly strings: SharedStrings,
    private readonly fileName: (name: string) => string,
  ) {}

  get length(): number {
    return this.id.length;
  }

  push(row: CaseloadRow): void {
    this.file.push(this.fileName(row.file));
    this.id.push(row.id);
    this.title.push(row.title);
    this.person.push(row.person);
    this.reference.push(row.reference);
    this.fundingRoute.push(this.strings.one(row.fundingRoute));
    this.cohort.push(this.strings.one(row.cohort));
    this.carerFlags.push(this.one(row.carerFlags));
    this.warnings.push(this.one(row.warnings));
    this.reviews.push(this.one(row.reviews));
    this.figures.push(figuresText(row));
  }

  at(index: number): CaseloadRow | undefined {
    const heading = this.heading(index);
    if (heading === undefined) return undefined;
    const figures = figuresOf(this.figures[index] as string);
    return {
      file: heading.file,
      id: heading.id,
      title: heading.title,
      person: heading.person,
      reference: heading.reference,
      fundingRoute: heading.fundingRoute,
      cohort: heading.cohort,
      lines: figures.lines,
      totals: figures.totals,
      minutesWeekly: figures.minutesWeekly,
      averagedHoursWeekly: figures.averagedHoursWeekly,
      carerFlags: heading.carerFlags,
      warnings: heading.warnings,
      traditional: figures.traditional,
      inYear: figures.inYear,
      reviews: heading.reviews,
    };
  }

  heading(index: number): CaseloadRowHeading | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) return undefined;
    return {
      file: this.file[index] as string,
      id: this.id[index] as string,
      title: this.title[index] as string,
      person: this.person[index] as string,
      reference: this.reference[index] as string,
      fundingRoute: this.fundingRoute[index] as string,
      cohort: this.cohort[index] as CaseloadRow['cohort'],
      carerFlags: this.carerFlags[index] as CaseloadRow['carerFlags'],
      warnings: this.warnings[index] as CaseloadRow['warnings'],
      reviews: this.reviews[index] as CaseloadRow['reviews'],
    };
  }

  /** The copy kept of a value many rows repeat, by its JSON text. */
  private one<T>(value: T): T {
    const key = JSON.stringify(value);
    const kept = this.kept.get(key);
    if (kept !== undefined) return kept as T;
    this.kept.set(key, value);
    return value;
  }
}
