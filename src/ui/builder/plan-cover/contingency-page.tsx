/**
 * The contingency, if support fails: cover for a carer who could no longer care (priced as
 * the commissioner's view prices it), days a year of cover for a provider that does not
 * turn up (at the card's standard rates), and whether it counts in the budget's total. The
 * price is shown as the form is filled in, from the same domain pricing the summary uses.
 */
import { useMemo, type FormEvent } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import {
  ALL_CARERS,
  contingencyToForm,
  formToContingency,
  NO_CARER_COVER,
  type ContingencyForm,
} from '../../../domain/forms/plan-cover-form';
import { withContingency } from '../../../domain/plan-cover/plan-cover-edits';
import type { Budget } from '../../../domain/schema/budget';
import { COVER_RESOURCES } from '../../../domain/schema/plan-cover-values';
import { draftKey } from '../../../state/drafts-slice';
import { useAppStore } from '../../../state/store';
import { FormActions } from '../../components/form-actions';
import { Page } from '../../components/page';
import { Radios } from '../../components/radios';
import { TextInput } from '../../components/text-input';
import { usePricing, useSavedBudget } from '../../hooks/use-budget';
import { useForm, type FieldIds } from '../../hooks/use-form';
import { href, navigate } from '../../routes';
import { NotFoundPage } from '../../site/not-found-page';
import { LiveFigures } from './plan-cover-figures';
import type { MessageKey } from '../../../i18n/message-keys';

export const CONTINGENCY_FIELD_IDS: FieldIds<ContingencyForm> = {
  carer: 'contingency-carer',
  resource: 'contingency-resource',
  providerCover: 'contingency-provider-cover',
  days: 'contingency-days',
  inBudget: 'contingency-in-budget',
};

export function ContingencyPage({ budgetId }: { budgetId: string }) {
  const budget = useSavedBudget(budgetId)?.budget;
  if (budget === undefined) return <NotFoundPage />;
  return <ContingencyEditor budget={budget} />;
}

function ContingencyEditor({ budget }: { budget: Budget }) {
  const { t } = useTranslation();
  const budgetId = budget.id;
  const initial = useMemo(() => contingencyToForm(budget.contingency), [budget.contingency]);
  const { form, set, clearDraft, setProblems, errors, errorFor } = useForm<ContingencyForm>(
    draftKey(budgetId, 'contingency'),
    initial,
    CONTINGENCY_FIELD_IDS,
  );
  const editPlan = useAppStore((state) => state.editPlan);
  const risksPage = href({ page: 'risks', budgetId });
  // The price as the form stands: the plan with the contingency typed, where it reads.
  const candidate = useMemo(() => {
    const typed = formToContingency(form, budget);
    return typed.ok ? withContingency(budget, typed.value) : undefined;
  }, [budget, form]);
  const preview = usePricing(candidate);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = formToContingency(form, budget);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    const contingency = result.value;
    editPlan(budgetId, (saved) => withContingency(saved, contingency));
    clearDraft();
    navigate({ page: 'risks', budgetId });
  };

  const id = CONTINGENCY_FIELD_IDS;
  return (
    <Page
      title={t('planCover.contingencyForm.title')}
      caption={t('planCover.pages.risksTitle')}
      errors={errors}
      backLink={{ href: risksPage }}
    >
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <p className="nhsuk-body">{t('planCover.contingency.intro')}</p>
          <form onSubmit={submit} noValidate>
            <Radios
              id={id.carer}
              legend={t('planCover.contingencyForm.carer')}
              legendSize="s"
              hint={t('planCover.contingencyForm.carerHint')}
              error={errorFor('carer')}
              value={form.carer}
              onChange={set('carer')}
              options={[
                { value: NO_CARER_COVER, label: t('planCover.contingencyForm.noCarer') },
                { value: ALL_CARERS, label: t('planCover.contingencyForm.allCarers') },
                ...budget.carers.map((carer) => ({
                  value: carer.id,
                  label: t('planCover.contingencyForm.oneCarer', { name: carer.name }),
                })),
              ]}
            />
            {form.carer !== NO_CARER_COVER && (
              <Radios
                id={id.resource}
                legend={t('planCover.contingencyForm.resource')}
                legendSize="s"
                error={errorFor('resource')}
                value={form.resource}
                onChange={set('resource')}
                options={COVER_RESOURCES.map((resource) => ({
                  value: resource,
                  label: t(
                    `planCover.contingency.givenBy.${resource}` as const satisfies MessageKey,
                  ),
                }))}
              />
            )}
            <Radios
              id={id.providerCover}
              legend={t('planCover.contingencyForm.providerCover')}
              legendSize="s"
              hint={t('planCover.contingencyForm.providerCoverHint')}
              value={form.providerCover}
              onChange={set('providerCover')}
              options={[
                {
                  value: 'yes',
                  label: t('planCover.contingencyForm.yes'),
                  conditional: (
                    <TextInput
                      id={id.days}
                      label={t('planCover.contingencyForm.days')}
                      hint={t('planCover.contingencyForm.daysHint')}
                      error={errorFor('days')}
                      width={3}
                      inputMode="numeric"
                      spellCheck={false}
                      autoComplete="off"
                      suffix={t('planCover.contingencyForm.daysSuffix')}
                      value={form.days}
                      onChange={set('days')}
                    />
                  ),
                },
                { value: 'no', label: t('planCover.contingencyForm.no') },
              ]}
            />
            <Radios
              id={id.inBudget}
              legend={t('planCover.contingencyForm.inBudget')}
              legendSize="s"
              hint={t('planCover.contingencyForm.inBudgetHint')}
              value={form.inBudget}
              onChange={set('inBudget')}
              options={[
                { value: 'yes', label: t('planCover.contingencyForm.inBudgetYes') },
                { value: 'no', label: t('planCover.contingencyForm.inBudgetNo') },
              ]}
            />
            <LiveFigures
              id="contingency-price"
              heading={t('planCover.contingencyForm.priceHeading')}
              waiting={t('planCover.contingencyForm.noPrice')}
              preview={preview}
              part="contingency"
            />
            <FormActions
              saveLabel={t('planCover.contingencyForm.save')}
              cancelLabel={t('planCover.contingencyForm.cancel')}
              cancelHref={risksPage}
              onCancel={clearDraft}
              preventDoubleClick={false}
            />
          </form>
        </div>
      </div>
    </Page>
  );
}
