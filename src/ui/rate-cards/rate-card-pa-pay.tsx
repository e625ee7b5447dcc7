/**
 * The inverse PA calculator on the rate card page: where a council or health board sets
 * a direct payment's hourly rate, the highest hourly pay it allows a personal assistant
 * for given hours a week after this card's on-costs and employer costs, with its working.
 * Every figure and line of working is the domain's (pa-pay.ts, pa-pay-words.ts).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { formatMoney } from '../../domain/format';
import { highestPaPay, readPaPayInputs, type PaPay } from '../../domain/pricing/pa-pay';
import type { RateCard } from '../../domain/schema/rate-card';
import { sourcesOf } from '../../domain/schema/rate-card-sources';
import { localise } from '../../i18n/localise';
import { paPayWorking } from '../../present/pa-pay-words';
import { Button } from '../components/button';
import { MoneyInput } from '../components/money-input';
import { TextInput } from '../components/text-input';
import { useLocale } from '../hooks/budget-format';
import type { MessageKey } from '../../i18n/message-keys';

export function RateCardPaPay({ card }: { card: RateCard }) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const [rate, setRate] = useState('');
  const [hours, setHours] = useState('');
  const [wrong, setWrong] = useState<readonly ('rate' | 'hours')[]>([]);
  const [result, setResult] = useState<PaPay | null>(null);
  const floor = card.personalAssistant.payFloor;
  const money = (amount: Parameters<typeof formatMoney>[0]) => formatMoney(amount, locale);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const inputs = readPaPayInputs(rate, hours);
    setWrong(inputs.ok ? [] : inputs.wrong);
    setResult(inputs.ok ? highestPaPay(inputs.value, card) : null);
  };
  const error = (field: 'rate' | 'hours') =>
    wrong.includes(field)
      ? t(`packages.paPay.errors.${field}` as const satisfies MessageKey)
      : undefined;
  const working =
    result === null
      ? []
      : paPayWorking(result, t, money, (cost) => localise(cost.description, i18n.language));

  return (
    <section aria-labelledby="pa-pay-heading">
      <h2 className="nhsuk-heading-m" id="pa-pay-heading">
        {t('packages.paPay.heading')}
      </h2>
      <p className="nhsuk-body">{t('packages.paPay.intro')}</p>
      {floor !== undefined && (
        <p className="nhsuk-body">
          {t('packages.paPay.floor', {
            floor: money(floor),
            source: sourcesOf(card, 'personalAssistant.payFloor')
              .map((source) => source.text)
              .join(' '),
          })}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <MoneyInput
          id="pa-pay-rate"
          label={t('packages.paPay.rateLabel')}
          error={error('rate')}
          value={rate}
          onChange={setRate}
        />
        <TextInput
          id="pa-pay-hours"
          label={t('packages.paPay.hoursLabel')}
          hint={t('packages.paPay.hoursHint')}
          error={error('hours')}
          value={hours}
          onChange={setHours}
          width={3}
          inputMode="decimal"
          spellCheck={false}
          autoComplete="off"
        />
        <Button type="submit" variant="secondary">
          {t('packages.paPay.submit')}
        </Button>
      </form>
      <div aria-live="polite">
        {result !== null && (
          <>
            <p className="nhsuk-body-l app-figure">
              {result.highest === null
                ? t('packages.paPay.noResult')
                : t('packages.paPay.result', { pay: money(result.highest.pay) })}
            </p>
            <h3 className="nhsuk-heading-s">{t('packages.paPay.workingHeading')}</h3>
            <ul className="nhsuk-list">
              {working.map((line) => (
                <li className="app-figure" key={line}>
                  {line}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
