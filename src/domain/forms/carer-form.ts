/** The unpaid-carer form. A carer's own health and willingness are asked, never assumed. */
import { failed, ok, problem, type Result } from '../problems';
import type { Carer } from '../schema/budget';
import { optionalText, problemsOf, requiredText, wholeNumberInput } from './form-fields';

export type YesNo = 'yes' | 'no' | '';

export type CarerForm = {
  readonly name: string;
  readonly relationship: string;
  readonly age: string;
  readonly ownHealthCondition: YesNo;
  readonly willingAndAble: YesNo;
};

export const NEW_CARER_FORM: CarerForm = {
  name: '',
  relationship: '',
  age: '',
  ownHealthCondition: '',
  willingAndAble: '',
};

const yesNo = (value: boolean): YesNo => (value ? 'yes' : 'no');

export function carerToForm(carer: Carer): CarerForm {
  return {
    name: carer.name,
    relationship: carer.relationship ?? '',
    age: carer.age === undefined ? '' : String(carer.age),
    ownHealthCondition: yesNo(carer.ownHealthCondition),
    willingAndAble: yesNo(carer.willingAndAble),
  };
}

export function formToCarer(form: CarerForm, id: string): Result<Carer> {
  const name = requiredText(form.name, 'carer', 'name', 200);
  const relationship = optionalText(form.relationship, 'relationship', 100);
  // Age is optional: not everyone will say, and the older-carer flag then cannot apply.
  const age = form.age.trim() === '' ? null : wholeNumberInput(form.age, 'carer', 'age', 0, 120);
  const found = problemsOf(name, relationship, ...(age === null ? [] : [age]));
  if (form.ownHealthCondition === '') found.push(problem(['ownHealthCondition'], 'forms.carer.ownHealthCondition.required'));
  if (form.willingAndAble === '') found.push(problem(['willingAndAble'], 'forms.carer.willingAndAble.required'));
  if (found.length > 0 || !name.ok || !relationship.ok || (age !== null && !age.ok)) return failed(found);
  return ok({
    id,
    name: name.value,
    ...(relationship.value === undefined ? {} : { relationship: relationship.value }),
    ...(age === null ? {} : { age: age.value }),
    ownHealthCondition: form.ownHealthCondition === 'yes',
    willingAndAble: form.willingAndAble === 'yes',
  });
}
