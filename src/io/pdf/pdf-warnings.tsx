/**
 * The plan's warnings other than carer burden, grouped by kind as on screen: what the
 * concern is, then each line it is about, named by its activity.
 */
import { View } from '@react-pdf/renderer';
import type { SummaryModel } from '../../present/summary';
import { Text } from './pdf-text';
import { Paragraph, Section } from './pdf-blocks';
import { styles } from './pdf-styles';

export function PdfWarnings({ warnings }: { warnings: SummaryModel['warnings'] }) {
  return (
    <Section heading={warnings.heading}>
      {warnings.groups.length === 0 && <Paragraph>{warnings.none}</Paragraph>}
      {warnings.groups.map((group) => (
        <Callout
          key={group.id}
          heading={group.heading}
          body={group.body}
          items={group.items.map((item) => item.text)}
        />
      ))}
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
