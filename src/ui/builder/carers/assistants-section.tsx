/**
 * The personal assistants on the carers page: each named assistant's card, and the way to
 * add one. Removing an assistant keeps the needs that named them, with nobody named.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import type Decimal from 'decimal.js';
import type { BudgetPricing } from '../../../domain/pricing/price-budget';
import type { Assistant } from '../../../domain/schema/budget';
import { assistantHours } from '../../../domain/warnings';
import { useAppStore } from '../../../state/store';
import { ButtonLink } from '../../components/button-link';
import { href, NEW } from '../../routes';
import { AssistantCard } from './assistant-card';
import { warningsAbout } from './assistant-warnings';
import type { CarerSupportLine } from './carer-remove-panel';

const NO_LINES: readonly CarerSupportLine[] = [];

export interface AssistantsSectionProps {
  readonly budgetId: string;
  readonly assistants: readonly Assistant[];
  /** Undefined when the budget cannot be priced: then no hours or warnings show. */
  readonly pricing: BudgetPricing | undefined;
  /** The needs that name each assistant, by the assistant's id. */
  readonly worked: ReadonlyMap<string, readonly CarerSupportLine[]>;
  readonly onAskToRemove: () => void;
  /** Says what was removed: the banner's heading, and what became of the needs. */
  readonly onRemoved: (banner: { heading: string; body?: string }) => void;
}

export function AssistantsSection(props: AssistantsSectionProps) {
  const { budgetId, assistants, pricing, worked, onAskToRemove, onRemoved } = props;
  const { t } = useTranslation();
  const removeAssistant = useAppStore((state) => state.removeAssistant);
  const [removing, setRemoving] = useState<string | null>(null);

  const hours = useMemo(() => {
    const byId = new Map<string, Decimal>();
    if (pricing !== undefined)
      for (const assistant of assistants)
        byId.set(assistant.id, assistantHours(assistant.id, pricing.lines));
    return byId;
  }, [assistants, pricing]);

  const askToRemove = useCallback(
    (assistantId: string) => {
      onAskToRemove();
      setRemoving(assistantId);
    },
    [onAskToRemove],
  );
  const cancelRemove = useCallback(() => setRemoving(null), []);
  const confirmRemove = useCallback(
    (assistantId: string) => {
      const name =
        assistants.find((assistant) => assistant.id === assistantId)?.name ?? assistantId;
      const count = worked.get(assistantId)?.length ?? 0;
      removeAssistant(budgetId, assistantId);
      setRemoving(null);
      onRemoved({
        heading: t('carers.assistants.removed', { name }),
        ...(count === 0 ? {} : { body: t('carers.assistants.removedLines', { count }) }),
      });
    },
    [assistants, budgetId, onRemoved, removeAssistant, t, worked],
  );

  const hasAssistants = assistants.length > 0;
  return (
    <section aria-labelledby="assistants-heading" className="nhsuk-u-margin-top-7">
      <h2 className="nhsuk-heading-l" id="assistants-heading">
        {t('carers.assistants.heading')}
      </h2>
      <p className="nhsuk-u-reading-width">{t('carers.assistants.intro')}</p>
      {hasAssistants ? (
        assistants.map((assistant) => (
          <AssistantCard
            key={assistant.id}
            budgetId={budgetId}
            assistant={assistant}
            hours={hours.get(assistant.id)}
            warnings={pricing === undefined ? [] : warningsAbout(pricing.warnings, assistant.id)}
            lines={worked.get(assistant.id) ?? NO_LINES}
            removing={removing === assistant.id}
            onRemove={askToRemove}
            onConfirmRemove={confirmRemove}
            onCancelRemove={cancelRemove}
          />
        ))
      ) : (
        <p>{t('carers.assistants.none')}</p>
      )}
      <ButtonLink
        variant="secondary"
        href={href({ page: 'assistant', budgetId, assistantId: NEW })}
      >
        {hasAssistants ? t('carers.assistants.addAnother') : t('carers.assistants.add')}
      </ButtonLink>
    </section>
  );
}
