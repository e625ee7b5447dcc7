/**
 * One saved revision, read-only: who made it and why, what it cost, and each need. It
 * can be made the current draft again; the revision itself never changes.
 */
import { useTranslation } from '../hooks/use-translation';
import { formatHours, formatMoney } from '../../domain/format';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import type { Revision } from '../../domain/schema/budget';
import { localise } from '../../i18n/localise';
import { labelsFor } from '../../present/labels';
import { useAppStore } from '../../state/store';
import { Button } from '../components/button';
import { SummaryList } from '../components/summary-list';
import { Table } from '../components/table';
import { WarningCallout } from '../components/warning-callout';
import { href, navigate } from '../routes';
import { setFlash } from '../components/budget-flash';
import { formatDate, useLocale } from '../hooks/budget-format';

/** A revision of a plan whose status was agreed, active or ended when it was saved. */
const isAgreed = (revision: Revision) =>
  ['agreed', 'active', 'ended'].includes(revision.snapshot.plan?.status ?? 'draft');

export function RevisionView({
  budgetId,
  revision,
  pricing,
}: {
  budgetId: string;
  revision: Revision;
  pricing: BudgetPricing | null;
}) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const restoreRevision = useAppStore((state) => state.restoreRevision);
  const { number } = revision;
  const restore = () => {
    if (!restoreRevision(budgetId, number)) return;
    const target = href({ page: 'task-list', budgetId });
    setFlash({ target, heading: 'revisions.view.restored', values: { number: String(number) } });
    navigate({ page: 'task-list', budgetId });
  };
  const role = t(`revisions.role.${revision.madeBy.role}`);
  return (
    <>
      <h2 className="nhsuk-heading-m">{t('revisions.view.details')}</h2>
      <SummaryList
        rows={[
          // "Agreed on" only for a plan that was agreed when it was saved; otherwise it was saved, no more.
          {
            key: t(isAgreed(revision) ? 'revisions.list.date' : 'revisions.list.savedOn'),
            value: formatDate(revision.date, locale),
          },
          { key: t('revisions.list.reason'), value: revision.reason },
          {
            key: t('revisions.list.madeBy'),
            value:
              revision.madeBy.name === undefined
                ? role
                : t('revisions.list.madeByNamed', { name: revision.madeBy.name, role }),
          },
          {
            key: t('revisions.list.rateCard'),
            value:
              pricing === null ? revision.rateCard : localise(pricing.card.name, i18n.language),
          },
        ]}
      />
      {pricing === null ? (
        <p className="nhsuk-body">{t('revisions.view.cannotPrice', { card: revision.rateCard })}</p>
      ) : (
        <RevisionFigures pricing={pricing} />
      )}
      <WarningCallout heading={t('revisions.view.restoreHeading')} headingLevel={2}>
        <p>{t('revisions.view.restoreWarning')}</p>
        <Button type="button" variant="secondary" onClick={restore} preventDoubleClick>
          {t('revisions.view.restore', { number })}
        </Button>
      </WarningCallout>
    </>
  );
}

function RevisionFigures({ pricing }: { pricing: BudgetPricing }) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const labels = labelsFor(pricing, t, i18n.language);
  const { totals } = pricing;
  return (
    <>
      <h2 className="nhsuk-heading-m">{t('revisions.view.totals')}</h2>
      <SummaryList
        rows={[
          { key: t('revisions.view.weekly'), value: formatMoney(totals.weekly, locale) },
          { key: t('revisions.view.annual'), value: formatMoney(totals.annual, locale) },
          { key: t('revisions.view.oneOff'), value: formatMoney(totals.oneOff, locale) },
          { key: t('revisions.view.firstYear'), value: formatMoney(totals.firstYear, locale) },
        ]}
      />
      <Table
        caption={t('revisions.view.lines')}
        firstCellIsHeader
        responsive
        columns={[
          { heading: t('revisions.view.lineColumn') },
          { heading: t('revisions.view.whoColumn') },
          { heading: t('revisions.view.hoursColumn'), numeric: true },
          { heading: t('revisions.view.weeklyColumn'), numeric: true },
          { heading: t('revisions.view.annualColumn'), numeric: true },
        ]}
        rows={pricing.lines.map((priced) => {
          const { line } = priced;
          const named =
            line.provider !== undefined
              ? labels.provider(line.provider)
              : line.carer !== undefined
                ? labels.carer(line.carer)
                : null;
          return {
            key: line.id,
            cells: [
              t('revisions.compare.lineName', {
                activity: line.activity,
                domain: labels.domain(line.domain),
              }),
              named === null
                ? labels.resourceTitle(line.resource)
                : `${labels.resourceTitle(line.resource)}: ${named}`,
              line.kind === 'sleep-in'
                ? t('revisions.view.nightsValue', { count: priced.nights })
                : formatHours(priced.hours, locale),
              formatMoney(priced.weekly, locale),
              formatMoney(priced.annual, locale),
            ],
          };
        })}
      />
    </>
  );
}
