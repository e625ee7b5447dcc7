/**
 * A comparison as plain text for people: the compare page's model (src/present/revision-diff.ts)
 * laid out line by line. Each line, expense and carer that changed is there with the
 * figures the page shows, and each side of a line or expense in a sentence as well.
 */
import type { TFunction } from 'i18next';
import type { BudgetDiff } from '../domain/revisions/diff';
import { inertText } from '../domain/plain-text';
import {
  revisionDiffModel,
  type AmountRow,
  type CarerRow,
  type LineRow,
  type Version,
} from '../present/revision-diff';

const INDENT = '    ';

export function diffText(
  diff: BudgetDiff,
  versions: { from: Version; to: Version },
  t: TFunction,
  language = 'en',
): string {
  const model = revisionDiffModel(diff, t, language, versions);
  const { totals, lines, amounts, carers } = model;
  return (
    [
      model.title,
      model.from,
      model.to,
      model.headline,
      ...(model.kept === null ? [] : [model.kept]),
      ...section(
        totals.caption,
        totals.rows.map(({ label, before, after, difference }) =>
          t('revisions.text.figure', { label, before, after, difference }),
        ),
      ),
      ...section(lines.caption, [
        ...(lines.rows.length === 0 ? [lines.none] : lines.rows.flatMap((row) => lineText(row, t))),
        ...(lines.unchanged === null ? [] : [lines.unchanged]),
      ]),
      ...section(amounts.caption, [
        ...amounts.rows.flatMap((row) => amountText(row, t)),
        ...(amounts.unchanged === null ? [] : [amounts.unchanged]),
      ]),
      ...section(
        carers.caption,
        carers.rows.flatMap((row) => carerText(row, t)),
      ),
      '',
      model.rounding,
      '',
    ]
      // One row, one line: text from a file can never start a line of its own (plain-text.ts).
      .map(inertText)
      .join('\n')
  );
}

function section(heading: string, body: string[]): string[] {
  return body.length === 0 ? [] : ['', heading, '-'.repeat(heading.length), ...body];
}

/** The item's heading, its sides before and after, and its difference, indented under it. */
function itemText(
  row: { change: string; id: string; name: string; before: string | null; after: string | null },
  t: TFunction,
  middle: string[],
  difference: string,
): string[] {
  return [
    t('revisions.text.itemHeading', { change: row.change, id: row.id, name: row.name }),
    ...middle,
    ...(row.before === null ? [] : [INDENT + t('revisions.text.before', { side: row.before })]),
    ...(row.after === null ? [] : [INDENT + t('revisions.text.after', { side: row.after })]),
    INDENT + difference,
  ];
}

function lineText(row: LineRow, t: TFunction): string[] {
  const what =
    row.parts.length === 0
      ? []
      : [
          INDENT + t('revisions.text.whatChanged', { what: row.parts.join(', ') }),
          // Each part that changed, before and after, as the compare page shows it.
          ...row.details.map((words) => `${INDENT}  ${words}`),
        ];
  const { hoursDifference: hours, weeklyDifference: weekly, annualDifference: annual } = row;
  return itemText(row, t, what, t('revisions.text.lineDifference', { hours, weekly, annual }));
}

function amountText(row: AmountRow, t: TFunction): string[] {
  const { weeklyDifference: weekly, annualDifference: annual, oneOffDifference: oneOff } = row;
  return itemText(row, t, [], t('revisions.text.amountDifference', { weekly, annual, oneOff }));
}

function carerText(row: CarerRow, t: TFunction): string[] {
  return [
    t('revisions.text.carer', {
      name: row.name,
      before: row.hoursBefore,
      after: row.hoursAfter,
      difference: row.hoursDifference,
      nightsBefore: row.nightsBefore,
      nightsAfter: row.nightsAfter,
    }),
    ...row.flagWords.map((words) => INDENT + words),
  ];
}
