/**
 * Adding or changing one risk: what could go wrong, how likely it is, and what is in
 * place. Kept in a draft as it is typed; saved only when the form's rules find nothing wrong.
 */
import { useMemo, type FormEvent } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import {
  formToRisk,
  NEW_RISK_FORM,
  riskToForm,
  type RiskForm,
} from '../../../domain/forms/plan-cover-form';
import { withRisk } from '../../../domain/plan-cover/plan-cover-edits';
import type { Risk } from '../../../domain/schema/budget';
import { RISK_LIKELIHOODS } from '../../../domain/schema/plan-cover-values';
import { draftKey } from '../../../state/drafts-slice';
import { newId } from '../../../state/ids';
import { useAppStore } from '../../../state/store';
import { FormActions } from '../../components/form-actions';
import { Page } from '../../components/page';
import { Radios } from '../../components/radios';
import { Textarea } from '../../components/textarea';
import { useSavedBudget } from '../../hooks/use-budget';
import { useForm, type FieldIds } from '../../hooks/use-form';
import { href, navigate, NEW } from '../../routes';
import { NotFoundPage } from '../../site/not-found-page';
import type { MessageKey } from '../../../i18n/message-keys';

export const RISK_FIELD_IDS: FieldIds<RiskForm> = {
  what: 'risk-what',
  likelihood: 'risk-likelihood',
  inPlace: 'risk-in-place',
};

export function RiskPage({ budgetId, riskId }: { budgetId: string; riskId: string }) {
  const budget = useSavedBudget(budgetId)?.budget;
  if (budget === undefined) return <NotFoundPage />;
  let existing: Risk | undefined;
  if (riskId !== NEW) {
    existing = budget.risks?.find((risk) => risk.id === riskId);
    if (existing === undefined) return <NotFoundPage />;
  }
  // Keyed by risk, so moving from one risk's form to another's starts afresh.
  return <RiskEditor key={riskId} budgetId={budgetId} riskId={riskId} existing={existing} />;
}

interface RiskEditorProps {
  readonly budgetId: string;
  readonly riskId: string;
  /** The risk being changed; undefined when adding one. */
  readonly existing: Risk | undefined;
}

function RiskEditor({ budgetId, riskId, existing }: RiskEditorProps) {
  const { t } = useTranslation();
  const initial = useMemo(
    () => (existing === undefined ? NEW_RISK_FORM : riskToForm(existing)),
    [existing],
  );
  const { form, set, clearDraft, setProblems, errors, errorFor } = useForm<RiskForm>(
    draftKey(budgetId, 'risk', riskId),
    initial,
    RISK_FIELD_IDS,
  );
  const editPlan = useAppStore((state) => state.editPlan);
  const risksPage = href({ page: 'risks', budgetId });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const taken = (useAppStore.getState().budgets[budgetId]?.budget.risks ?? []).map(
      (risk) => risk.id,
    );
    const result = formToRisk(form, riskId === NEW ? newId('r', taken) : riskId);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    const risk = result.value;
    editPlan(budgetId, (budget) => withRisk(budget, risk));
    clearDraft();
    navigate({ page: 'risks', budgetId });
  };

  return (
    <Page
      title={t(
        existing === undefined ? 'planCover.riskForm.addTitle' : 'planCover.riskForm.changeTitle',
      )}
      caption={t('planCover.pages.risksTitle')}
      errors={errors}
      backLink={{ href: risksPage }}
    >
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <form onSubmit={submit} noValidate>
            <Textarea
              id={RISK_FIELD_IDS.what}
              label={t('planCover.riskForm.what')}
              labelSize="s"
              hint={t('planCover.riskForm.whatHint')}
              error={errorFor('what')}
              rows={3}
              autoComplete="off"
              value={form.what}
              onChange={set('what')}
            />
            <Radios
              id={RISK_FIELD_IDS.likelihood}
              legend={t('planCover.riskForm.likelihood')}
              legendSize="s"
              error={errorFor('likelihood')}
              value={form.likelihood}
              onChange={set('likelihood')}
              options={RISK_LIKELIHOODS.map((likelihood) => ({
                value: likelihood,
                label: t(`planCover.likelihood.${likelihood}` as const satisfies MessageKey),
              }))}
            />
            <Textarea
              id={RISK_FIELD_IDS.inPlace}
              label={t('planCover.riskForm.inPlace')}
              labelSize="s"
              hint={t('planCover.riskForm.inPlaceHint')}
              error={errorFor('inPlace')}
              rows={3}
              autoComplete="off"
              value={form.inPlace}
              onChange={set('inPlace')}
            />
            <FormActions
              saveLabel={t('planCover.riskForm.save')}
              cancelLabel={t('planCover.riskForm.cancel')}
              cancelHref={risksPage}
              onCancel={clearDraft}
            />
          </form>
        </div>
      </div>
    </Page>
  );
}
