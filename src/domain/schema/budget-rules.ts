/**
 * The rules of a budget file that span fields (docs/file-format.md): references between
 * lines and carers, who may be named on which line, and what fits in a day and a week.
 */
import type { Budget, Expense, NeedLine } from './budget';
import { MINUTES_IN_A_WEEK, minutesAWeek, overADay, visitMinutesADay } from '../hours';
import { Dec, roundHoursForDisplay } from '../money';
import { problem, type Problem } from '../problems';
import { revisionRuleProblems } from './revision-rules';
import { duplicateIds } from './unique-ids';
import { planAroundProblems } from './plan-around-rules';
import { reviewHistoryProblems, reviewScheduleProblems } from './plan-reviews-rules';
import { planCoverProblems } from './plan-cover-rules';

export function budgetRuleProblems(budget: Budget): Problem[] {
  return [
    ...contentRuleProblems(budget, []),
    ...revisionRuleProblems(budget, contentRuleProblems),
    ...progressProblems(budget),
    ...reviewHistoryProblems(budget),
  ];
}

/** An area is either completed or not needed, never both. */
function progressProblems({ progress }: Budget): Problem[] {
  const completed = new Set(progress?.areasCompleted ?? []);
  return (progress?.areasNotNeeded ?? []).flatMap((id, index) =>
    completed.has(id)
      ? [problem(['progress', 'areasNotNeeded', index], 'validation.areaBothMarks', { id })]
      : [],
  );
}

/** The rules of what a person fills in, for the budget or one revision's snapshot (`prefix`). */
function contentRuleProblems(budget: Budget, prefix: readonly (string | number)[]): Problem[] {
  const carerIds = new Set(budget.carers.map((carer) => carer.id));
  const assistantIds = new Set((budget.assistants ?? []).map((assistant) => assistant.id));
  const linesById = new Map(budget.lines.map((line) => [line.id, line]));
  return [
    ...planProblems(budget, prefix),
    ...duplicateIds(budget.carers, [...prefix, 'carers']),
    ...duplicateIds(budget.assistants ?? [], [...prefix, 'assistants']),
    ...duplicateIds(budget.lines, [...prefix, 'lines']),
    ...duplicateIds(budget.expenses, [...prefix, 'expenses']),
    ...budget.lines.flatMap((line, index) =>
      lineProblems(line, [...prefix, 'lines', index], carerIds, assistantIds),
    ),
    ...budget.expenses.flatMap((expense, index) =>
      expenseProblems(expense, [...prefix, 'expenses', index], linesById),
    ),
    ...carerWeekProblems(budget, prefix),
    ...planAroundProblems(budget, prefix),
    ...reviewScheduleProblems(budget, prefix),
    ...planCoverProblems(budget, prefix),
  ];
}

function planProblems(budget: Budget, prefix: readonly (string | number)[]): Problem[] {
  const { plan } = budget;
  if (plan?.end === undefined || plan.end >= plan.start) return [];
  return [problem([...prefix, 'plan', 'end'], 'validation.endBeforeStart', { start: plan.start })];
}

/** ISO dates compare as text: `until` may be the same day as `from`, never before it. */
function datesProblems(
  dated: { from?: string | undefined; until?: string | undefined },
  path: (string | number)[],
): Problem[] {
  if (dated.from === undefined || dated.until === undefined || dated.until >= dated.from) return [];
  return [problem([...path, 'until'], 'validation.untilBeforeFrom', { from: dated.from })];
}

function expenseProblems(
  expense: Expense,
  path: (string | number)[],
  linesById: ReadonlyMap<string, NeedLine>,
): Problem[] {
  const found = datesProblems(expense, path);
  const oneOff = expense.frequency === 'one-off';
  if (oneOff) {
    for (const field of ['from', 'until'] as const) {
      if (expense[field] !== undefined)
        found.push(problem([...path, field], 'validation.datesOnlyOnRecurring'));
    }
  } else if (expense.date !== undefined) {
    found.push(problem([...path, 'date'], 'validation.dateOnlyOnOneOff'));
  }
  const { effect } = expense;
  if (effect === undefined) return found;
  if (expense.kind !== 'investment' || !oneOff) {
    found.push(problem([...path, 'effect'], 'validation.effectOnlyOnInvestment'));
  }
  const named = (list: 'ends' | 'starts', needs: 'until' | 'from', key: string) =>
    (effect[list] ?? []).forEach((id, index) => {
      const line = linesById.get(id);
      if (line === undefined)
        found.push(problem([...path, 'effect', list, index], 'validation.unknownLine', { id }));
      else if (line[needs] === undefined)
        found.push(problem([...path, 'effect', list, index], key, { id }));
    });
  named('ends', 'until', 'validation.endsNeedsUntil');
  named('starts', 'from', 'validation.startsNeedsFrom');
  return found;
}

function lineProblems(
  line: NeedLine,
  path: (string | number)[],
  carerIds: ReadonlySet<string>,
  assistantIds: ReadonlySet<string>,
): Problem[] {
  const found: Problem[] = datesProblems(line, path);
  if (line.assistant !== undefined) {
    if (line.resource !== 'personal-assistant') {
      found.push(problem([...path, 'assistant'], 'validation.assistantOnlyOnPa'));
    } else if (!assistantIds.has(line.assistant)) {
      found.push(
        problem([...path, 'assistant'], 'validation.unknownAssistant', { id: line.assistant }),
      );
    }
  }
  if (line.resource === 'unpaid-carer') {
    if (line.carer === undefined)
      found.push(problem([...path, 'carer'], 'validation.carerRequired'));
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
  found.push(...agreedProblems(line, path));
  if (
    line.sharedBy !== undefined &&
    (line.resource === 'unpaid-carer' || line.resource === 'community')
  ) {
    found.push(problem([...path, 'sharedBy'], 'validation.sharedOnlyWhenPaid'));
  }
  if (line.kind === 'visits' && overADay(line)) {
    found.push(
      problem([...path, 'visitsPerDay'], 'validation.overADay', {
        total: visitMinutesADay(line),
      }),
    );
  }
  return found;
}

/**
 * Rule 17: an agreed rate only on a provider line, agreed pay only on a PA line, hourly on
 * visits and per night on a sleep-in, and never without who agreed it.
 */
function agreedProblems(line: NeedLine, path: (string | number)[]): Problem[] {
  const found: Problem[] = [];
  const fields = [
    ['agreedRate', 'registered-provider', 'validation.agreedRateOnlyOnProvider'],
    ['agreedPay', 'personal-assistant', 'validation.agreedPayOnlyOnPa'],
  ] as const;
  for (const [field, resource, key] of fields) {
    const agreed = line[field];
    if (agreed === undefined) continue;
    if (line.resource !== resource) found.push(problem([...path, field], key));
    const wrong = line.kind === 'visits' ? agreed.perNight : agreed.hourly;
    if (wrong !== undefined) {
      found.push(
        problem(
          [...path, field, line.kind === 'visits' ? 'perNight' : 'hourly'],
          'validation.agreedUnit',
          {
            right: line.kind === 'visits' ? 'hourly' : 'perNight',
          },
        ),
      );
    }
  }
  const agreed = line.agreedRate !== undefined || line.agreedPay !== undefined;
  if (agreed && line.agreedSource === undefined) {
    found.push(problem([...path, 'agreedSource'], 'validation.agreedSourceRequired'));
  } else if (!agreed && line.agreedSource !== undefined) {
    found.push(problem([...path, 'agreedSource'], 'validation.agreedSourceAlone'));
  }
  return found;
}

/** No one can give more than the 168 hours there are in a week. */
function carerWeekProblems(budget: Budget, prefix: readonly (string | number)[]): Problem[] {
  return budget.carers.flatMap((carer, index) => {
    let minutes = 0;
    for (const line of budget.lines) {
      if (line.resource !== 'unpaid-carer' || line.carer !== carer.id || line.kind !== 'visits')
        continue;
      minutes += minutesAWeek(line);
    }
    if (minutes <= MINUTES_IN_A_WEEK) return [];
    return [
      problem([...prefix, 'carers', index], 'validation.carerOverAWeek', {
        hours: roundHoursForDisplay(new Dec(minutes).div(60)),
      }),
    ];
  });
}
