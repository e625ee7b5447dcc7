/**
 * Unpaid care the plan relies on, as the summary's model says it: per carer, hours, nights
 * and caring days, then each flag with what it found against which threshold and what
 * would bring the carer under it.
 */
import { View } from '@react-pdf/renderer';
import { Text } from './pdf-text';
import type { CarerFlagModel, CarerPanelModel, CarersModel } from '../../present/carers';
import { KeyValues, Paragraph, Section } from './pdf-blocks';
import { styles } from './pdf-styles';

export function PdfCarers({ carers }: { carers: CarersModel }) {
  return (
    <Section heading={carers.heading}>
      <Paragraph note>{carers.intro}</Paragraph>
      {carers.none !== null ? (
        <Paragraph>{carers.none}</Paragraph>
      ) : (
        carers.carers.map((panel) => <CarerPanel key={panel.id} panel={panel} />)
      )}
    </Section>
  );
}

/** Every flag a carer can have at once is fewer than this: their box fits a page. */
const MAX_FLAGS_KEPT_WHOLE = 7;

function CarerPanel({ panel }: { panel: CarerPanelModel }) {
  return (
    // One carer's box is never split across pages (a carer with very many flags, taller
    // than a page, is the exception react-pdf must split).
    <View style={styles.card} wrap={panel.flags.length > MAX_FLAGS_KEPT_WHOLE}>
      <Text style={[styles.subheading, { marginTop: 0 }]} minPresenceAhead={60}>
        {panel.heading}
      </Text>
      <KeyValues rows={panel.figures.map(({ label, value }) => ({ key: label, value }))} />
      {panel.noFlags !== null ? (
        <Text>{panel.noFlags}</Text>
      ) : (
        panel.flags.map((flag) => <FlagText key={flag.id} flag={flag} />)
      )}
    </View>
  );
}

function FlagText({ flag }: { flag: CarerFlagModel }) {
  return (
    <View style={styles.flag} wrap={false}>
      <Text style={styles.bold}>{flag.heading}</Text>
      <Text>{flag.found}</Text>
      <Text>{`${flag.relief} ${flag.cost}`}</Text>
    </View>
  );
}
