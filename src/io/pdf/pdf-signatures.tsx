/** The rounding rule in one sentence, then ruled lines for the people who agree the budget. */
import { View } from '@react-pdf/renderer';
import { Text } from './pdf-text';
import { Paragraph, Section } from './pdf-blocks';
import type { PdfFormat } from './pdf-format';
import { styles } from './pdf-styles';

export function PdfRounding({ format }: { format: PdfFormat }) {
  const { t } = format;
  return (
    <Section heading={t('pdf.rounding.heading')} keep>
      <Paragraph>{t('pdf.rounding.body')}</Paragraph>
    </Section>
  );
}

export function PdfSignatures({ format }: { format: PdfFormat }) {
  const { t } = format;
  return (
    // One block: a signature separated from what it agrees to would be worth little.
    <View wrap={false}>
      <Text style={styles.heading}>{t('pdf.signatures.heading')}</Text>
      <Paragraph>{t('pdf.signatures.intro')}</Paragraph>
      <View style={styles.signatures}>
        <SignatureBox who={t('pdf.signatures.person')} format={format} />
        <SignatureBox who={t('pdf.signatures.coordinator')} format={format} />
      </View>
    </View>
  );
}

function SignatureBox({ who, format }: { who: string; format: PdfFormat }) {
  const { t } = format;
  return (
    <View style={styles.signatureBox}>
      <Text style={styles.bold}>{who}</Text>
      {[t('pdf.signatures.name'), t('pdf.signatures.signature'), t('pdf.signatures.date')].map(
        (label) => (
          <View key={label} style={styles.signatureLine}>
            <Text style={styles.signatureLabel}>{label}</Text>
            <View style={styles.rule} />
          </View>
        ),
      )}
    </View>
  );
}
