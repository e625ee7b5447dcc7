/**
 * The task list's last group: the plan's agreement (where it is now) and its reviews (the
 * next review's day, due or overdue by the app's clock), each linking to its page.
 */
import { useTranslation } from '../../hooks/use-translation';
import { reviewStatus } from '../../../domain/reviews/schedule';
import type { Budget } from '../../../domain/schema/budget';
import { today } from '../../../state/clock';
import { TaskList } from '../../components/task-list';
import { formatDate, useLocale } from '../../hooks/budget-format';
import { href } from '../../routes';
import type { MessageKey } from '../../../i18n/message-keys';

export function PlanReviewTasks({ budget }: { budget: Budget }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const budgetId = budget.id;
  const status = budget.plan?.status ?? 'draft';
  const review = reviewStatus(budget, today());
  return (
    <section aria-labelledby="group-plan">
      <h2 className="nhsuk-heading-m" id="group-plan">
        {t('budget.planTasks.heading')}
      </h2>
      <TaskList
        tasks={[
          {
            id: 'task-agreement',
            name: t('budget.planTasks.agreement'),
            hint: t('budget.planTasks.agreementHint'),
            href: href({ page: 'agreement', budgetId }),
            status: status === 'draft' || status === 'proposed' ? 'in-progress' : 'completed',
            statusText: t(`budget.planTasks.status.${status}` as const satisfies MessageKey),
          },
          {
            id: 'task-reviews',
            name: t('budget.planTasks.reviews'),
            hint:
              review.next === null
                ? t('budget.planTasks.noNextReview')
                : t('budget.planTasks.nextReview', { date: formatDate(review.next, locale) }),
            href: href({ page: 'reviews', budgetId }),
            status:
              review.state === 'due' || review.state === 'overdue' ? 'not-started' : 'completed',
            statusText: t(`budget.planTasks.review.${review.state}` as const satisfies MessageKey),
          },
        ]}
      />
    </section>
  );
}
