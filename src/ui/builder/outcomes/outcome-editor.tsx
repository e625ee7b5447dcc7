/**
 * Adding or changing one outcome: the person's own words, what good looks like, by when.
 * Kept in a draft as it is typed; saved only when the domain's form rules find nothing wrong.
 */
import { useMemo, type FormEvent } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import {
  formToOutcome,
  NEW_OUTCOME_FORM,
  outcomeToForm,
  type OutcomeForm,
} from '../../../domain/forms/outcome-form';
import type { Outcome } from '../../../domain/schema/budget';
import { draftKey } from '../../../state/drafts-slice';
import { newId } from '../../../state/ids';
import { useAppStore } from '../../../state/store';
import { FormActions } from '../../components/form-actions';
import { FormDate } from '../../components/form-date';
import { Page } from '../../components/page';
import { Textarea } from '../../components/textarea';
import { useForm, type FieldIds } from '../../hooks/use-form';
import { href, navigate, NEW } from '../../routes';

const FIELD_IDS: FieldIds<OutcomeForm> & Record<'byWhen', string> = {
  words: 'outcome-words',
  goodLooksLike: 'outcome-good',
  byWhenDay: 'outcome-by-when-day',
  byWhenMonth: 'outcome-by-when-month',
  byWhenYear: 'outcome-by-when-year',
  // A date's problem is the whole date's; it links to the day box.
  byWhen: 'outcome-by-when-day',
};

export interface OutcomeEditorProps {
  readonly budgetId: string;
  readonly outcomeId: string;
  /** The outcome being changed; undefined when adding one. */
  readonly existing: Outcome | undefined;
}

export function OutcomeEditor({ budgetId, outcomeId, existing }: OutcomeEditorProps) {
  const { t } = useTranslation();
  const initial = useMemo(
    () => (existing === undefined ? NEW_OUTCOME_FORM : outcomeToForm(existing)),
    [existing],
  );
  const { form, set, update, clearDraft, setProblems, errors, errorFor } = useForm<
    OutcomeForm,
    'byWhen'
  >(draftKey(budgetId, 'outcome', outcomeId), initial, FIELD_IDS);
  const saveOutcome = useAppStore((state) => state.saveOutcome);
  const outcomesPage = href({ page: 'outcomes', budgetId });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const taken = (useAppStore.getState().budgets[budgetId]?.budget.outcomes ?? []).map(
      (outcome) => outcome.id,
    );
    const result = formToOutcome(form, outcomeId === NEW ? newId('o', taken) : outcomeId);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    saveOutcome(budgetId, result.value);
    clearDraft();
    navigate({ page: 'outcomes', budgetId });
  };

  return (
    <Page
      title={t(existing === undefined ? 'outcomes.form.addTitle' : 'outcomes.form.changeTitle')}
      caption={t('outcomes.title')}
      errors={errors}
      backLink={{ href: outcomesPage }}
    >
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <form onSubmit={submit} noValidate>
            <Textarea
              id={FIELD_IDS.words}
              label={t('outcomes.form.words.label')}
              labelSize="s"
              hint={t('outcomes.form.words.hint')}
              error={errorFor('words')}
              rows={3}
              autoComplete="off"
              value={form.words}
              onChange={set('words')}
            />
            <Textarea
              id={FIELD_IDS.goodLooksLike}
              label={t('outcomes.form.goodLooksLike.label')}
              labelSize="s"
              hint={t('outcomes.form.goodLooksLike.hint')}
              error={errorFor('goodLooksLike')}
              rows={3}
              autoComplete="off"
              value={form.goodLooksLike}
              onChange={set('goodLooksLike')}
            />
            <FormDate
              id="outcome-by-when"
              name="byWhen"
              legend={t('outcomes.form.byWhen.legend')}
              hint={t('outcomes.form.byWhen.hint')}
              error={errorFor('byWhen')}
              form={form}
              onChange={(field, value) => update((was) => ({ ...was, [field]: value }))}
            />
            <FormActions
              saveLabel={t('outcomes.form.save')}
              cancelLabel={t('outcomes.form.cancel')}
              cancelHref={outcomesPage}
              onCancel={clearDraft}
            />
          </form>
        </div>
      </div>
    </Page>
  );
}
