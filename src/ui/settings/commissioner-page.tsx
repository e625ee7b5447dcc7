/**
 * The commissioner's view (#/budgets/:id/commissioner): this plan at home against each
 * residential and nursing setting, with the break-even extra provider hours; what the
 * plan would cost if the carers could no longer care; and the what-if that moves a
 * carer's care to paid support, saved only when asked. Figures match `npm run price`.
 */
import { useTranslation } from '../hooks/use-translation';
import { localise } from '../../i18n/localise';
import { Page } from '../components/page';
import { usePricing, useSavedBudget } from '../hooks/use-budget';
import { BudgetCannotPrice } from '../components/budget-cannot-price';
import { budgetHeading } from '../../present/budget-names';
import { CommissionerSettings } from './commissioner-settings';
import { CommissionerUnpaid } from './commissioner-unpaid';
import { CommissionerWhatIf, useWhatIfForm } from './commissioner-what-if';
import { href } from '../routes';
import { NotFoundPage } from '../site/not-found-page';

export function CommissionerPage({ budgetId }: { budgetId: string }) {
  const { t, i18n } = useTranslation();
  const budget = useSavedBudget(budgetId)?.budget;
  const priced = usePricing(budget);
  const whatIf = useWhatIfForm(budgetId);
  if (budget === undefined || priced === undefined) return <NotFoundPage />;
  return (
    <Page
      title={t('revisions.commissioner.title')}
      caption={budgetHeading(budget, t)}
      errors={whatIf.errors}
      backLink={{ href: href({ page: 'task-list', budgetId }) }}
    >
      {priced.kind !== 'priced' ? (
        <BudgetCannotPrice budgetId={budgetId} pricing={priced} />
      ) : (
        <>
          <p className="nhsuk-body">
            {t('revisions.commissioner.intro', {
              card: localise(priced.pricing.card.name, i18n.language),
            })}
          </p>
          <CommissionerSettings pricing={priced.pricing} />
          <h2 className="nhsuk-heading-m">{t('revisions.commissioner.unpaidHeading')}</h2>
          <CommissionerUnpaid pricing={priced.pricing} />
          <h2 className="nhsuk-heading-m">{t('revisions.commissioner.whatIfHeading')}</h2>
          <p className="nhsuk-body">{t('revisions.commissioner.whatIfIntro')}</p>
          <CommissionerWhatIf budgetId={budgetId} pricing={priced.pricing} whatIf={whatIf} />
        </>
      )}
    </Page>
  );
}
