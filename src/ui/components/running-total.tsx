/**
 * The budget's weekly and annual totals, kept in view while a person edits, so every
 * change shows its effect at once. The figures come from the domain's pricing.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { formatMoney, type Locale } from '../../domain/format';
import type { Totals } from '../../domain/pricing/totals';
import { localeOf } from '../../i18n/languages';

export interface RunningTotalProps {
  /** The budget's totals: from its pricing, or from a need's form as typed (line-editor.tsx). */
  readonly totals: Totals;
  /** Set while a form's unsaved changes are included, so nobody mistakes them for saved. */
  readonly includesUnsaved?: boolean | undefined;
}

/** Memoised: a keystroke in a form re-renders the form at once and the total only when its totals change. */
export const RunningTotal = memo(function RunningTotal({
  totals,
  includesUnsaved = false,
}: RunningTotalProps) {
  const { t, i18n } = useTranslation();
  const locale: Locale = localeOf(i18n.language);
  // Looked up once a language, not at every keystroke that changes the figures.
  const words = useMemo(
    () => ({
      label: t('app.runningTotal.label'),
      weekly: t('app.runningTotal.weekly'),
      annual: t('app.runningTotal.annual'),
      unsaved: t('app.runningTotal.unsaved'),
    }),
    [t],
  );
  return (
    <aside className="app-running-total" aria-label={words.label}>
      <dl className="nhsuk-body app-running-total__figures">
        <dt>{words.weekly}</dt>
        <dd className="app-running-total__amount" aria-live="polite">
          {formatMoney(totals.weekly, locale)}
        </dd>
        <dt>{words.annual}</dt>
        <dd className="app-running-total__amount">{formatMoney(totals.annual, locale)}</dd>
      </dl>
      {includesUnsaved && <p className="nhsuk-body-s">{words.unsaved}</p>}
    </aside>
  );
});
