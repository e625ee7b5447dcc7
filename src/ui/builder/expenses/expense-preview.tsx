/**
 * What the expense being typed adds to the budget, as it is typed: the weekly, yearly and
 * one-off figures from the domain's pricing rule 6, with the working, so a person can
 * check them with a calculator before saving.
 */
import type Decimal from 'decimal.js';
import { useTranslation } from '../../hooks/use-translation';
import { formatMoney, type Locale } from '../../../domain/format';
import { moneyInput } from '../../../domain/forms/form-fields';
import { priceByFrequency } from '../../../domain/pricing/recurring';
import type { Frequency } from '../../../domain/schema/budget';
import { SummaryList } from '../../components/summary-list';
import type { MessageKey } from '../../../i18n/message-keys';

export interface ExpensePreviewProps {
  /** The amount as typed: read with the form's own money rule. */
  readonly amount: string;
  readonly frequency: Frequency | '';
  /** The rate card's weeks a year, exact; undefined when the card is not on this device. */
  readonly weeksPerYear: Decimal | undefined;
  /** The same figure as the card writes it ("52.143"), for the working. */
  readonly weeksText: string;
  readonly locale: Locale;
}

export function ExpensePreview({
  amount,
  frequency,
  weeksPerYear,
  weeksText,
  locale,
}: ExpensePreviewProps) {
  const { t } = useTranslation();
  const parsed = moneyInput(amount, 'expense', 'amount');
  const figures =
    parsed.ok && frequency !== '' && weeksPerYear !== undefined
      ? priceByFrequency(parsed.value, frequency, weeksPerYear)
      : null;

  return (
    <div className="nhsuk-inset-text">
      <h2 className="nhsuk-heading-s">{t('expenses.form.preview.heading')}</h2>
      {figures !== null && (
        <SummaryList
          rows={[
            {
              key: t('expenses.form.preview.weekly'),
              value: <span className="app-figure">{formatMoney(figures.weekly, locale)}</span>,
            },
            {
              key: t('expenses.form.preview.annual'),
              value: <span className="app-figure">{formatMoney(figures.annual, locale)}</span>,
            },
            {
              key: t('expenses.form.preview.oneOff'),
              value: <span className="app-figure">{formatMoney(figures.oneOff, locale)}</span>,
            },
          ]}
        />
      )}
      {/* Always in the page, so screen readers announce its changes: one sentence with every
          figure, heard once typing pauses, rather than each cell of the list. */}
      <p aria-live="polite">
        {figures === null || !parsed.ok || frequency === ''
          ? t('expenses.form.preview.empty')
          : t(`expenses.form.preview.working.${frequency}` as const satisfies MessageKey, {
              amount: formatMoney(parsed.value, locale),
              weeks: weeksText,
              weekly: formatMoney(figures.weekly, locale),
              annual: formatMoney(figures.annual, locale),
            })}
      </p>
    </div>
  );
}
