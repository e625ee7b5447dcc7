/** The five rates of a block (standard, a provider, a PA's pay) as money inputs, then their source. */
import { useTranslation } from '../hooks/use-translation';
import { fieldKey, RATE_FIELDS } from '../../domain/forms/rate-card-form';
import type { Source } from '../../domain/schema/rate-card-sources';
import { RateCardFigureInput } from './rate-card-figure-input';
import type { RateCardFormControls } from './rate-card-form-controls';
import { RateCardSourceField } from './rate-card-source-field';
import type { MessageKey } from '../../i18n/message-keys';

export interface RatesFieldsProps {
  readonly controls: RateCardFormControls;
  readonly block: string;
  readonly context: string;
  readonly current: readonly Source[];
}

export function RateCardRatesFields({ controls, block, context, current }: RatesFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="app-rate-card-rates">
        {RATE_FIELDS.map((field) => (
          <RateCardFigureInput
            key={field}
            controls={controls}
            field={fieldKey(block, field)}
            label={t('rateCards.make.moneyLabel', {
              label: t(`rateCards.view.rates.${field}` as const satisfies MessageKey),
            })}
            context={context}
            kind="money"
          />
        ))}
      </div>
      <RateCardSourceField controls={controls} block={block} context={context} current={current} />
    </>
  );
}
