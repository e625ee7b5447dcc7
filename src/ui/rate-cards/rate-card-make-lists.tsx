/** The lists of the card form: providers with their rates, a PA's on-costs and employer costs, care homes. */
import { useTranslation } from '../hooks/use-translation';
import { baseFigurePaths, fieldKey } from '../../domain/forms/rate-card-form';
import { FREQUENCIES } from '../../domain/schema/budget-values';
import type { RateCard } from '../../domain/schema/rate-card';
import { sourcesOfAny } from '../../domain/schema/rate-card-sources';
import { Select } from '../components/select';
import { VisuallyHidden } from '../components/visually-hidden';
import { rateCardFieldId } from './rate-card-field-names';
import { RateCardFigureInput } from './rate-card-figure-input';
import type { RateCardFormControls } from './rate-card-form-controls';
import { RateCardRatesFields } from './rate-card-rates-fields';
import { RateCardRowsSection } from './rate-card-rows-section';
import { RateCardSourceField } from './rate-card-source-field';
import type { MessageKey } from '../../i18n/message-keys';

interface ListsProps {
  readonly controls: RateCardFormControls;
  readonly base: RateCard;
}

export function RateCardMakeProviders({ controls, base }: ListsProps) {
  const { t } = useTranslation();
  return (
    <RateCardRowsSection
      controls={controls}
      list="providers"
      heading={t('rateCards.make.providers')}
      hint={t('rateCards.make.providersHint')}
      addLabel={t('rateCards.make.addProvider')}
      removeKey="rateCards.make.removeProvider"
      renderRow={(block, name) => (
        <>
          <RateCardFigureInput
            controls={controls}
            field={fieldKey(block, 'name')}
            label={t('rateCards.make.providerName.label')}
            context={name}
            kind="text"
          />
          <RateCardFigureInput
            controls={controls}
            field={fieldKey(block, 'quality')}
            label={t('rateCards.make.quality.label')}
            hint={t('rateCards.make.quality.hint')}
            context={name}
            kind="text"
            width={20}
          />
          <RateCardRatesFields
            controls={controls}
            block={block}
            context={name}
            current={sourcesOfAny(base, baseFigurePaths(block))}
          />
        </>
      )}
    />
  );
}

export function RateCardMakeCosts({ controls, base }: ListsProps) {
  const { t } = useTranslation();
  const name = (block: string, label: string, context: string) => (
    <RateCardFigureInput
      controls={controls}
      field={fieldKey(block, 'name')}
      label={label}
      context={context}
      kind="text"
    />
  );
  const source = (block: string, context: string) => (
    <RateCardSourceField
      controls={controls}
      block={block}
      context={context}
      current={sourcesOfAny(base, baseFigurePaths(block))}
    />
  );
  return (
    <>
      <RateCardRowsSection
        controls={controls}
        list="onCosts"
        heading={t('rateCards.make.onCosts')}
        hint={t('rateCards.view.onCostsHint')}
        addLabel={t('rateCards.make.addOnCost')}
        removeKey="rateCards.make.removeOnCost"
        renderRow={(block, context) => (
          <>
            {name(block, t('rateCards.make.onCostName.label'), context)}
            <RateCardFigureInput
              controls={controls}
              field={fieldKey(block, 'percent')}
              label={t('rateCards.make.percent.label')}
              hint={t('rateCards.make.percent.hint')}
              context={context}
              kind="number"
            />
            {source(block, context)}
          </>
        )}
      />
      <RateCardRowsSection
        controls={controls}
        list="employerCosts"
        heading={t('rateCards.make.employerCosts')}
        hint={t('rateCards.view.employerCostsHint')}
        addLabel={t('rateCards.make.addEmployerCost')}
        removeKey="rateCards.make.removeEmployerCost"
        renderRow={(block, context) => (
          <>
            {name(block, t('rateCards.make.employerCostName.label'), context)}
            <RateCardFigureInput
              controls={controls}
              field={fieldKey(block, 'amount')}
              label={t('rateCards.make.amount.label')}
              context={context}
              kind="money"
            />
            <Select
              id={rateCardFieldId(fieldKey(block, 'per'))}
              label={
                <>
                  {t('rateCards.make.per.legend')}
                  <VisuallyHidden>, {context}</VisuallyHidden>
                </>
              }
              error={controls.errorFor(fieldKey(block, 'per'))}
              options={[
                { value: '', label: t('rateCards.make.per.choose') },
                ...FREQUENCIES.map((per) => ({
                  value: per,
                  label: t(`rateCards.view.perValue.${per}` as const satisfies MessageKey),
                })),
              ]}
              value={controls.text(fieldKey(block, 'per'))}
              onChange={controls.set(fieldKey(block, 'per'))}
            />
            {source(block, context)}
          </>
        )}
      />
      <RateCardRowsSection
        controls={controls}
        list="settings"
        heading={t('rateCards.make.settings')}
        hint={t('rateCards.view.settingsHint')}
        addLabel={t('rateCards.make.addSetting')}
        removeKey="rateCards.make.removeSetting"
        renderRow={(block, context) => (
          <>
            {name(block, t('rateCards.make.settingName.label'), context)}
            <RateCardFigureInput
              controls={controls}
              field={fieldKey(block, 'weeklyFee')}
              label={t('rateCards.make.weeklyFee.label')}
              context={context}
              kind="money"
            />
            <RateCardFigureInput
              controls={controls}
              field={fieldKey(block, 'fncWeekly')}
              label={t('rateCards.make.fncWeekly.label')}
              hint={t('rateCards.make.fncWeekly.hint')}
              context={context}
              kind="money"
            />
            {source(block, context)}
          </>
        )}
      />
    </>
  );
}
