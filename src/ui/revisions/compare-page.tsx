/**
 * What changed between two versions of a plan (#/budgets/:id/compare/:from/:to, each a
 * revision number or `current`): the same figures as `npm run price -- compare`.
 */
import { useTranslation } from '../hooks/use-translation';
import { Page } from '../components/page';
import { useComparison } from '../hooks/use-comparison';
import { useSavedBudget } from '../hooks/use-budget';
import { budgetHeading } from '../../present/budget-names';
import { versionWords } from '../../present/revision-diff';
import { CompareVersionsWhy } from './compare-versions-why';
import { RevisionDiff } from './revision-diff';
import { ProblemList } from '../problem-list';
import { CURRENT, href } from '../routes';
import { NotFoundPage } from '../site/not-found-page';

export function ComparePage({
  budgetId,
  from,
  to,
}: {
  budgetId: string;
  from: string;
  to: string;
}) {
  const { t } = useTranslation();
  const budget = useSavedBudget(budgetId)?.budget;
  const compared = useComparison(budget, from, to);
  if (budget === undefined || compared.kind === 'not-found') return <NotFoundPage />;
  const version = (value: string) => versionWords(value === CURRENT ? 'current' : Number(value), t);
  return (
    <Page
      title={t('revisions.compare.title', { from: version(from), to: version(to) })}
      caption={budgetHeading(budget, t)}
      backLink={{ href: href({ page: 'revisions', budgetId }) }}
    >
      <CompareVersionsWhy budget={budget} versions={[from, to]} />
      {compared.kind === 'problems' ? (
        <ProblemList title={t('revisions.compare.cannotCompare')} problems={compared.problems} />
      ) : (
        <RevisionDiff diff={compared.diff} />
      )}
      <p className="nhsuk-body">
        <a className="nhsuk-link" href={href({ page: 'revisions', budgetId })}>
          {t('revisions.compare.back')}
        </a>
      </p>
    </Page>
  );
}
