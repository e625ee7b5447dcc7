/**
 * The unpaid carers of a plan: who they are, the care the plan relies on them for, and
 * flags when that is a lot; then the personal assistants the person employs, named
 * with their contracts. Hours and flags come from the budget's pricing.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import type { CarerBurden } from '../../../domain/carer-burden';
import type { Locale } from '../../../domain/format';
import type { Assistant, NeedLine } from '../../../domain/schema/budget';
import { localise } from '../../../i18n/localise';
import { useAppStore } from '../../../state/store';
import { ButtonLink } from '../../components/button-link';
import { Details } from '../../components/details';
import { FlashBanner } from '../../components/budget-flash';
import { NotificationBanner } from '../../components/notification-banner';
import { Page } from '../../components/page';
import { WarningCallout } from '../../components/warning-callout';
import { rateCardById, usePricing, useSavedBudget } from '../../hooks/use-budget';
import { AssistantsSection } from './assistants-section';
import { CarerCard } from './carer-card';
import { CarerPolicyList } from './carer-policy';
import type { CarerSupportLine } from './carer-remove-panel';
import { SectionComplete, useSectionCompleteError } from '../../components/section-complete';
import { href, NEW } from '../../routes';
import { NotFoundPage } from '../../site/not-found-page';
import { localeOf } from '../../../i18n/languages';

const NO_SUPPORT: readonly CarerSupportLine[] = [];
const NO_ASSISTANTS: readonly Assistant[] = [];

export function CarersPage({ budgetId }: { budgetId: string }) {
  const { t, i18n } = useTranslation();
  const sectionError = useSectionCompleteError();
  const locale: Locale = localeOf(i18n.language);
  const budget = useSavedBudget(budgetId)?.budget;
  const pricingState = usePricing(budget);
  const removeCarer = useAppStore((state) => state.removeCarer);
  const [removing, setRemoving] = useState<string | null>(null);
  // What was just removed, said in a success banner at the top of the page.
  const [removed, setRemoved] = useState<{ heading: string; body?: string } | null>(null);

  const card =
    pricingState?.kind === 'priced'
      ? pricingState.pricing.card
      : budget && rateCardById(budget.rateCard);
  const burdens = useMemo(() => {
    const byId = new Map<string, CarerBurden>();
    if (pricingState?.kind === 'priced')
      for (const burden of pricingState.pricing.carers) byId.set(burden.carer.id, burden);
    return byId;
  }, [pricingState]);

  // The lines each carer gives and each assistant works, so a card shows them and a refusal names them.
  const { support, worked } = useMemo(() => {
    const byCarer = new Map<string, CarerSupportLine[]>();
    const byAssistant = new Map<string, CarerSupportLine[]>();
    const domainName = (id: string) => {
      const domain = card?.domains.find((candidate) => candidate.id === id);
      return domain === undefined ? id : localise(domain.name, i18n.language);
    };
    const add = (to: Map<string, CarerSupportLine[]>, key: string, line: NeedLine) => {
      const lines = to.get(key) ?? [];
      lines.push({
        id: line.id,
        activity: line.activity,
        domainId: line.domain,
        domainName: domainName(line.domain),
      });
      to.set(key, lines);
    };
    for (const line of budget?.lines ?? []) {
      if (line.carer !== undefined) add(byCarer, line.carer, line);
      if (line.assistant !== undefined) add(byAssistant, line.assistant, line);
    }
    return { support: byCarer, worked: byAssistant };
  }, [budget, card, i18n.language]);

  const areas = useMemo(
    () =>
      (card?.domains ?? []).map((domain) => ({
        id: domain.id,
        name: localise(domain.name, i18n.language),
      })),
    [card, i18n.language],
  );

  const askToRemove = useCallback((carerId: string) => {
    setRemoved(null);
    setRemoving(carerId);
  }, []);
  const cancelRemove = useCallback(() => setRemoving(null), []);
  const confirmRemove = useCallback(
    (carerId: string) => {
      const name = useAppStore
        .getState()
        .budgets[budgetId]?.budget.carers.find((c) => c.id === carerId)?.name;
      // Refused while a line relies on the carer: the panel then says which lines, so keep it open.
      if (!removeCarer(budgetId, carerId)) return;
      setRemoving(null);
      setRemoved(name === undefined ? null : { heading: t('carers.removed', { name }) });
    },
    [budgetId, removeCarer, t],
  );

  if (budget === undefined) return <NotFoundPage />;
  const hasCarers = budget.carers.length > 0;

  return (
    <Page
      errors={sectionError.errors}
      title={t('carers.title')}
      backLink={{ href: href({ page: 'task-list', budgetId }) }}
    >
      <FlashBanner target={href({ page: 'carers', budgetId })} />
      {removed !== null && (
        <NotificationBanner success heading={removed.heading}>
          {removed.body !== undefined && <p>{removed.body}</p>}
        </NotificationBanner>
      )}
      <div className="nhsuk-u-reading-width">
        <p>{t('carers.intro')}</p>
        <p>{t('carers.why')}</p>
        <CarerPolicyList policy={card?.carerPolicy} locale={locale} />
      </div>
      {pricingState !== undefined && pricingState.kind !== 'priced' && (
        <WarningCallout heading={t('carers.noFigures.heading')}>
          <p>
            {pricingState.kind === 'no-card'
              ? t('carers.noFigures.noCard', { card: pricingState.cardId })
              : t('carers.noFigures.problems')}
          </p>
        </WarningCallout>
      )}
      {hasCarers ? (
        budget.carers.map((carer) => (
          <CarerCard
            key={carer.id}
            budgetId={budgetId}
            carer={carer}
            burden={burdens.get(carer.id)}
            support={support.get(carer.id) ?? NO_SUPPORT}
            areas={areas}
            lines={budget.lines}
            locale={locale}
            removing={removing === carer.id}
            onRemove={askToRemove}
            onConfirmRemove={confirmRemove}
            onCancelRemove={cancelRemove}
          />
        ))
      ) : (
        <>
          <p className="nhsuk-body-l">{t('carers.none')}</p>
          <p>{t('carers.noneHint')}</p>
        </>
      )}
      <ButtonLink variant="secondary" href={href({ page: 'carer', budgetId, carerId: NEW })}>
        {hasCarers ? t('carers.addAnother') : t('carers.add')}
      </ButtonLink>
      {hasCarers && (
        <Details summary={t('carers.paidSupport.summary')}>
          <p>{t('carers.paidSupport.pa')}</p>
          <p>{t('carers.paidSupport.provider')}</p>
        </Details>
      )}
      <AssistantsSection
        budgetId={budgetId}
        assistants={budget.assistants ?? NO_ASSISTANTS}
        pricing={pricingState?.kind === 'priced' ? pricingState.pricing : undefined}
        worked={worked}
        onAskToRemove={() => setRemoved(null)}
        onRemoved={setRemoved}
      />
      <SectionComplete budgetId={budgetId} section="carers" error={sectionError} />
    </Page>
  );
}
