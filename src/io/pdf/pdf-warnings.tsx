/**
 * The plan's warnings other than carer burden, grouped by kind as on screen: what the
 * concern is, then each line it is about, named by its activity.
 */
import { View } from '@react-pdf/renderer';
import { Text } from './pdf-text';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import type { Warning } from '../../domain/warnings';
import { Paragraph, Section } from './pdf-blocks';
import type { PdfFormat } from './pdf-format';
import { styles } from './pdf-styles';

type ShortVisit = Extract<Warning, { id: 'short-visit' }>;
type PaLine = Extract<Warning, { id: 'pa-needs-direct-payment' }>;
type OverIndicative = Extract<Warning, { id: 'over-indicative' }>;

export function PdfWarnings({ pricing, format }: { pricing: BudgetPricing; format: PdfFormat }) {
  const { t, money } = format;
  const { warnings, budget, indicative } = pricing;
  const activityOf = (lineId: string) =>
    budget.lines.find((line) => line.id === lineId)?.activity ?? lineId;
  const shortVisits = warnings.filter((w): w is ShortVisit => w.id === 'short-visit');
  const paLines = warnings.filter((w): w is PaLine => w.id === 'pa-needs-direct-payment');
  const over = warnings.find((w): w is OverIndicative => w.id === 'over-indicative');
  return (
    <Section heading={t('pdf.warnings.heading')}>
      {warnings.length === 0 && <Paragraph>{t('pdf.warnings.none')}</Paragraph>}
      {shortVisits.length > 0 && (
        <Callout
          heading={t('pdf.warnings.shortVisit.heading')}
          body={t('pdf.warnings.shortVisit.body')}
          items={shortVisits.map((warning) =>
            t('pdf.warnings.shortVisit.item', {
              activity: activityOf(warning.line),
              minutes: warning.minutes,
            }),
          )}
        />
      )}
      {paLines.length > 0 && (
        <Callout
          heading={t('pdf.warnings.paNeedsDirectPayment.heading')}
          body={t('pdf.warnings.paNeedsDirectPayment.body', {
            route: t(`terms.fundingRoute.${budget.fundingRoute}`),
          })}
          items={paLines.map((warning) =>
            t('pdf.warnings.paNeedsDirectPayment.item', { activity: activityOf(warning.line) }),
          )}
        />
      )}
      {over !== undefined && indicative !== null && (
        <Callout
          heading={t('pdf.warnings.overIndicative.heading')}
          body={t('pdf.warnings.overIndicative.body', {
            over: money(over.over),
            indicative: money(indicative.amount),
          })}
          items={[]}
        />
      )}
    </Section>
  );
}

function Callout({
  heading,
  body,
  items,
}: {
  heading: string;
  body: string;
  items: readonly string[];
}) {
  return (
    <View style={styles.inset}>
      {/* What the concern is stays in one piece, and with the first line it names. */}
      <View wrap={false} minPresenceAhead={14}>
        <Text style={styles.bold}>{heading}</Text>
        <Text style={items.length === 0 ? {} : styles.body}>{body}</Text>
      </View>
      {items.map((item, index) => (
        <Text key={index} wrap={false}>{`•  ${item}`}</Text>
      ))}
    </View>
  );
}
