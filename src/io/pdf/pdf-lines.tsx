/**
 * The plan line by line: a table of need lines for each area of life that has any, in
 * the card's order, with each line's rate(s), as the line's working model says them
 * (src/present/line-working.ts). The document places the tables (pdf-pages.tsx) and
 * follows them with the expenses (pdf-amounts.tsx).
 */
import type { DomainLines } from '../../present/line-working';
import { Heading, Paragraph, Subheading, Table } from './pdf-blocks';
import type { PdfFormat } from './pdf-format';

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
export function PdfLinesTable({ name, lines, format }: DomainLines & { format: PdfFormat }) {
  const { t } = format;
  // A rate agreed for one line (rule 17) and a line shared between people (rule 18) are
  // worked under the table, in the words of the line's working: who agreed it and the
  // card's rate it replaces, and the week's cost divided between those who share it.
  const working = lines.flatMap((line) =>
    [...line.agreed, ...line.shared].map((text, index) => ({
      key: `${line.id}-${index}`,
      text: `${line.activity}: ${text}`,
    })),
  );
  return (
    <>
      <Table
        lead={<Subheading>{name}</Subheading>}
        columns={[
          { heading: t('summary.lines.activity'), width: '19%' },
          { heading: t('summary.words.who'), width: '15%' },
          { heading: t('summary.lines.when'), width: '18%' },
          { heading: t('summary.lines.hours'), width: '9%', numeric: true },
          { heading: t('pdf.lines.rate'), width: '17%', numeric: true },
          { heading: t('summary.words.weekly'), width: '10%', numeric: true },
          { heading: t('summary.words.annual'), width: '12%', numeric: true },
        ]}
        rows={lines.map((line) => ({
          key: line.id,
          cells: [
            line.activity,
            line.who,
            // When the line is given, then how often its week comes and its dates.
            [line.when, ...(line.time === null ? [] : [line.time])],
            line.amount,
            [...line.rates],
            line.weekly,
            line.annual,
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
