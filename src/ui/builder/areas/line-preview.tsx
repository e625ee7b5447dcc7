/**
 * "What this need costs", updated as the person types: hours (or nights) a week, the
 * weekly and yearly cost with the working, and any warning about this line. A warning is
 * advice to check, not an error: the need can still be saved.
 */
import { memo } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import { formatHours, formatMoney } from '../../../domain/format';
import type { Budget } from '../../../domain/schema/budget';
import type { Warning } from '../../../domain/warnings';
import { SummaryList } from '../../components/summary-list';
import { WarningCallout } from '../../components/warning-callout';
import { useLocale } from '../../hooks/budget-format';
import { lineAmount } from '../../../present/line-working';
import type { LinePreviewState } from './line-preview-state';
import { LineWorking } from './line-working';
import { AssistantWarningList, warningsAbout } from '../carers/assistant-warnings';
import type { MessageKey } from '../../../i18n/message-keys';

export interface LinePreviewProps {
  readonly preview: LinePreviewState;
  readonly budget: Budget;
}

/** Memoised: priced from a deferred copy of the form, so a keystroke re-renders it once its pricing is ready. */
export const LinePreview = memo(function LinePreview({ preview, budget }: LinePreviewProps) {
  const { t } = useTranslation();
  const locale = useLocale();

  const warningText = (warning: Warning) => {
    switch (warning.id) {
      case 'short-visit':
        return t('lines.preview.warnings.short-visit', { minutes: warning.minutes });
      case 'pa-needs-direct-payment':
        return t('lines.preview.warnings.pa-needs-direct-payment', {
          route: t(`terms.fundingRoute.${budget.fundingRoute}` as const satisfies MessageKey),
        });
      case 'pay-below-floor':
        return t('lines.preview.warnings.pay-below-floor', {
          pay: warning.pay,
          floor: warning.floor,
        });
      case 'pa-over-contract':
      case 'pa-over-48-hours':
        return null; // said below, naming the assistant
      case 'over-indicative':
      case 'investment-no-saving':
      case 'serves-no-outcome':
        return null; // about the whole budget, an assistant or an investment, not one line
    }
  };

  const assistantId = preview.kind === 'priced' ? preview.line.assistant : undefined;
  const named = budget.assistants?.find((assistant) => assistant.id === assistantId);

  return (
    <section className="nhsuk-u-margin-bottom-6" aria-labelledby="line-preview-heading">
      <h2 className="nhsuk-heading-m" id="line-preview-heading">
        {t('lines.preview.heading')}
      </h2>
      {preview.kind === 'incomplete' && (
        <p className="nhsuk-body">{t('lines.preview.incomplete')}</p>
      )}
      {preview.kind === 'cannot-price' && (
        <p className="nhsuk-body">{t('lines.preview.cannotPrice')}</p>
      )}
      {preview.kind === 'priced' && (
        <>
          <SummaryList
            rows={[
              {
                key: t(
                  preview.line.kind === 'sleep-in' ? 'lines.preview.nights' : 'lines.preview.hours',
                ),
                value: (
                  <span className="app-figure">
                    {lineAmount(preview.priced, t, (hours) => formatHours(hours, locale))}
                  </span>
                ),
              },
              {
                key: t('lines.preview.weekly'),
                value: (
                  <span className="app-figure">{formatMoney(preview.priced.weekly, locale)}</span>
                ),
              },
              {
                key: t('lines.preview.annual'),
                value: (
                  <span className="app-figure">{formatMoney(preview.priced.annual, locale)}</span>
                ),
              },
            ]}
          />
          {preview.priced.segments.length === 0 ? (
            <p className="nhsuk-body">{t(`lines.preview.noCost.${preview.line.resource}`)}</p>
          ) : (
            <LineWorking priced={preview.priced} pricing={preview.pricing} />
          )}
          {preview.warnings.length > 0 && (
            <WarningCallout heading={t('lines.preview.warnings.heading')}>
              {preview.warnings.map((warning) => {
                const text = warningText(warning);
                return text === null ? null : <p key={warning.id}>{text}</p>;
              })}
              {named !== undefined && (
                <AssistantWarningList
                  warnings={warningsAbout(preview.warnings, named.id)}
                  name={named.name}
                />
              )}
            </WarningCallout>
          )}
        </>
      )}
    </section>
  );
});
