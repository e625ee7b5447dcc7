/** "Review due" or "Review overdue" as an NHS.UK tag (words, not colour alone); nothing otherwise. */
import { useTranslation } from '../../hooks/use-translation';
import type { ReviewState } from '../../../domain/reviews/schedule';
import { Tag } from '../../components/tag';

export function ReviewStateTag({ state }: { state: ReviewState }) {
  const { t } = useTranslation();
  if (state === 'due') return <Tag colour="yellow">{t('start.budgets.review.due')}</Tag>;
  if (state === 'overdue') return <Tag colour="red">{t('start.budgets.review.overdue')}</Tag>;
  return null;
}
