/** Cost by area of life, then hours and cost by who gives the support, as on screen. */
import type { SummaryModel } from '../../present/summary';
import { Paragraph, Section } from './pdf-blocks';
import { ModelTable } from './pdf-figures';

export function PdfByDomain({ byDomain }: { byDomain: SummaryModel['byDomain'] }) {
  return (
    // Not kept whole: a section moved whole left page 1 half empty. Its heading keeps with
    // its first rows, and no row splits.
    <Section heading={byDomain.heading}>
      <Paragraph note>{byDomain.intro}</Paragraph>
      <ModelTable table={byDomain.table} widths={['46%', '18%', '18%', '18%']} />
    </Section>
  );
}

export function PdfByResource({ byResource }: { byResource: SummaryModel['byResource'] }) {
  return (
    <Section heading={byResource.heading} keep>
      <ModelTable table={byResource.table} widths={['40%', '20%', '20%', '20%']} />
      {byResource.sleepInNote !== null && <Paragraph note>{byResource.sleepInNote}</Paragraph>}
      {byResource.employerNote !== null && <Paragraph note>{byResource.employerNote}</Paragraph>}
    </Section>
  );
}
