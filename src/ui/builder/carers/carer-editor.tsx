/**
 * The unpaid-carer form. Every field is kept in a draft as it is typed, so a reload never
 * loses it; the domain's form rules decide what is wrong, and nothing is saved until all
 * is right. A carer's own health and willingness are asked, never assumed.
 */
import { useMemo, type FormEvent } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import {
  carerToForm,
  formToCarer,
  NEW_CARER_FORM,
  type CarerForm,
  type YesNo,
} from '../../../domain/forms/carer-form';
import type { Carer } from '../../../domain/schema/budget';
import { draftKey } from '../../../state/drafts-slice';
import { newId } from '../../../state/ids';
import { useAppStore } from '../../../state/store';
import { Fieldset } from '../../components/fieldset';
import { FormDate } from '../../components/form-date';
import { Hint } from '../../components/hint';
import { InsetText } from '../../components/inset-text';
import { Radios } from '../../components/radios';
import { TextInput } from '../../components/text-input';
import { rateCardById } from '../../hooks/use-budget';
import { useForm, type FieldIds } from '../../hooks/use-form';
import { href, navigate, NEW } from '../../routes';
import { PersonFormPage, PersonNameInput } from './person-parts';

/** Each form field's input id: the error summary links to it. */
const FIELD_IDS: FieldIds<CarerForm> & Record<'scoreOn', string> = {
  name: 'carer-name',
  relationship: 'carer-relationship',
  age: 'carer-age',
  ownHealthCondition: 'carer-own-health',
  willingAndAble: 'carer-willing',
  scoreValue: 'carer-score-value',
  scoreScale: 'carer-score-scale',
  scoreOnDay: 'carer-score-on-day',
  scoreOnMonth: 'carer-score-on-month',
  scoreOnYear: 'carer-score-on-year',
  // A date's problem is the whole date's; it links to the day box.
  scoreOn: 'carer-score-on-day',
};

export interface CarerEditorProps {
  readonly budgetId: string;
  readonly carerId: string;
  /** The carer being changed; undefined when adding one. */
  readonly existing: Carer | undefined;
  readonly rateCard: string;
}

export function CarerEditor({ budgetId, carerId, existing, rateCard }: CarerEditorProps) {
  const { t } = useTranslation();
  const initial = useMemo(
    () => (existing === undefined ? NEW_CARER_FORM : carerToForm(existing)),
    [existing],
  );
  const { form, set, update, clearDraft, setProblems, errors, errorFor } = useForm<
    CarerForm,
    'scoreOn'
  >(draftKey(budgetId, 'carer', carerId), initial, FIELD_IDS);
  const saveCarer = useAppStore((state) => state.saveCarer);
  const olderCarerAge = rateCardById(rateCard)?.carerPolicy.olderCarerAge;

  const carersPage = href({ page: 'carers', budgetId });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const taken =
      useAppStore.getState().budgets[budgetId]?.budget.carers.map((carer) => carer.id) ?? [];
    const result = formToCarer(form, carerId === NEW ? newId('c', taken) : carerId);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    saveCarer(budgetId, result.value);
    clearDraft();
    navigate({ page: 'carers', budgetId });
  };

  const yesNoOptions = [
    { value: 'yes', label: t('carers.yes') },
    { value: 'no', label: t('carers.no') },
  ];
  const title =
    existing === undefined
      ? t('carers.form.addTitle')
      : t('carers.form.changeTitle', { name: existing.name });

  return (
    <PersonFormPage
      title={title}
      caption={t('carers.title')}
      intro={t('carers.form.intro')}
      errors={errors}
      backHref={carersPage}
      onSubmit={submit}
      saveLabel={t('carers.form.save')}
      cancelLabel={t('carers.form.cancel')}
      onCancel={clearDraft}
    >
      <PersonNameInput
        id={FIELD_IDS.name}
        label={t('carers.form.name.label')}
        hint={t('carers.form.name.hint')}
        error={errorFor('name')}
        value={form.name}
        onChange={set('name')}
      />
      <TextInput
        id={FIELD_IDS.relationship}
        label={t('carers.form.relationship.label')}
        hint={t('carers.form.relationship.hint')}
        error={errorFor('relationship')}
        autoComplete="off"
        width={20}
        value={form.relationship}
        onChange={set('relationship')}
      />
      <TextInput
        id={FIELD_IDS.age}
        label={t('carers.form.age.label')}
        hint={
          olderCarerAge === undefined
            ? t('carers.form.age.hint')
            : t('carers.form.age.hintWithAge', { age: olderCarerAge })
        }
        error={errorFor('age')}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        width={3}
        suffix={t('carers.form.age.suffix')}
        value={form.age}
        onChange={set('age')}
      />
      <Radios
        id={FIELD_IDS.ownHealthCondition}
        legend={t('carers.form.ownHealthCondition.legend')}
        hint={t('carers.form.ownHealthCondition.hint')}
        error={errorFor('ownHealthCondition')}
        inline
        options={yesNoOptions}
        value={form.ownHealthCondition}
        onChange={(value) => set('ownHealthCondition')(value as YesNo)}
      />
      <Radios
        id={FIELD_IDS.willingAndAble}
        legend={t('carers.form.willingAndAble.legend')}
        hint={t('carers.form.willingAndAble.hint')}
        error={errorFor('willingAndAble')}
        inline
        options={yesNoOptions}
        value={form.willingAndAble}
        onChange={(value) => set('willingAndAble')(value as YesNo)}
      />
      <InsetText>
        <p>{t('carers.form.assessment')}</p>
      </InsetText>
      <Fieldset legend={t('planCover.score.formHeading')} legendSize="m">
        <Hint id="carer-score-hint">{t('planCover.score.formHint')}</Hint>
        <TextInput
          id={FIELD_IDS.scoreValue}
          label={t('planCover.score.valueLabel')}
          error={errorFor('scoreValue')}
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          width={4}
          value={form.scoreValue}
          onChange={set('scoreValue')}
        />
        <TextInput
          id={FIELD_IDS.scoreScale}
          label={t('planCover.score.scaleLabel')}
          error={errorFor('scoreScale')}
          autoComplete="off"
          width={20}
          value={form.scoreScale}
          onChange={set('scoreScale')}
        />
        <FormDate
          id="carer-score-on"
          name="scoreOn"
          legend={t('planCover.score.onLegend')}
          error={errorFor('scoreOn')}
          form={form}
          onChange={(field, value) => update((was) => ({ ...was, [field]: value }))}
        />
      </Fieldset>
    </PersonFormPage>
  );
}
