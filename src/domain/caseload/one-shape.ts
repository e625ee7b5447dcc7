/**
 * A budget's need lines made one shape, for pricing a caseload at speed. Lines differ in
 * which optional fields they have (dates, a frequency, an agreed rate, a provider…), and
 * each mix is its own shape to the JavaScript engine: a caseload's lines come in about
 * twenty, so every read of a line's field in pricing went the slow, many-shapes way. The
 * same lines with every field present, in one order (an absent one as undefined), are read
 * the fast way: the caseload entry took about half the CPU (docs/performance.md, "Seventh
 * round (issue 23): a caseload's lines in one shape").
 *
 * Only for reading: the copy's values are the line's own, and an absent field reads as
 * undefined either way. Pricing never asks whether a field is present (`in`, `Object.keys`),
 * and the entry keeps no line, so the entry is the same (tests/unit/one-shape.test.ts).
 */
import type { Budget, NeedLine } from '../schema/budget';

/**
 * A line with every field a need line can have, in one order, each undefined. A new copy
 * each time: a line is filled in over it.
 */
function emptyLine() {
  return {
    id: undefined,
    kind: undefined,
    domain: undefined,
    activity: undefined,
    resource: undefined,
    provider: undefined,
    carer: undefined,
    minutes: undefined,
    visitsPerDay: undefined,
    workers: undefined,
    period: undefined,
    days: undefined,
    assistant: undefined,
    from: undefined,
    until: undefined,
    frequency: undefined,
    agreedRate: undefined,
    agreedPay: undefined,
    agreedSource: undefined,
    sharedBy: undefined,
    outcomes: undefined,
  };
}

/** Every field a need line can have, in the order the copy holds them. */
export const LINE_FIELDS: readonly string[] = Object.keys(emptyLine());

export function withLinesOfOneShape(budget: Budget): Budget {
  return { ...budget, lines: budget.lines.map(lineOfOneShape) };
}

/**
 * The line's own fields over the empty line, which keeps the empty line's shape. Copied
 * by `Object.assign`, which walks the fields the line has: reading each field by name
 * was as slow as the pricing it was to speed up, as most are absent on most lines, and
 * an absent field read from a line of many shapes is the slowest read of all.
 */
export function lineOfOneShape(line: NeedLine): NeedLine {
  // A field the line lacks stays undefined, which pricing reads as absent (see above).
  return Object.assign(emptyLine(), line);
}
