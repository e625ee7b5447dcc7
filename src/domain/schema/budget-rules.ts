/**
 * The rules of a budget file that span fields (docs/file-format.md): references between
 * lines and carers, who may be named on which line, and what fits in a day and a week.
 */
import type { Budget, NeedLine } from './budget';
import { Dec, roundHoursForDisplay } from '../money';
import { problem, type Problem } from '../problems';
import { revisionRuleProblems } from './revision-rules';
import { duplicateIds } from './unique-ids';

const MINUTES_IN_A_DAY = 1440;
const MINUTES_IN_A_WEEK = 168 * 60;

export function budgetRuleProblems(budget: Budget): Problem[] {
  return [...contentRuleProblems(budget, []), ...revisionRuleProblems(budget, contentRuleProblems)];
}

/** The rules of what a person fills in, for the budget or one revision's snapshot (`prefix`). */
function contentRuleProblems(budget: Budget, prefix: readonly (string | number)[]): Problem[] {
  const carerIds = new Set(budget.carers.map((carer) => carer.id));
  return [
    ...duplicateIds(budget.carers, [...prefix, 'carers']),
    ...duplicateIds(budget.lines, [...prefix, 'lines']),
    ...duplicateIds(budget.expenses, [...prefix, 'expenses']),
    ...budget.lines.flatMap((line, index) => lineProblems(line, [...prefix, 'lines', index], carerIds)),
    ...carerWeekProblems(budget, prefix),
  ];
}

function lineProblems(line: NeedLine, path: (string | number)[], carerIds: Set<string>): Problem[] {
  const found: Problem[] = [];
  if (line.resource === 'unpaid-carer') {
    if (line.carer === undefined) found.push(problem([...path, 'carer'], 'validation.carerRequired'));
    else if (!carerIds.has(line.carer)) {
      found.push(problem([...path, 'carer'], 'validation.unknownCarer', { id: line.carer }));
    }
    // Double-handed care with a family carer is two lines, one for each person.
    if (line.workers !== 1) found.push(problem([...path, 'workers'], 'validation.carerWorkers'));
  } else if (line.carer !== undefined) {
    found.push(problem([...path, 'carer'], 'validation.carerOnlyOnUnpaid'));
  }
  if (line.resource !== 'registered-provider' && line.provider !== undefined) {
    found.push(problem([...path, 'provider'], 'validation.providerOnlyOnRegistered'));
  }
  if (line.kind === 'visits' && line.minutes * line.visitsPerDay > MINUTES_IN_A_DAY) {
    found.push(
      problem([...path, 'visitsPerDay'], 'validation.overADay', {
        total: line.minutes * line.visitsPerDay,
      }),
    );
  }
  return found;
}

/** No one can give more than the 168 hours there are in a week. */
function carerWeekProblems(budget: Budget, prefix: readonly (string | number)[]): Problem[] {
  return budget.carers.flatMap((carer, index) => {
    let minutes = 0;
    for (const line of budget.lines) {
      if (line.resource !== 'unpaid-carer' || line.carer !== carer.id || line.kind !== 'visits') continue;
      minutes += line.minutes * line.visitsPerDay * line.workers * line.days.length;
    }
    if (minutes <= MINUTES_IN_A_WEEK) return [];
    return [problem([...prefix, 'carers', index], 'validation.carerOverAWeek', {
      hours: roundHoursForDisplay(new Dec(minutes).div(60)),
    })];
  });
}
