/**
 * The plan line by line: a table of need lines for each area of life that has any, in
 * the card's order, with each line's rate(s) as the working shows them. The document
 * places the tables (pdf-pages.tsx) and follows them with the expenses (pdf-amounts.tsx).
 */
import { formatRate } from '../../domain/format';
import type { PricedLine } from '../../domain/pricing/line';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import type { RateCard } from '../../domain/schema/rate-card';
import { agreedWorking, sharedWorking } from '../../present/package-working';
import { Heading, Paragraph, Subheading, Table } from './pdf-blocks';
import { lineTimeWords } from '../../present/time-words';
import { whenItHappens, whoGivesIt } from '../../present/words';
import { dayList, type PdfFormat } from './pdf-format';

/** One area of life's lines, in the order the budget has them. */
export interface DomainLines {
  readonly domain: string;
  readonly lines: readonly PricedLine[];
}

/** The areas of life that have lines, in the card's order. */
export function linesByDomain(pricing: BudgetPricing): DomainLines[] {
  const groups = new Map<string, PricedLine[]>(
    pricing.card.domains.map((domain) => [domain.id, []]),
  );
  for (const priced of pricing.lines) groups.get(priced.line.domain)?.push(priced);
  return [...groups]
    .filter(([, lines]) => lines.length > 0)
    .map(([domain, lines]) => ({ domain, lines }));
}

/** The section's heading and what it says before the tables (or that there are none). */
export function PdfLinesStart({ hasLines, format }: { hasLines: boolean; format: PdfFormat }) {
  const { t } = format;
  return (
    <>
      <Heading>{t('summary.lines.heading')}</Heading>
      {hasLines ? (
        <Paragraph note>{t('pdf.lines.intro')}</Paragraph>
      ) : (
        <Paragraph>{t('summary.lines.none')}</Paragraph>
      )}
    </>
  );
}

/** One area of life's table, under its name. */
export function PdfLinesTable({
  domain,
  lines,
  card,
  format,
}: DomainLines & { card: RateCard; format: PdfFormat }) {
  const { t, money, hours } = format;
  // A rate agreed for one line (rule 17) and a line shared between people (rule 18) are
  // worked under the table, as the summary's working says them: who agreed it and the
  // card's rate it replaces, and the week's cost divided between those who share it.
  const working = lines.flatMap((priced) =>
    [...agreedWorking(priced, card, t, money), ...sharedWorking(priced, t)].map((text, index) => ({
      key: `${priced.line.id}-${index}`,
      text: `${priced.line.activity}: ${text}`,
    })),
  );
  return (
    <>
      <Table
        lead={<Subheading>{format.labels.domain(domain)}</Subheading>}
        columns={[
          { heading: t('summary.lines.activity'), width: '19%' },
          { heading: t('summary.words.who'), width: '15%' },
          { heading: t('summary.lines.when'), width: '18%' },
          { heading: t('summary.lines.hours'), width: '9%', numeric: true },
          { heading: t('pdf.lines.rate'), width: '17%', numeric: true },
          { heading: t('summary.words.weekly'), width: '10%', numeric: true },
          { heading: t('summary.words.annual'), width: '12%', numeric: true },
        ]}
        rows={lines.map((priced) => ({
          key: priced.line.id,
          cells: [
            priced.line.activity,
            whoGivesIt(priced.line, format.t, format.labels),
            whenCell(priced, format),
            priced.line.kind === 'sleep-in'
              ? t('summary.words.nights', { count: priced.nights })
              : hours(priced.hours),
            rates(priced, format),
            money(priced.weekly),
            money(priced.annual),
          ],
        }))}
      />
      {working.map((note) => (
        <Paragraph key={note.key} note>
          {note.text}
        </Paragraph>
      ))}
    </>
  );
}

/** When the line is given, then how often its week comes and its dates: "every other week, from 1 June 2026". */
function whenCell({ line }: PricedLine, format: PdfFormat): string[] {
  const time = lineTimeWords(line, format.t, format.date);
  return [whenItHappens(line, format.t), ...(time === '' ? [] : [time])];
}

/** Each step's rate (weekdays and weekend days can differ), PA rates with on-costs, unrounded. */
function rates({ segments }: PricedLine, { t }: PdfFormat): string[] {
  if (segments.length === 0) return [t('pdf.lines.noCost')];
  return segments.map((segment) => {
    const rate = formatRate(segment.rate);
    const night = segment.unit === 'night';
    if (segments.length === 1)
      return t(night ? 'pdf.lines.perNight' : 'pdf.lines.perHour', { rate });
    return t(night ? 'pdf.lines.perNightOn' : 'pdf.lines.perHourOn', {
      rate,
      days: dayList(segment.days, t),
    });
  });
}
