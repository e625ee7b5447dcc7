/** Why each revision compared was made, and by whom: the "why" beside the "what changed". */
import { useTranslation } from '../hooks/use-translation';
import type { Budget } from '../../domain/schema/budget';
import { SummaryList } from '../components/summary-list';
import { revisionNamed } from '../hooks/use-comparison';
import { formatDate, useLocale } from '../hooks/budget-format';

export function CompareVersionsWhy({
  budget,
  versions,
}: {
  budget: Budget;
  versions: readonly string[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rows = versions.flatMap((version) => {
    const revision = revisionNamed(budget, version);
    if (revision === null) return [];
    const role = t(`revisions.roleShort.${revision.madeBy.role}`);
    const who =
      revision.madeBy.name === undefined
        ? role
        : t('revisions.list.madeByNamed', { name: revision.madeBy.name, role });
    return [
      {
        key: t('revisions.version.revision', { number: revision.number }),
        value: t('revisions.compare.why', {
          date: formatDate(revision.date, locale),
          who,
          reason: revision.reason,
        }),
      },
    ];
  });
  return rows.length === 0 ? null : <SummaryList rows={rows} />;
}
