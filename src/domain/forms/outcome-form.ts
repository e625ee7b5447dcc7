/**
 * The outcome form: what the person wants, in their own words; what good looks like; and
 * by when. Also which of the plan's outcomes a need or expense form has ticked.
 */
import { failed, ok, type Result } from '../problems';
import type { Budget, Outcome } from '../schema/budget';
import { OUTCOME_LIMITS } from '../schema/plan-around-values';
import { boxesOf, dateFormFields, dateInput } from './date-fields';
import { optionalText, problemsOf, requiredText } from './form-fields';

export type OutcomeForm = {
  readonly words: string;
  readonly goodLooksLike: string;
  readonly byWhenDay: string;
  readonly byWhenMonth: string;
  readonly byWhenYear: string;
};

export const NEW_OUTCOME_FORM: OutcomeForm = {
  words: '',
  goodLooksLike: '',
  ...dateFormFields('byWhen', undefined),
};

export function outcomeToForm(outcome: Outcome): OutcomeForm {
  return {
    words: outcome.words,
    goodLooksLike: outcome.goodLooksLike ?? '',
    ...dateFormFields('byWhen', outcome.byWhen),
  };
}

export function formToOutcome(form: OutcomeForm, id: string): Result<Outcome> {
  const words = requiredText(form.words, 'outcome', 'words', OUTCOME_LIMITS.words, 'many');
  const goodLooksLike = optionalText(
    form.goodLooksLike,
    'goodLooksLike',
    OUTCOME_LIMITS.goodLooksLike,
    'many',
  );
  const byWhen = dateInput(boxesOf(form, 'byWhen'), 'outcome', 'byWhen', false);
  if (!words.ok || !goodLooksLike.ok || !byWhen.ok)
    return failed(problemsOf(words, goodLooksLike, byWhen));
  return ok({
    id,
    words: words.value,
    ...(goodLooksLike.value === undefined ? {} : { goodLooksLike: goodLooksLike.value }),
    ...(byWhen.value === undefined ? {} : { byWhen: byWhen.value }),
  });
}

/**
 * The outcomes a need or expense form has ticked, in the plan's order: one removed from
 * the plan while the form was open is dropped, never saved as a name of nothing.
 */
export function servedOutcomes(
  ticked: readonly string[],
  budget: Pick<Budget, 'outcomes'>,
): string[] {
  const chosen = new Set(ticked);
  return (budget.outcomes ?? []).map((outcome) => outcome.id).filter((id) => chosen.has(id));
}
