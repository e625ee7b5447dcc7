/**
 * A named personal assistant's warnings in words, where their hours are decided: the
 * need's page, the assistant's own page and their card. "The needs Pat works come to
 * 52 hours a week, over the 48-hour average the Working Time Regulations allow…"
 */
import { useTranslation } from '../../hooks/use-translation';
import { formatHours } from '../../../domain/format';
import { Dec } from '../../../domain/money';
import type { Warning } from '../../../domain/warnings';
import { useLocale } from '../../hooks/budget-format';
import { WarningCallout } from '../../components/warning-callout';

export type AssistantWarning = Extract<Warning, { id: 'pa-over-contract' | 'pa-over-48-hours' }>;

/** The warnings about one named assistant, in the domain's order (contract, then 48 hours). */
export function warningsAbout(
  warnings: readonly Warning[],
  assistantId: string,
): AssistantWarning[] {
  return warnings.filter(
    (warning): warning is AssistantWarning =>
      (warning.id === 'pa-over-contract' || warning.id === 'pa-over-48-hours') &&
      warning.assistant === assistantId,
  );
}

/** Each warning as a sentence naming the assistant. */
export function AssistantWarningList({
  warnings,
  name,
}: {
  warnings: readonly AssistantWarning[];
  name: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const hours = (text: string) => formatHours(new Dec(text), locale);
  return (
    <>
      {warnings.map((warning) => (
        <p key={warning.id}>
          {warning.id === 'pa-over-contract'
            ? t('carers.assistants.warnings.overContract', {
                name,
                hours: hours(warning.hours),
                contracted: hours(warning.contracted),
              })
            : t('carers.assistants.warnings.over48', { name, hours: hours(warning.hours) })}
        </p>
      ))}
    </>
  );
}

/** The warnings in a warning callout headed with the assistant's name; nothing when there are none. */
export function AssistantWarningCallout({
  warnings,
  name,
}: {
  warnings: readonly AssistantWarning[];
  name: string;
}) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <WarningCallout heading={t('carers.assistants.warnings.heading', { name })}>
      <AssistantWarningList warnings={warnings} name={name} />
    </WarningCallout>
  );
}
