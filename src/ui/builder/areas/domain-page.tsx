/**
 * One area of the person's life (#/budgets/:id/domains/:domainId): the needs in it, each
 * priced by the domain, with ways to change, copy or remove one and to add another; the
 * running total; and "Have you completed this section?".
 */
import { useCallback, useState } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import { formatMoney } from '../../../domain/format';
import { domainSectionId } from '../../../domain/sections';
import { localise } from '../../../i18n/localise';
import { useAppStore } from '../../../state/store';
import { ButtonLink } from '../../components/button-link';
import { InsetText } from '../../components/inset-text';
import { NotificationBanner } from '../../components/notification-banner';
import { Page } from '../../components/page';
import { SummaryList } from '../../components/summary-list';
import { rateCardById, usePricing, useSavedBudget } from '../../hooks/use-budget';
import { href, NEW } from '../../routes';
import { BudgetCannotPrice } from '../../components/budget-cannot-price';
import { FlashBanner } from '../../components/budget-flash';
import { useLocale } from '../../hooks/budget-format';
import { budgetHeading } from '../../../present/budget-names';
import { removeButtonId } from './domain-line-row';
import { DomainLinesTable } from './domain-lines-table';
import { DomainRemoveConfirm } from './domain-remove-confirm';
import { sameNamePosition } from '../../../present/same-name';
import { RunningTotal } from '../../components/running-total';
import { SectionComplete, useSectionCompleteError } from '../../components/section-complete';
import { NotFoundPage } from '../../site/not-found-page';

/** What the person just did on this page, said in a success banner. */
type Notice =
  | { readonly kind: 'duplicated'; readonly activity: string; readonly copyId: string }
  | { readonly kind: 'removed'; readonly activity: string };

export function DomainPage({ budgetId, domainId }: { budgetId: string; domainId: string }) {
  const { t, i18n } = useTranslation();
  const sectionError = useSectionCompleteError();
  const locale = useLocale();
  const budget = useSavedBudget(budgetId)?.budget;
  const pricing = usePricing(budget);
  const duplicateLine = useAppStore((state) => state.duplicateLine);
  const removeLine = useAppStore((state) => state.removeLine);
  const [removing, setRemoving] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  // Stable callbacks, so the memoised rows do not re-render when this page does. They read
  // the line from the store at the moment of the click rather than close over the budget.
  const onDuplicate = useCallback(
    (lineId: string) => {
      const original = useAppStore
        .getState()
        .budgets[budgetId]?.budget.lines.find((line) => line.id === lineId);
      const copyId = duplicateLine(budgetId, lineId);
      setRemoving(null);
      if (original !== undefined && copyId !== null)
        setNotice({ kind: 'duplicated', activity: original.activity, copyId });
    },
    [budgetId, duplicateLine],
  );
  const onRemove = useCallback((lineId: string) => {
    setNotice(null);
    setRemoving(lineId);
  }, []);

  const card = budget === undefined ? undefined : rateCardById(budget.rateCard);
  const domain = card?.domains.find((candidate) => candidate.id === domainId);
  if (budget === undefined || card === undefined || domain === undefined || pricing === undefined) {
    return <NotFoundPage />;
  }

  const domainName = localise(domain.name, i18n.language);
  const domainRoute = { page: 'domain', budgetId, domainId } as const;
  const priced = pricing.kind === 'priced' ? pricing.pricing : undefined;
  const hasLines = budget.lines.some((line) => line.domain === domainId);
  const toRemove =
    removing === null ? undefined : budget.lines.find((line) => line.id === removing);
  const areaTotal = priced?.byDomain.get(domainId);
  const areaHasExpenses = budget.expenses.some((expense) => expense.domain === domainId);

  const confirmRemove = () => {
    if (toRemove === undefined) return;
    removeLine(budgetId, toRemove.id);
    setRemoving(null);
    setNotice({ kind: 'removed', activity: toRemove.activity });
  };
  const cancelRemove = () => {
    const lineId = removing;
    setRemoving(null);
    // Back to the button that asked, so a keyboard user carries on where they were.
    if (lineId !== null)
      requestAnimationFrame(() => document.getElementById(removeButtonId(lineId))?.focus());
  };

  return (
    <Page
      errors={sectionError.errors}
      title={domainName}
      backLink={{ href: href({ page: 'task-list', budgetId }) }}
      headingInContent
    >
      {/* NHS.UK puts a success banner straight above the h1, so this page draws its own h1. */}
      {/* One success banner at a time: what was just done here replaces news from the last page. */}
      <FlashBanner target={href(domainRoute)} superseded={notice !== null} />
      {notice?.kind === 'removed' && (
        <NotificationBanner
          success
          heading={t('lines.domain.removed', { activity: notice.activity })}
        />
      )}
      {notice?.kind === 'duplicated' && (
        <NotificationBanner
          success
          heading={t('lines.domain.duplicated', { activity: notice.activity })}
        >
          <p>{t('lines.domain.duplicatedBody')}</p>
          <p>
            <a
              className="nhsuk-notification-banner__link"
              href={href({ page: 'line', budgetId, domainId, lineId: notice.copyId })}
            >
              {t('lines.domain.changeCopy')}
            </a>
          </p>
        </NotificationBanner>
      )}
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        <span className="nhsuk-caption-l">{budgetHeading(budget, t)}</span> {domainName}
      </h1>
      <p className="nhsuk-body">{t('lines.domain.intro')}</p>
      <BudgetCannotPrice budgetId={budgetId} pricing={pricing} />

      {toRemove !== undefined && (
        <DomainRemoveConfirm
          activity={toRemove.activity}
          which={sameNamePosition(
            budget.lines.filter((line) => line.domain === domainId),
            toRemove.id,
            (line) => line.activity,
          )}
          onConfirm={confirmRemove}
          onCancel={cancelRemove}
        />
      )}

      {hasLines ? (
        <DomainLinesTable
          budget={budget}
          card={card}
          domainId={domainId}
          domainName={domainName}
          pricing={priced}
          onDuplicate={onDuplicate}
          onRemove={onRemove}
        />
      ) : (
        <InsetText>
          <p>{t('lines.domain.empty')}</p>
          <p>{t('lines.domain.emptyHint')}</p>
        </InsetText>
      )}

      {areaTotal !== undefined && hasLines && (
        <SummaryList
          rows={[
            {
              key: t('lines.domain.areaTotal'),
              value: (
                <>
                  {t('lines.domain.areaTotalValue', {
                    weekly: formatMoney(areaTotal.weekly, locale),
                    annual: formatMoney(areaTotal.annual, locale),
                  })}
                  {areaHasExpenses && (
                    <span className="nhsuk-u-display-block nhsuk-u-secondary-text-colour nhsuk-u-font-size-16">
                      {t('lines.domain.areaTotalWithExpenses')}
                    </span>
                  )}
                </>
              ),
            },
          ]}
        />
      )}

      <ButtonLink
        href={href({ page: 'line', budgetId, domainId, lineId: NEW })}
        variant="secondary"
      >
        {t('lines.domain.add')}
      </ButtonLink>

      {priced !== undefined && <RunningTotal totals={priced.totals} />}

      <SectionComplete
        budgetId={budgetId}
        section={domainSectionId(domainId)}
        error={sectionError}
      />
    </Page>
  );
}
