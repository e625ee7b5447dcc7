/**
 * The need-line questions about price and sharing (pricing rules 17 and 18), for a
 * provider's or a PA's line only: the rate card's rate or a price agreed for this person,
 * with the card's rate beside it and what the agreed price changes a week; and how many
 * people share the support. The figures are the domain's; this only shows them.
 */
import { useTranslation } from '../../hooks/use-translation';
import { formatMoney } from '../../../domain/format';
import { isPaid, type LinePrice } from '../../../domain/forms/line-package-form';
import { agreedDifference } from '../../../domain/pricing/agreed';
import type { PricedLine } from '../../../domain/pricing/line';
import { cardTable } from '../../../domain/pricing/rates';
import type { RateCard } from '../../../domain/schema/rate-card';
import { MoneyInput } from '../../components/money-input';
import { Radios } from '../../components/radios';
import { TextInput } from '../../components/text-input';
import { useLocale } from '../../hooks/budget-format';
import { directionOf, sizeOf } from '../../../present/words';
import { lineFieldId, memoByFields, type LineFieldsProps } from './line-field-ids';
import type { MessageKey } from '../../../i18n/message-keys';

const PRICES: readonly LinePrice[] = ['card', 'agreed'];

export interface LinePackageFieldsProps extends LineFieldsProps {
  readonly card: RateCard;
  /** The line as the form now describes it, priced; absent while the form is incomplete. */
  readonly priced: PricedLine | undefined;
}

export const LinePackageFields = memoByFields(
  function LinePackageFields({ form, onChange, errors, card, priced }: LinePackageFieldsProps) {
    const { t } = useTranslation();
    const locale = useLocale();
    const { resource } = form;
    if (!isPaid(resource)) return null;
    const money = (amount: Parameters<typeof formatMoney>[0]) => formatMoney(amount, locale);
    const set =
      (field: 'price' | 'agreedAmount' | 'agreedSource' | 'sharedBy') => (value: string) =>
        onChange({ [field]: value });

    const table = cardTable(card, resource, form.provider);
    const figures =
      form.kind === 'sleep-in'
        ? [table.sleepIn]
        : [table[form.period].weekday, table[form.period].weekend];
    const per = t(form.kind === 'sleep-in' ? 'packages.perNight' : 'packages.perHour');
    const cardRate = t('packages.form.cardRate', {
      rate: [...new Set(figures)].map(money).join(t('packages.or')),
      per,
      what: t(resource === 'personal-assistant' ? 'packages.form.pay' : 'packages.form.price'),
    });
    const difference = priced === undefined ? null : agreedDifference(priced, card);

    const agreedQuestions = (
      <>
        <MoneyInput
          id={lineFieldId('agreedAmount')}
          label={t(
            resource === 'personal-assistant'
              ? 'packages.form.agreedPay'
              : 'packages.form.agreedRate',
            { per },
          )}
          hint={cardRate}
          error={errors.agreedAmount}
          value={form.agreedAmount}
          onChange={set('agreedAmount')}
          suffix={per}
        />
        {difference !== null && (
          <p className="nhsuk-body app-figure" aria-live="polite">
            {t(
              `packages.difference.${directionOf(difference.weekly)}` as const satisfies MessageKey,
              {
                card: money(difference.cardWeekly),
                difference: money(sizeOf(difference.weekly)),
              },
            )}
          </p>
        )}
        <TextInput
          id={lineFieldId('agreedSource')}
          label={t('packages.form.agreedSource')}
          hint={t('packages.form.agreedSourceHint')}
          error={errors.agreedSource}
          value={form.agreedSource}
          onChange={set('agreedSource')}
          width={30}
        />
      </>
    );

    return (
      <>
        <Radios
          id={lineFieldId('price')}
          legend={t('packages.form.priceLegend')}
          legendSize="s"
          value={form.price}
          onChange={set('price')}
          options={PRICES.map((price) => ({
            value: price,
            label: t(`packages.form.${price}` as const satisfies MessageKey),
            ...(price === 'card' ? { hint: cardRate } : { conditional: agreedQuestions }),
          }))}
        />
        <TextInput
          id={lineFieldId('sharedBy')}
          label={t('packages.form.sharedBy')}
          hint={t('packages.form.sharedByHint')}
          error={errors.sharedBy}
          value={form.sharedBy}
          onChange={set('sharedBy')}
          width={2}
          inputMode="numeric"
          spellCheck={false}
          autoComplete="off"
        />
      </>
    );
  },
  ['resource', 'provider', 'kind', 'period', 'price', 'agreedAmount', 'agreedSource', 'sharedBy'],
);
