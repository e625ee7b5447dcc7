/**
 * Who pays, the personal budget statement: the person's contribution a week (no more than
 * the card's maximum weekly charge, where it has one: the form refuses more, saying the
 * cap) and who funds the rest: the ICB, the council, or both with the ICB's percentage.
 * The split is shown as the form is filled in, to the penny, from the domain's statement.
 */
import { useMemo, type FormEvent } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import { formatMoney } from '../../../domain/format';
import {
  formToWhoPays,
  whoPaysToForm,
  type WhoPaysForm,
} from '../../../domain/forms/plan-cover-form';
import { maxWeeklyCharge } from '../../../domain/plan-cover/who-pays';
import { withWhoPays } from '../../../domain/plan-cover/plan-cover-edits';
import type { Budget } from '../../../domain/schema/budget';
import { FUNDERS } from '../../../domain/schema/plan-cover-values';
import { draftKey } from '../../../state/drafts-slice';
import { useAppStore } from '../../../state/store';
import { FormActions } from '../../components/form-actions';
import { MoneyInput } from '../../components/money-input';
import { Page } from '../../components/page';
import { Radios } from '../../components/radios';
import { TextInput } from '../../components/text-input';
import { useLocale } from '../../hooks/budget-format';
import { usePricing, useSavedBudget } from '../../hooks/use-budget';
import { useForm, type FieldIds } from '../../hooks/use-form';
import { href, navigate } from '../../routes';
import { NotFoundPage } from '../../site/not-found-page';
import { LiveFigures } from './plan-cover-figures';
import type { MessageKey } from '../../../i18n/message-keys';

export const WHO_PAYS_FIELD_IDS: FieldIds<WhoPaysForm> = {
  contribution: 'who-pays-contribution',
  funder: 'who-pays-funder',
  icbPercent: 'who-pays-icb-percent',
};

export function WhoPaysPage({ budgetId }: { budgetId: string }) {
  const { t } = useTranslation();
  const budget = useSavedBudget(budgetId)?.budget;
  const pricing = usePricing(budget);
  if (budget === undefined) return <NotFoundPage />;
  if (pricing?.kind !== 'priced')
    return (
      <Page
        title={t('planCover.whoPaysForm.title')}
        backLink={{ href: href({ page: 'task-list', budgetId }) }}
      >
        <p className="nhsuk-body">{t('planCover.pages.cannotPrice')}</p>
      </Page>
    );
  return <WhoPaysEditor budget={budget} cap={maxWeeklyCharge(pricing.pricing.card)} />;
}

function WhoPaysEditor({ budget, cap }: { budget: Budget; cap: string | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const budgetId = budget.id;
  const initial = useMemo(() => whoPaysToForm(budget.whoPays), [budget.whoPays]);
  const { form, set, clearDraft, setProblems, errors, errorFor } = useForm<WhoPaysForm>(
    draftKey(budgetId, 'who-pays'),
    initial,
    WHO_PAYS_FIELD_IDS,
  );
  const editPlan = useAppStore((state) => state.editPlan);
  const markSection = useAppStore((state) => state.markSection);
  const taskList = href({ page: 'task-list', budgetId });
  const candidate = useMemo(() => {
    const typed = formToWhoPays(form, cap);
    return typed.ok ? withWhoPays(budget, typed.value) : undefined;
  }, [budget, form, cap]);
  const preview = usePricing(candidate);
  const capText = cap === null ? null : formatMoney(cap, locale);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = formToWhoPays(form, cap);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    const whoPays = result.value;
    editPlan(budgetId, (saved) => withWhoPays(saved, whoPays));
    markSection(budgetId, 'who-pays', 'completed');
    clearDraft();
    navigate({ page: 'task-list', budgetId });
  };

  const id = WHO_PAYS_FIELD_IDS;
  return (
    <Page title={t('planCover.whoPaysForm.title')} errors={errors} backLink={{ href: taskList }}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <p className="nhsuk-body">{t('planCover.whoPays.intro')}</p>
          <form onSubmit={submit} noValidate>
            <MoneyInput
              id={id.contribution}
              label={t('planCover.whoPaysForm.contribution')}
              hint={
                capText === null
                  ? t('planCover.whoPaysForm.contributionHint')
                  : t('planCover.whoPaysForm.contributionCapHint', { cap: capText })
              }
              error={errorFor('contribution')}
              suffix={t('planCover.whoPaysForm.aWeek')}
              value={form.contribution}
              onChange={set('contribution')}
            />
            <Radios
              id={id.funder}
              legend={t('planCover.whoPaysForm.funder')}
              legendSize="s"
              hint={t('planCover.whoPaysForm.funderHint')}
              error={errorFor('funder')}
              value={form.funder}
              onChange={set('funder')}
              options={FUNDERS.map((funder) => ({
                value: funder,
                label: t(
                  `planCover.whoPaysForm.funderName.${funder}` as const satisfies MessageKey,
                ),
                ...(funder === 'joint'
                  ? {
                      conditional: (
                        <TextInput
                          id={id.icbPercent}
                          label={t('planCover.whoPaysForm.icbPercent')}
                          hint={t('planCover.whoPaysForm.icbPercentHint')}
                          error={errorFor('icbPercent')}
                          width={5}
                          inputMode="decimal"
                          spellCheck={false}
                          autoComplete="off"
                          suffix="%"
                          value={form.icbPercent}
                          onChange={set('icbPercent')}
                        />
                      ),
                    }
                  : {}),
              }))}
            />
            <LiveFigures
              id="who-pays-split"
              heading={t('planCover.whoPaysForm.splitHeading')}
              waiting={t('planCover.whoPaysForm.noSplit')}
              preview={preview}
              part="whoPays"
            />
            <FormActions
              saveLabel={t('planCover.whoPaysForm.save')}
              cancelLabel={t('planCover.whoPaysForm.cancel')}
              cancelHref={taskList}
              onCancel={clearDraft}
              preventDoubleClick={false}
            />
          </form>
        </div>
      </div>
    </Page>
  );
}
