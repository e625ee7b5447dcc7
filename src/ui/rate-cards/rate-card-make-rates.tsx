/** The card form's fixed blocks: standard provider rates, a PA's pay, and the unpaid carer flags. */
import type { ReactNode } from 'react';
import { useTranslation } from '../hooks/use-translation';
import {
  baseFigurePaths,
  fieldKey,
  PAY_FLOOR_BLOCK,
  PAY_FLOOR_KEY,
  POLICY_FIELDS,
} from '../../domain/forms/rate-card-form';
import type { RateCard } from '../../domain/schema/rate-card';
import { sourcesOfAny } from '../../domain/schema/rate-card-sources';
import { RateCardFigureInput } from './rate-card-figure-input';
import type { RateCardFormControls } from './rate-card-form-controls';
import { RateCardRatesFields } from './rate-card-rates-fields';
import { RateCardSourceField } from './rate-card-source-field';
import type { MessageKey } from '../../i18n/message-keys';

interface BlockProps {
  readonly controls: RateCardFormControls;
  readonly base: RateCard;
}

function Section({
  heading,
  hint,
  children,
}: {
  heading: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <section className="app-rate-card-section">
      <h2 className="nhsuk-heading-m">{heading}</h2>
      {hint !== undefined && <p className="nhsuk-body">{hint}</p>}
      {children}
    </section>
  );
}

export function RateCardMakeRates({
  controls,
  base,
  block,
}: BlockProps & { block: 'standard' | 'pay' }) {
  const { t } = useTranslation();
  const heading = t(block === 'standard' ? 'rateCards.view.standard' : 'rateCards.view.pay');
  return (
    <Section
      heading={heading}
      hint={t(block === 'standard' ? 'rateCards.view.standardHint' : 'rateCards.view.payHint')}
    >
      <RateCardRatesFields
        controls={controls}
        block={block}
        context={t(`rateCards.fields.${block}` as const satisfies MessageKey)}
        current={sourcesOfAny(base, baseFigurePaths(block))}
      />
    </Section>
  );
}

export function RateCardMakePolicy({ controls, base }: BlockProps) {
  const { t } = useTranslation();
  const context = t('rateCards.fields.carerPolicy');
  return (
    <Section heading={t('rateCards.view.carerPolicy')}>
      {POLICY_FIELDS.map((field) => (
        <RateCardFigureInput
          key={field}
          controls={controls}
          field={fieldKey('carerPolicy', field)}
          label={t(`rateCards.view.policy.${field}` as const satisfies MessageKey)}
          hint={field.endsWith('Hours') ? t('rateCards.make.hours.hint') : undefined}
          context={context}
          kind="number"
        />
      ))}
      <RateCardSourceField
        controls={controls}
        block="carerPolicy"
        context={context}
        current={sourcesOfAny(base, baseFigurePaths('carerPolicy'))}
      />
    </Section>
  );
}

/** The pay floor: the lowest lawful hourly pay for the card's year, which PA pay is checked against. */
export function RateCardMakePayFloor({ controls, base }: BlockProps) {
  const { t } = useTranslation();
  const context = t('rateCards.fields.payFloor');
  return (
    <Section
      heading={t('rateCards.make.payFloor.heading')}
      hint={t('rateCards.make.payFloor.hint')}
    >
      <RateCardFigureInput
        controls={controls}
        field={PAY_FLOOR_KEY}
        label={t('rateCards.make.moneyLabel', { label: t('rateCards.make.payFloor.label') })}
        context={context}
        kind="money"
      />
      <RateCardSourceField
        controls={controls}
        block={PAY_FLOOR_BLOCK}
        context={context}
        current={sourcesOfAny(base, baseFigurePaths(PAY_FLOOR_BLOCK))}
      />
    </Section>
  );
}
