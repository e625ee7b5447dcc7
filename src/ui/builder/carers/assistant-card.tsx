/**
 * One named personal assistant as a summary card: their contract, the hours of the needs
 * they work, which needs, and any warning about those hours. "Remove" asks once more and
 * says which needs name them: those needs stay, with nobody named.
 */
import { memo } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import { formatHours } from '../../../domain/format';
import { Dec } from '../../../domain/money';
import type { Assistant } from '../../../domain/schema/budget';
import type { SummaryListRow } from '../../components/summary-list';
import { useLocale } from '../../hooks/budget-format';
import { href } from '../../routes';
import { AssistantWarningList, type AssistantWarning } from './assistant-warnings';
import type { CarerSupportLine } from './carer-remove-panel';
import { RemoveConfirm } from '../../components/remove-confirm';
import { PersonCard } from './person-parts';

export interface AssistantCardProps {
  readonly budgetId: string;
  readonly assistant: Assistant;
  /** The hours a week of the needs they work; undefined when the budget cannot be priced. */
  readonly hours: Dec | undefined;
  readonly warnings: readonly AssistantWarning[];
  /** The needs that name them. */
  readonly lines: readonly CarerSupportLine[];
  /** The person has asked to remove this assistant and has not answered yet. */
  readonly removing: boolean;
  readonly onRemove: (assistantId: string) => void;
  readonly onConfirmRemove: (assistantId: string) => void;
  readonly onCancelRemove: () => void;
}

export const AssistantCard = memo(function AssistantCard(props: AssistantCardProps) {
  const { budgetId, assistant, hours, warnings, lines, removing } = props;
  const { t } = useTranslation();
  const locale = useLocale();

  const hoursText = (value: Dec) => (
    <span className="app-figure">
      {t('carers.assistants.hours', { hours: formatHours(value, locale) })}
    </span>
  );
  const rows: SummaryListRow[] = [
    {
      key: t('carers.assistants.row.contract'),
      value: hoursText(new Dec(assistant.contractedHoursWeekly)),
    },
    ...(hours === undefined
      ? []
      : [{ key: t('carers.assistants.row.hours'), value: hoursText(hours) }]),
    {
      key: t('carers.assistants.row.needs'),
      value: <NeedList lines={lines} none={t('carers.assistants.noNeeds')} />,
    },
    ...(hours === undefined
      ? []
      : [
          {
            key: t('carers.assistants.row.warnings'),
            value:
              warnings.length === 0 ? (
                t('carers.assistants.noWarnings')
              ) : (
                <AssistantWarningList warnings={warnings} name={assistant.name} />
              ),
          },
        ]),
  ];

  return (
    <PersonCard
      name={assistant.name}
      level={3}
      changeHref={href({ page: 'assistant', budgetId, assistantId: assistant.id })}
      removing={removing}
      onRemove={() => props.onRemove(assistant.id)}
      removePanel={
        <AssistantRemovePanel
          name={assistant.name}
          lines={lines}
          onConfirm={() => props.onConfirmRemove(assistant.id)}
          onCancel={props.onCancelRemove}
        />
      }
      rows={rows}
    />
  );
});

function NeedList({ lines, none }: { lines: readonly CarerSupportLine[]; none: string }) {
  const { t } = useTranslation();
  if (lines.length === 0) return <>{none}</>;
  return (
    <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
      {lines.map((line) => (
        <li key={line.id}>
          {t('carers.assistants.needItem', { activity: line.activity, domain: line.domainName })}
        </li>
      ))}
    </ul>
  );
}

interface AssistantRemovePanelProps {
  readonly name: string;
  readonly lines: readonly CarerSupportLine[];
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Asks once more; when needs name the assistant, says which, and that they stay unnamed. */
function AssistantRemovePanel({ name, lines, onConfirm, onCancel }: AssistantRemovePanelProps) {
  const { t } = useTranslation();
  return (
    <RemoveConfirm
      headingId="assistant-remove-heading"
      heading={t('carers.assistants.removeConfirm.heading', { name })}
      level={4}
      yes={t('carers.assistants.removeConfirm.yes', { name })}
      no={t('carers.assistants.removeConfirm.no', { name })}
      onConfirm={onConfirm}
      onCancel={onCancel}
      asking={name}
    >
      <p>{t('carers.assistants.removeConfirm.body')}</p>
      {lines.length > 0 && (
        <>
          <p>{t('carers.assistants.removeConfirm.lines', { name, count: lines.length })}</p>
          <NeedList lines={lines} none="" />
          <p className="nhsuk-u-margin-top-3">{t('carers.assistants.removeConfirm.after')}</p>
        </>
      )}
    </RemoveConfirm>
  );
}
