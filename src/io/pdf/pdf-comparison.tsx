/**
 * Home against each care-home setting of the card, then against the indicative sum.
 * Differences are said in words, never with a minus sign, as on screen.
 */
import { View } from '@react-pdf/renderer';
import type { SummaryModel } from '../../present/summary';
import { Paragraph, Section } from './pdf-blocks';
import { FigureValues, ModelTable } from './pdf-figures';
import { Text } from './pdf-text';
import { styles } from './pdf-styles';

export function PdfComparison({ comparison }: { comparison: SummaryModel['comparison'] }) {
  if (comparison.table.rows.length === 0) {
    return (
      <Section heading={comparison.heading}>
        <Paragraph>{comparison.none}</Paragraph>
      </Section>
    );
  }
  return (
    <Section heading={comparison.heading}>
      <Paragraph note>{comparison.intro}</Paragraph>
      <ModelTable table={comparison.table} widths={['25%', '25%', '17%', '33%']} />
      {comparison.fncNote !== null && <Paragraph note>{comparison.fncNote}</Paragraph>}
      <Paragraph>{comparison.headroomIntro}</Paragraph>
      <View style={styles.body}>
        {comparison.headroom.map((sentence, index) => (
          <Text key={index} wrap={false}>{`•  ${sentence}`}</Text>
        ))}
      </View>
    </Section>
  );
}

export function PdfIndicative({ indicative }: { indicative: SummaryModel['indicative'] }) {
  return (
    <Section heading={indicative.heading} keep>
      <Paragraph note>{indicative.intro}</Paragraph>
      {indicative.figures.length === 0 ? (
        <Paragraph>{indicative.none}</Paragraph>
      ) : (
        <FigureValues figures={indicative.figures} />
      )}
    </Section>
  );
}
