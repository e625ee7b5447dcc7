/**
 * The rounding rule in one sentence, then ruled lines for the people who agree the plan:
 * name, role, signature and date for each (plan-statement.ts says who).
 */
import { View } from '@react-pdf/renderer';
import { Text } from './pdf-text';
import { Paragraph, Section } from './pdf-blocks';
import type { PdfFormat } from './pdf-format';
import { styles } from './pdf-styles';
import type { SignatureBox } from '../../present/plan-statement';

export function PdfRounding({ format }: { format: PdfFormat }) {
  const { t } = format;
  return (
    <Section heading={t('pdf.rounding.heading')} keep>
      <Paragraph>{t('summary.totals.rounding')}</Paragraph>
    </Section>
  );
}

export function PdfSignatures({
  boxes,
  format,
}: {
  boxes: readonly SignatureBox[];
  format: PdfFormat;
}) {
  const { t } = format;
  // Two to a row, or three when an approver signs too.
  const width = boxes.length > 2 ? '33%' : '50%';
  return (
    // One block: a signature separated from what it agrees to would be worth little.
    <View wrap={false}>
      <Text style={styles.heading}>{t('pdf.signatures.heading')}</Text>
      <Paragraph>{t('pdf.signatures.intro')}</Paragraph>
      <View style={styles.signatures}>
        {boxes.map((box) => (
          <View key={box.id} style={[styles.signatureBox, { width }]}>
            <Text style={styles.bold}>{box.who}</Text>
            {box.recorded !== null && <Text>{box.recorded}</Text>}
            {[
              t('pdf.signatures.name'),
              t('pdf.signatures.role'),
              t('pdf.signatures.signature'),
              t('summary.words.date'),
            ].map((label) => (
              <View key={label} style={styles.signatureLine}>
                <Text style={styles.signatureLabel}>{label}</Text>
                <View style={styles.rule} />
              </View>
            ))}
          </View>
        ))}
      </View>
    </View>
  );
}
