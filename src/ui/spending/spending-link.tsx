/**
 * The way from a budget's task list and its summary to what has been spent and what is
 * left: shown once the plan has a start day, which holding spending against it needs.
 * Loaded with the spending's words, so they stay out of the start-up script.
 */
import { useTranslation } from '../hooks/use-translation';
import type { Budget } from '../../domain/schema/budget';
import { spendingHref } from './spending-href';

export function SpendingLink({ budget }: { budget: Budget }) {
  const { t } = useTranslation();
  if (budget.plan === undefined) return null;
  return (
    <section aria-labelledby="spending-link-heading" className="app-no-print">
      <h2 className="nhsuk-heading-m" id="spending-link-heading">
        {t('spending.link.heading')}
      </h2>
      <p className="nhsuk-body">
        <a className="nhsuk-link" href={spendingHref.left(budget.id)}>
          {t('spending.link.text')}
        </a>
      </p>
      <p className="nhsuk-body">{t('spending.link.hint')}</p>
    </section>
  );
}
