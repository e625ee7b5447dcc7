/**
 * Risks and contingency: what could go wrong with the support, how likely it is and what is
 * in place (add, change, remove), and the priced contingency if support fails, with a link
 * to change it. One section of the task list.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import { withoutRisk } from '../../../domain/plan-cover/plan-cover-edits';
import type { Risk } from '../../../domain/schema/budget';
import { useAppStore } from '../../../state/store';
import { ButtonLink } from '../../components/button-link';
import { NotificationBanner } from '../../components/notification-banner';
import { Page } from '../../components/page';
import { RemoveConfirm } from '../../components/remove-confirm';
import { SectionComplete, useSectionCompleteError } from '../../components/section-complete';
import { SummaryList } from '../../components/summary-list';
import { ChangeRemoveActions } from '../../components/change-remove-actions';
import { usePricing, useSavedBudget } from '../../hooks/use-budget';
import { href, NEW } from '../../routes';
import { NotFoundPage } from '../../site/not-found-page';
import { PlanCoverFigures } from './plan-cover-figures';
import type { MessageKey } from '../../../i18n/message-keys';

export const removeRiskButtonId = (riskId: string) => `remove-risk-${riskId}`;

export function RisksPage({ budgetId }: { budgetId: string }) {
  const { t } = useTranslation();
  const sectionError = useSectionCompleteError();
  const budget = useSavedBudget(budgetId)?.budget;
  const pricing = usePricing(budget);
  const editPlan = useAppStore((state) => state.editPlan);
  const [removing, setRemoving] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const askToRemove = useCallback((riskId: string) => {
    setRemoved(null);
    setRemoving(riskId);
  }, []);
  if (budget === undefined) return <NotFoundPage />;

  const risks = budget.risks ?? [];
  const asked = risks.find((risk) => risk.id === removing);
  const cancelRemove = () => {
    setRemoving(null);
    // Back to the button that asked, so keyboard users carry on where they were.
    if (asked !== undefined) document.getElementById(removeRiskButtonId(asked.id))?.focus();
  };
  const confirmRemove = () => {
    if (asked === undefined) return;
    const riskId = asked.id;
    editPlan(budgetId, (saved) => withoutRisk(saved, riskId));
    setRemoving(null);
    setRemoved(asked.what);
  };

  return (
    <Page
      errors={sectionError.errors}
      title={t('planCover.pages.risksTitle')}
      backLink={{ href: href({ page: 'task-list', budgetId }) }}
    >
      {removed !== null && (
        <NotificationBanner success heading={t('planCover.pages.riskRemoved', { what: removed })} />
      )}
      <div className="nhsuk-u-reading-width">
        <p>{t('planCover.risks.intro')}</p>
      </div>
      {asked !== undefined && (
        <RemoveConfirm
          headingId="risk-remove-heading"
          heading={t('planCover.pages.removeHeading', { what: asked.what })}
          yes={t('planCover.pages.removeYes')}
          no={t('planCover.pages.removeNo')}
          onConfirm={confirmRemove}
          onCancel={cancelRemove}
          asking={asked.what}
        />
      )}
      <h2 className="nhsuk-heading-m">{t('planCover.risks.heading')}</h2>
      {risks.length === 0 ? (
        <p className="nhsuk-body">{t('planCover.risks.none')}</p>
      ) : (
        risks.map((risk) => (
          <RiskCard key={risk.id} budgetId={budgetId} risk={risk} onRemove={askToRemove} />
        ))
      )}
      <ButtonLink variant="secondary" href={href({ page: 'risk', budgetId, riskId: NEW })}>
        {risks.length === 0 ? t('planCover.pages.addRisk') : t('planCover.pages.addAnotherRisk')}
      </ButtonLink>
      <h2 className="nhsuk-heading-m">{t('planCover.contingency.heading')}</h2>
      <div className="nhsuk-u-reading-width">
        <p>{t('planCover.contingency.intro')}</p>
      </div>
      {pricing?.kind === 'priced' ? (
        <PlanCoverFigures pricing={pricing.pricing} part="contingency" />
      ) : (
        <p className="nhsuk-body">{t('planCover.pages.cannotPrice')}</p>
      )}
      <p className="nhsuk-body">
        <a className="nhsuk-link" href={href({ page: 'contingency', budgetId })}>
          {budget.contingency === undefined
            ? t('planCover.pages.addContingency')
            : t('planCover.pages.changeContingency')}
        </a>
      </p>
      <SectionComplete budgetId={budgetId} section="risks" error={sectionError} />
    </Page>
  );
}

interface RiskCardProps {
  readonly budgetId: string;
  readonly risk: Risk;
  readonly onRemove: (riskId: string) => void;
}

function RiskCard({ budgetId, risk, onRemove }: RiskCardProps) {
  const { t } = useTranslation();
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-s app-pre-line">{risk.what}</h3>
        <SummaryList
          noBorder
          rows={[
            {
              key: t('planCover.risks.likelihood'),
              value: t(`planCover.likelihood.${risk.likelihood}` as const satisfies MessageKey),
            },
            {
              key: t('planCover.risks.inPlace'),
              value: (
                <span className="app-pre-line">
                  {risk.inPlace ?? t('planCover.risks.nothingInPlace')}
                </span>
              ),
            },
          ]}
        />
        <ChangeRemoveActions
          changeHref={href({ page: 'risk', budgetId, riskId: risk.id })}
          changeLabel={t('planCover.pages.change')}
          removeLabel={t('planCover.pages.remove')}
          removeId={removeRiskButtonId(risk.id)}
          onRemove={() => onRemove(risk.id)}
          context={t('planCover.pages.riskContext', { what: risk.what })}
        />
      </div>
    </div>
  );
}
