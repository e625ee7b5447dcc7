/** The unpaid-carer form. A carer's own health and willingness are asked, never assumed. */
import { failed, ok, problem, type Result } from '../problems';
import { Dec } from '../money';
import type { Carer, CarerScore } from '../schema/budget';
import { PLAN_COVER_LIMITS } from '../schema/plan-cover-values';
import { boxesOf, dateFormFields, dateInput } from './date-fields';
import {
  optionalText,
  problemsOf,
  requiredText,
  wholeNumberInput,
  type Parsed,
} from './form-fields';

export type YesNo = 'yes' | 'no' | '';

export type CarerForm = {
  readonly name: string;
  readonly relationship: string;
  readonly age: string;
  readonly ownHealthCondition: YesNo;
  readonly willingAndAble: YesNo;
  /** The carer's own score from an assessment done elsewhere: all three, or none. */
  readonly scoreValue: string;
  readonly scoreScale: string;
  readonly scoreOnDay: string;
  readonly scoreOnMonth: string;
  readonly scoreOnYear: string;
};

export const NEW_CARER_FORM: CarerForm = {
  name: '',
  relationship: '',
  age: '',
  ownHealthCondition: '',
  willingAndAble: '',
  scoreValue: '',
  scoreScale: '',
  ...dateFormFields('scoreOn', undefined),
};

const yesNo = (value: boolean): YesNo => (value ? 'yes' : 'no');

export function carerToForm(carer: Carer): CarerForm {
  return {
    name: carer.name,
    relationship: carer.relationship ?? '',
    age: carer.age === undefined ? '' : String(carer.age),
    ownHealthCondition: yesNo(carer.ownHealthCondition),
    willingAndAble: yesNo(carer.willingAndAble),
    scoreValue: carer.score?.value ?? '',
    scoreScale: carer.score?.scale ?? '',
    ...dateFormFields('scoreOn', carer.score?.on),
  };
}

export function formToCarer(form: CarerForm, id: string): Result<Carer> {
  const name = requiredText(form.name, 'carer', 'name', 200);
  const relationship = optionalText(form.relationship, 'relationship', 100);
  // Age is optional: not everyone will say, and the older-carer flag then cannot apply.
  const age = form.age.trim() === '' ? null : wholeNumberInput(form.age, 'carer', 'age', 0, 120);
  const score = scoreInput(form);
  const found = problemsOf(name, relationship, ...(age === null ? [] : [age]), score);
  if (form.ownHealthCondition === '')
    found.push(problem(['ownHealthCondition'], 'forms.carer.ownHealthCondition.required'));
  if (form.willingAndAble === '')
    found.push(problem(['willingAndAble'], 'forms.carer.willingAndAble.required'));
  if (found.length > 0 || !name.ok || !relationship.ok || (age !== null && !age.ok) || !score.ok)
    return failed(found);
  return ok({
    id,
    name: name.value,
    ...(relationship.value === undefined ? {} : { relationship: relationship.value }),
    ...(age === null ? {} : { age: age.value }),
    ownHealthCondition: form.ownHealthCondition === 'yes',
    willingAndAble: form.willingAndAble === 'yes',
    ...(score.value === undefined ? {} : { score: score.value }),
  });
}

/** A score as a number from 0 to the largest a scale may have, like 8 or 12.5. */
const SCORE_PATTERN = /^(0|[1-9]\d{0,5})(\.\d{1,4})?$/;

/**
 * The score, its scale and its day are given together or not at all: a number without its
 * scale means nothing. Blank throughout is no score (and clears one saved before).
 */
function scoreInput(form: CarerForm): Parsed<CarerScore | undefined> {
  const boxes = boxesOf(form, 'scoreOn');
  const typed = [form.scoreValue, form.scoreScale, boxes.day, boxes.month, boxes.year];
  if (typed.every((text) => text.trim() === '')) return { ok: true, value: undefined };
  const value = form.scoreValue.trim();
  if (value === '')
    return { ok: false, problem: problem(['scoreValue'], 'forms.carer.scoreValue.required') };
  if (!SCORE_PATTERN.test(value) || new Dec(value).greaterThan(PLAN_COVER_LIMITS.scoreMax))
    return {
      ok: false,
      problem: problem(['scoreValue'], 'forms.carer.scoreValue.number', {
        max: PLAN_COVER_LIMITS.scoreMax,
      }),
    };
  const scale = requiredText(form.scoreScale, 'carer', 'scoreScale', PLAN_COVER_LIMITS.scaleName);
  if (!scale.ok) return scale;
  const on = dateInput(boxes, 'carer', 'scoreOn', true);
  if (!on.ok) return on;
  return { ok: true, value: { value, scale: scale.value, on: on.value as string } };
}
