/**
 * What goes on which run of pages. react-pdf lays out each <Page> element as one flow and
 * breaks it into printed pages. Its older pagination laid out everything not yet placed
 * again for every page it made, so the time grew with the square of a flow's length, and
 * a budget of 300 lines in one flow took seconds; hence the shorter flows below. The
 * newer pagination the document now uses (budget-document.tsx) lays a flow out once, but
 * the flows are kept, as they set where long tables start.
 *
 * So a long table of lines (more rows than a short section keeps together) starts a new
 * flow, which also starts it on a new printed page, as long tables usually are. A budget
 * with only short tables reads as one flow, exactly as before. A very long table is set
 * in parts of at most ROWS_PER_FLOW rows, each a flow under the area's name again, so
 * that no flow is long: a 2,000-line budget took less than half the time this way (the
 * PDF is still refused beyond PDF_MAX_ROWS, budget-document.tsx).
 */
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import { summaryModel } from '../../present/summary';
import { PdfAbout, PdfTotals, type Revision } from './pdf-about';
import { PdfAmounts } from './pdf-amounts';
import { KEEP_TOGETHER_ROWS, Paragraph } from './pdf-blocks';
import { PdfByDomain, PdfByResource } from './pdf-breakdowns';
import { PdfCarers } from './pdf-carers';
import { PdfComparison, PdfIndicative } from './pdf-comparison';
import type { PdfFormat } from './pdf-format';
import { linesByDomain, type DomainLines } from '../../present/line-working';
import { PdfLinesStart, PdfLinesTable } from './pdf-lines';
import { PdfRounding, PdfSignatures } from './pdf-signatures';
import { PdfTime } from './pdf-time';
import { PdfWarnings } from './pdf-warnings';
import {
  PdfAgreement,
  PdfContingency,
  PdfOutcomes,
  PdfReviews,
  PdfRisks,
  PdfWhoPays,
} from './pdf-plan';
import { planStatementModel } from '../../present/plan-statement';

interface Props {
  readonly pricing: BudgetPricing;
  readonly format: PdfFormat;
  readonly madeOn: string;
  readonly revision?: Revision | undefined;
}

/** The document's content as flows, each to be set on its own run of pages, in order. */
export function pageFlows({ pricing, format, madeOn, revision }: Props): React.ReactNode[][] {
  const tables = linesByDomain(pricing, format);
  const model = summaryModel(pricing, format);
  const plan = planStatementModel(pricing, format);
  const flows: React.ReactNode[][] = [
    [
      <PdfAbout
        key="about"
        pricing={pricing}
        format={format}
        madeOn={madeOn}
        revision={revision}
      />,
      <Paragraph key="as-at">{model.asAt}</Paragraph>,
      <PdfTotals key="totals" totals={model.totals} />,
      <PdfWarnings key="warnings" warnings={model.warnings} />,
      <PdfByDomain key="by-domain" byDomain={model.byDomain} />,
      <PdfByResource key="by-resource" byResource={model.byResource} />,
      <PdfOutcomes key="outcomes" outcomes={model.outcomes} />,
    ],
  ];
  const start = <PdfLinesStart key="lines" hasLines={tables.length > 0} format={format} />;
  if (tables.length === 0) flows[0]?.push(start);
  tables.flatMap(tableParts).forEach((table, index) => {
    if (table.lines.length > KEEP_TOGETHER_ROWS || table.part > 0) flows.push([]);
    const flow = flows[flows.length - 1] as React.ReactNode[];
    // The section's heading goes with its first table, on whichever page that starts.
    if (index === 0) flow.push(start);
    flow.push(<PdfLinesTable key={`${table.domain}-${table.part}`} {...table} format={format} />);
  });
  flows[flows.length - 1]?.push(
    <PdfAmounts key="amounts" pricing={pricing} format={format} />,
    <PdfCarers key="carers" carers={model.carers} />,
    <PdfRisks key="risks" risks={plan.risks} />,
    <PdfContingency key="contingency" contingency={plan.contingency} />,
    <PdfComparison key="comparison" comparison={model.comparison} />,
    <PdfIndicative key="indicative" indicative={model.indicative} />,
    <PdfTime key="time" time={model.time} />,
    <PdfReviews key="reviews" reviews={plan.reviews} />,
    <PdfWhoPays key="who-pays" whoPays={plan.whoPays} />,
    <PdfRounding key="rounding" format={format} />,
    <PdfAgreement key="agreement" agreement={plan.agreement} />,
    <PdfSignatures key="signatures" boxes={plan.signatures} format={format} />,
  );
  return flows;
}

/** The most rows of one table in one flow: a few printed pages. */
const ROWS_PER_FLOW = 100;

/** An area's lines in parts of at most ROWS_PER_FLOW, numbered from 0. */
function tableParts(table: DomainLines): (DomainLines & { part: number })[] {
  return Array.from({ length: Math.ceil(table.lines.length / ROWS_PER_FLOW) }, (_, part) => ({
    domain: table.domain,
    name: table.name,
    lines: table.lines.slice(part * ROWS_PER_FLOW, (part + 1) * ROWS_PER_FLOW),
    part,
  }));
}
