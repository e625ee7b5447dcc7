/**
 * Home against each care-home setting of the card, then against the indicative sum.
 * Differences are said in words, never with a minus sign, as on screen.
 */
import { View } from '@react-pdf/renderer';
import { Text } from './pdf-text';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import { KeyValues, Paragraph, Section, Table } from './pdf-blocks';
import { directionOf, sizeOf, type PdfFormat } from './pdf-format';
import { styles } from './pdf-styles';

interface Props {
  readonly pricing: BudgetPricing;
  readonly format: PdfFormat;
}

export function PdfComparison({ pricing, format }: Props) {
  const { t, money, hours, localise } = format;
  const { settings } = pricing;
  if (settings.length === 0) {
    return (
      <Section heading={t('pdf.comparison.heading')}>
        <Paragraph>{t('pdf.comparison.none')}</Paragraph>
      </Section>
    );
  }
  const hasFnc = settings.some((comparison) => comparison.setting.fncWeekly !== undefined);
  return (
    <Section heading={t('pdf.comparison.heading')}>
      <Paragraph note>{t('pdf.comparison.intro')}</Paragraph>
      <Table
        columns={[
          { heading: t('pdf.comparison.setting'), width: '25%' },
          { heading: t('pdf.comparison.weekly'), width: '25%', numeric: true },
          { heading: t('pdf.comparison.annual'), width: '17%', numeric: true },
          { heading: t('pdf.comparison.difference'), width: '33%' },
        ]}
        rows={settings.map((comparison) => ({
          key: comparison.setting.id,
          cells: [
            localise(comparison.setting.name),
            comparison.setting.fncWeekly === undefined
              ? money(comparison.weekly)
              : [
                  money(comparison.weekly),
                  t('pdf.comparison.withFnc', {
                    fee: money(comparison.setting.weeklyFee),
                    fnc: money(comparison.setting.fncWeekly),
                  }),
                ],
            money(comparison.annual),
            t(`pdf.comparison.${directionOf(comparison.difference)}`, {
              amount: money(sizeOf(comparison.difference)),
            }),
          ],
        }))}
      />
      {hasFnc && <Paragraph note>{t('pdf.comparison.fncExplained')}</Paragraph>}
      <Paragraph>
        {t('pdf.comparison.headroomIntro', {
          rate: money(pricing.card.registeredProvider.standard.day.weekday),
        })}
      </Paragraph>
      <View style={styles.body}>
        {settings.map((comparison) => (
          <Text key={comparison.setting.id} wrap={false}>
            {`•  ${
              comparison.extraProviderHours.isNegative()
                ? t('pdf.comparison.headroomNone', {
                    setting: localise(comparison.setting.name),
                    hours: hours(sizeOf(comparison.extraProviderHours)),
                  })
                : t('pdf.comparison.headroom', {
                    setting: localise(comparison.setting.name),
                    hours: hours(comparison.extraProviderHours),
                  })
            }`}
          </Text>
        ))}
      </View>
    </Section>
  );
}

/** The indicative difference is the plan less the sum: less is under it, more is over it. */
const INDICATIVE_WORDS = { less: 'under', more: 'over', same: 'equal' } as const;

export function PdfIndicative({ pricing, format }: Props) {
  const { t, money } = format;
  const { indicative } = pricing;
  return (
    <Section heading={t('pdf.indicative.heading')} keep>
      <Paragraph note>{t('pdf.indicative.intro')}</Paragraph>
      {indicative === null ? (
        <Paragraph>{t('pdf.indicative.none')}</Paragraph>
      ) : (
        <KeyValues
          rows={[
            {
              key: t('pdf.indicative.amount'),
              value: t('pdf.indicative.perYear', { amount: money(indicative.amount) }),
            },
            {
              key: t('pdf.indicative.plan'),
              value: t('pdf.indicative.perYear', { amount: money(pricing.totals.annual) }),
            },
            {
              key: t('pdf.indicative.difference'),
              value: t(`pdf.indicative.${INDICATIVE_WORDS[directionOf(indicative.difference)]}`, {
                amount: money(sizeOf(indicative.difference)),
              }),
            },
          ]}
        />
      )}
    </Section>
  );
}
