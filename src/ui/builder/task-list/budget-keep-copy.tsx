/**
 * A reminder to keep the budget as a file (a browser's saved data can be cleared, and
 * Safari clears it after a week unvisited), with the download and the way to delete.
 */
import { useTranslation } from '../../hooks/use-translation';
import { ButtonGroup } from '../../components/button-group';
import { href } from '../../routes';
import { BudgetDownloadButton } from '../../components/budget-download-button';
import { formatDate, useLocale } from '../../hooks/budget-format';

export interface BudgetKeepCopyProps {
  readonly budgetId: string;
  /** When the file was last downloaded, or null if never. */
  readonly exportedAt: string | null;
}

export function BudgetKeepCopy({ budgetId, exportedAt }: BudgetKeepCopyProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="keep-copy">
      <h2 className="nhsuk-heading-m" id="keep-copy">
        {t('budget.keepCopy.heading')}
      </h2>
      <p className="nhsuk-body">
        {exportedAt === null
          ? t('budget.keepCopy.never')
          : t('budget.keepCopy.last', { date: formatDate(exportedAt, locale) })}
      </p>
      <ButtonGroup>
        <BudgetDownloadButton budgetId={budgetId}>
          {t('budget.keepCopy.download')}
        </BudgetDownloadButton>
        <a className="nhsuk-link" href={href({ page: 'delete', budgetId })}>
          {t('budget.keepCopy.delete')}
        </a>
      </ButtonGroup>
    </section>
  );
}
