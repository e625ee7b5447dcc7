/** A PA's on-costs and employer costs, and the care home fees, each figure with its source. */
import { useTranslation } from '../hooks/use-translation';
import { formatMoney } from '../../domain/format';
import type { RateCard } from '../../domain/schema/rate-card';
import { localise } from '../../i18n/localise';
import { useLocale } from '../hooks/budget-format';
import { RateCardFigureTable } from './rate-card-figure-table';
import type { MessageKey } from '../../i18n/message-keys';

export function RateCardCostTables({ card }: { card: RateCard }) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const { onCosts, employerCosts } = card.personalAssistant;
  return (
    <>
      <RateCardFigureTable
        card={card}
        caption={t('rateCards.view.onCosts')}
        hint={t('rateCards.view.onCostsHint')}
        labelHeading={t('rateCards.view.onCost')}
        headings={[t('rateCards.view.percent')]}
        rows={onCosts.map((cost) => ({
          key: cost.id,
          label: localise(cost.name, i18n.language),
          cells: [t('rateCards.view.percentValue', { percent: cost.percent })],
          figures: [`personalAssistant.onCosts[${cost.id}].percent`],
        }))}
      />
      <RateCardFigureTable
        card={card}
        caption={t('rateCards.view.employerCosts')}
        hint={t('rateCards.view.employerCostsHint')}
        labelHeading={t('rateCards.view.employerCost')}
        headings={[t('rateCards.view.amount'), t('rateCards.view.per')]}
        rows={employerCosts.map((cost) => ({
          key: cost.id,
          label: localise(cost.name, i18n.language),
          cells: [
            formatMoney(cost.amount, locale),
            t(`rateCards.view.perValue.${cost.per}` as const satisfies MessageKey),
          ],
          figures: [`personalAssistant.employerCosts[${cost.id}].amount`],
        }))}
      />
      {card.settings.length === 0 ? (
        <p className="nhsuk-body">{t('rateCards.view.noSettings')}</p>
      ) : (
        <RateCardFigureTable
          card={card}
          caption={t('rateCards.view.settings')}
          hint={t('rateCards.view.settingsHint')}
          labelHeading={t('rateCards.view.setting')}
          headings={[t('rateCards.view.weeklyFee'), t('rateCards.view.fnc')]}
          rows={card.settings.map((setting) => ({
            key: setting.id,
            label: localise(setting.name, i18n.language),
            cells: [
              formatMoney(setting.weeklyFee, locale),
              setting.fncWeekly === undefined
                ? t('rateCards.view.noFnc')
                : formatMoney(setting.fncWeekly, locale),
            ],
            figures: [
              `settings[${setting.id}].weeklyFee`,
              ...(setting.fncWeekly === undefined ? [] : [`settings[${setting.id}].fncWeekly`]),
            ],
          }))}
        />
      )}
    </>
  );
}
