/** The saved revisions, newest first, each with a link to view it and to compare it. */
import { useTranslation } from '../hooks/use-translation';
import type { Revision } from '../../domain/schema/budget';
import { localise } from '../../i18n/localise';
import { Table } from '../components/table';
import { VisuallyHidden } from '../components/visually-hidden';
import { rateCardById } from '../hooks/use-budget';
import { CURRENT, href } from '../routes';
import { formatDate, useLocale } from '../hooks/budget-format';

export function RevisionsTable({
  budgetId,
  revisions,
}: {
  budgetId: string;
  revisions: readonly Revision[];
}) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const madeBy = (revision: Revision) => {
    const role = t(`revisions.roleShort.${revision.madeBy.role}`);
    return revision.madeBy.name === undefined
      ? role
      : t('revisions.list.madeByNamed', { name: revision.madeBy.name, role });
  };
  const cardName = (id: string) => {
    const card = rateCardById(id);
    return card === undefined ? id : localise(card.name, i18n.language);
  };
  const link = (to: string, label: string, hidden: string) => (
    <li key={to}>
      <a className="nhsuk-link" href={to}>
        {label}
        <VisuallyHidden>{hidden}</VisuallyHidden>
      </a>
    </li>
  );
  return (
    <Table
      caption={t('revisions.list.tableCaption')}
      firstCellIsHeader
      responsive
      columns={[
        { heading: t('revisions.list.number') },
        // Every revision was saved on its day; only some were agreed (the view says which).
        { heading: t('revisions.list.savedOn') },
        { heading: t('revisions.list.reason') },
        { heading: t('revisions.list.madeBy') },
        { heading: t('revisions.list.rateCard') },
        { heading: t('revisions.list.actions') },
      ]}
      rows={[...revisions].reverse().map((revision) => {
        const { number } = revision;
        const text = String(number);
        return {
          key: text,
          cells: [
            text,
            formatDate(revision.date, locale),
            revision.reason,
            madeBy(revision),
            cardName(revision.rateCard),
            <ul className="nhsuk-list app-revision-actions" key="actions">
              {link(
                href({ page: 'revision', budgetId, revision: text }),
                t('revisions.list.view'),
                t('revisions.list.viewHidden', { number }),
              )}
              {number > 1 &&
                link(
                  href({ page: 'compare', budgetId, from: String(number - 1), to: text }),
                  t('revisions.list.comparePrevious', { previous: number - 1 }),
                  t('revisions.list.comparePreviousHidden', { number }),
                )}
              {link(
                href({ page: 'compare', budgetId, from: text, to: CURRENT }),
                t('revisions.list.compareDraft'),
                t('revisions.list.compareDraftHidden', { number }),
              )}
            </ul>,
          ],
        };
      })}
    />
  );
}
