/**
 * "About the person" (#/budgets/:id/about): who the budget is for, how it is paid and
 * the area's rate card. Every keystroke is kept as a draft, so a reload or a closed lid
 * loses nothing; the budget changes only on a successful "Save and continue".
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import {
  aboutFormToFields,
  budgetToAboutForm,
  type AboutForm,
} from '../../../domain/forms/about-form';
import { dateFormFields } from '../../../domain/forms/date-fields';
import type { Problem } from '../../../domain/problems';
import { sectionMark } from '../../../domain/sections';
import { draftKey } from '../../../state/drafts-slice';
import type { SavedBudget } from '../../../state/saved-budget';
import { isUntouchedNewBudget } from '../../../state/untouched-budget';
import { useAppStore } from '../../../state/store';
import { Page } from '../../components/page';
import { useSavedBudget } from '../../hooks/use-budget';
import { useDraft } from '../../hooks/use-draft';
import { allRateCards } from '../../hooks/use-rate-cards';
import { href, navigate } from '../../routes';
import { aboutFieldId, BudgetAboutFields, type AboutField } from './budget-about-fields';
import { BudgetColumn } from '../../components/budget-column';
import { NotFoundPage } from '../../site/not-found-page';
import { FormActions } from '../../components/form-actions';

/** Only while the budget is missing, when nothing is shown or saved. */
const NO_FORM: AboutForm = {
  name: '',
  reference: '',
  title: '',
  fundingRoute: '',
  rateCard: '',
  indicativeAnnual: '',
  ...dateFormFields('start', undefined),
  ...dateFormFields('end', undefined),
  status: '',
  cohort: '',
  comparatorAnnual: '',
};

/**
 * Whether the budget's funding route was ever answered: About the person has been saved,
 * or the budget holds something (a file opened, a copy), not the blank a new budget starts as.
 */
const routeAnswered = (saved: SavedBudget): boolean =>
  sectionMark(saved.budget, 'about') === 'completed' || !isUntouchedNewBudget(saved);

export function AboutPage({ budgetId }: { budgetId: string }) {
  const { t } = useTranslation();
  const savedBudget = useSavedBudget(budgetId);
  const budget = savedBudget?.budget;
  const updateAbout = useAppStore((state) => state.updateAbout);
  const markSection = useAppStore((state) => state.markSection);
  const deleteBudget = useAppStore((state) => state.deleteBudget);
  // Back or Cancel from the first question of a budget just started takes it away again.
  const untouched = useAppStore((state) => {
    const entry = state.budgets[budgetId];
    return entry !== undefined && isUntouchedNewBudget(entry);
  });
  const saved = useMemo(() => {
    if (savedBudget === undefined) return NO_FORM;
    const form = budgetToAboutForm(savedBudget.budget);
    // A new budget holds a funding route only because a budget file must: until someone
    // answers, the question is asked with nothing chosen, never "direct payment" for all.
    return routeAnswered(savedBudget) ? form : { ...form, fundingRoute: '' as const };
  }, [savedBudget]);
  const [form, setForm, clearDraft] = useDraft(draftKey(budgetId, 'about'), saved);
  const [problems, setProblems] = useState<readonly Problem[]>([]);

  const fieldErrors = useMemo(() => {
    const errors: Partial<Record<AboutField, string>> = {};
    for (const found of problems)
      errors[found.path as AboutField] ??= t(found.key, { ...found.values });
    return errors;
  }, [problems, t]);
  const summary = useMemo(
    () =>
      problems.map((found) => ({
        fieldId: aboutFieldId(found.path as AboutField),
        message: t(found.key, { ...found.values }),
      })),
    [problems, t],
  );

  if (budget === undefined) return <NotFoundPage />;
  const taskList = { page: 'task-list', budgetId } as const;
  const leave = untouched
    ? {
        href: href({ page: 'start' }),
        onClick: () => {
          clearDraft();
          deleteBudget(budgetId);
        },
      }
    : { href: href(taskList), onClick: clearDraft };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = aboutFormToFields(
      form,
      allRateCards().map((card) => card.id),
    );
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    updateAbout(budgetId, result.value);
    markSection(budgetId, 'about', 'completed');
    clearDraft();
    navigate(taskList);
  };

  return (
    <Page
      title={t('budget.about.heading')}
      caption={t('budget.about.caption')}
      errors={summary}
      backLink={untouched ? leave : { href: href(taskList) }}
    >
      <BudgetColumn>
        <form onSubmit={submit} noValidate>
          <BudgetAboutFields
            form={form}
            onChange={setForm}
            errors={fieldErrors}
            paLines={budget.lines.filter((line) => line.resource === 'personal-assistant').length}
          />
          <FormActions
            saveLabel={t('budget.about.save')}
            cancelLabel={t(untouched ? 'budget.about.cancelNew' : 'budget.about.cancel')}
            cancelHref={leave.href}
            onCancel={leave.onClick}
            preventDoubleClick={false}
          />
        </form>
      </BudgetColumn>
    </Page>
  );
}
