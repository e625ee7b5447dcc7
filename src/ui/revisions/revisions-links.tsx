/** From a budget's task list to its revisions, re-pricing and the commissioner's view. */
import { useTranslation } from '../hooks/use-translation';
import type { Budget } from '../../domain/schema/budget';
import { revisionsOf } from '../../domain/revisions/history';
import { href } from '../routes';

export function RevisionsLinks({ budget }: { budget: Budget }) {
  const { t } = useTranslation();
  return (
    <>
      <h2 className="nhsuk-heading-m">{t('budget.revisionLinks.heading')}</h2>
      <ul className="nhsuk-list">
        <li>
          <a className="nhsuk-link" href={href({ page: 'revisions', budgetId: budget.id })}>
            {t('budget.revisionLinks.revisions', { count: revisionsOf(budget).length })}
          </a>
        </li>
        <li>
          <a className="nhsuk-link" href={href({ page: 'commissioner', budgetId: budget.id })}>
            {t('budget.revisionLinks.commissioner')}
          </a>
        </li>
      </ul>
    </>
  );
}
