/**
 * Unpaid care the plan relies on: per carer, hours, nights and caring days, then each
 * flag with what it found against which threshold and what would bring the carer under it.
 */
import { View } from '@react-pdf/renderer';
import { Text } from './pdf-text';
import type { CarerBurden, CarerFlag } from '../../domain/carer-burden';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import type { Carer } from '../../domain/schema/budget';
import { carerFlagWords } from '../../present/carer-flag-words';
import { carerScoreWords } from '../../present/plan-statement';
import { KeyValues, Paragraph, Section } from './pdf-blocks';
import type { PdfFormat } from './pdf-format';
import { styles } from './pdf-styles';

export function PdfCarers({ pricing, format }: { pricing: BudgetPricing; format: PdfFormat }) {
  const { t } = format;
  return (
    <Section heading={t('pdf.carers.heading')}>
      <Paragraph note>{t('pdf.carers.intro')}</Paragraph>
      {pricing.carers.length === 0 ? (
        <Paragraph>{t('pdf.carers.none')}</Paragraph>
      ) : (
        pricing.carers.map((burden) => (
          <CarerPanel key={burden.carer.id} burden={burden} format={format} />
        ))
      )}
    </Section>
  );
}

/** Every flag a carer can have at once is fewer than this: their box fits a page. */
const MAX_FLAGS_KEPT_WHOLE = 7;

function CarerPanel({ burden, format }: { burden: CarerBurden; format: PdfFormat }) {
  const { t, hours } = format;
  const { carer } = burden;
  const heading =
    carer.relationship === undefined || carer.relationship === ''
      ? t('pdf.carers.name', { name: carer.name })
      : t('pdf.carers.nameWithRelationship', {
          name: carer.name,
          relationship: carer.relationship,
        });
  return (
    // One carer's box is never split across pages (a carer with very many flags, taller
    // than a page, is the exception react-pdf must split).
    <View style={styles.card} wrap={burden.flags.length > MAX_FLAGS_KEPT_WHOLE}>
      <Text style={[styles.subheading, { marginTop: 0 }]} minPresenceAhead={60}>
        {heading}
      </Text>
      <KeyValues
        rows={[
          {
            key: t('pdf.carers.hours'),
            value: t('pdf.carers.hoursValue', { hours: hours(burden.hours) }),
          },
          {
            key: t('pdf.carers.nights'),
            value: t('pdf.carers.nightCount', { count: burden.nights }),
          },
          {
            key: t('pdf.carers.caringDays'),
            value: t('pdf.carers.dayCount', { count: burden.caringDays }),
          },
          // Their own score from an assessment done elsewhere: the number, never the questions.
          ...(carer.score === undefined
            ? []
            : [{ key: t('planCover.score.label'), value: carerScoreWords(carer.score, format) }]),
        ]}
      />
      {burden.flags.length === 0 ? (
        <Text>{t('pdf.carers.noFlags', { name: carer.name })}</Text>
      ) : (
        burden.flags.map((flag) => (
          <FlagText key={flag.id} flag={flag} carer={carer} format={format} />
        ))
      )}
    </View>
  );
}

function FlagText({ flag, carer, format }: { flag: CarerFlag; carer: Carer; format: PdfFormat }) {
  const { t, money } = format;
  const words = carerFlagWords(flag, carer, format, 'pdf.carers');
  const { relief } = flag;
  return (
    <View style={styles.flag} wrap={false}>
      <Text style={styles.bold}>
        {t('pdf.carers.flag', {
          severity: t(`pdf.carers.severity.${flag.severity}`),
          flag: t(`terms.flag.${flag.id}`),
        })}
      </Text>
      <Text>{words.found}</Text>
      <Text>
        {`${words.relief} ${t('pdf.carers.relief.cost', {
          pa: money(relief.paWeekly),
          provider: money(relief.providerWeekly),
        })}`}
      </Text>
    </View>
  );
}
