/**
 * A comparison of two versions of a plan, in plain English and in tables: the totals,
 * each need, each expense and each carer. The figures are the domain's diff, formatted
 * only: the same as `npm run price -- compare`.
 */
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../domain/format';
import { overallChange, type BudgetDiff } from '../../domain/revisions/diff';
import { localise } from '../../i18n/localise';
import { useLocale } from '../hooks/budget-format';
import { RevisionDiffAmounts } from './revision-diff-amounts';
import { RevisionDiffCarers } from './revision-diff-carers';
import { RevisionDiffLines } from './revision-diff-lines';
import { RevisionDiffTotals } from './revision-diff-totals';

export function RevisionDiff({ diff }: { diff: BudgetDiff }) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const names = new Map(
    [...diff.from.card.domains, ...diff.to.card.domains].map((domain) => [
      domain.id,
      localise(domain.name, i18n.language),
    ]),
  );
  const count = (kind: 'added' | 'removed' | 'changed' | 'unchanged') =>
    t(`revisions.compare.${kind}`, {
      count: diff.lines.filter((line) => line.kind === kind).length,
    });
  const { direction, weekly, annual } = overallChange(diff);
  return (
    <>
      <p className="nhsuk-body-l">
        {t(`revisions.compare.${direction}`, {
          weekly: formatMoney(weekly, locale),
          annual: formatMoney(annual, locale),
        })}{' '}
        {t('revisions.compare.counts', {
          added: count('added'),
          removed: count('removed'),
          changed: count('changed'),
          unchanged: count('unchanged'),
        })}
      </p>
      <RevisionDiffTotals diff={diff} />
      <RevisionDiffLines diff={diff} domainName={(id) => names.get(id) ?? id} />
      <RevisionDiffAmounts diff={diff} />
      <RevisionDiffCarers diff={diff} />
      <p className="nhsuk-body-s">{t('revisions.compare.rounding')}</p>
    </>
  );
}
