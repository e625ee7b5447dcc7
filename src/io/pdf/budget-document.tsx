/**
 * The budget as a PDF: a view of the same BudgetPricing the summary page shows, with no
 * arithmetic of its own, in the order a planning meeting reads it: who and how, totals,
 * warnings, the breakdowns, every line, unpaid care, the comparisons, then signatures
 * (pdf-pages.tsx places them on pages). Every figure goes through the one formatter;
 * every word through i18next (pdf.* in src/i18n/en/pdf.json, terms.* in core.json).
 */
import { Document, Page, View } from '@react-pdf/renderer';
import type { TFunction } from 'i18next';
import { inertText } from '../../domain/plain-text';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import type { Revision } from './pdf-about';
import { pdfFormat, type PdfFormat } from './pdf-format';
import { pageFlows } from './pdf-pages';
import { styles } from './pdf-styles';
import { Text } from './pdf-text';

export interface BudgetDocumentProps {
  readonly pricing: BudgetPricing;
  readonly t: TFunction;
  readonly language: string;
  /** The day the document is made, as an ISO date ("2026-05-01"). */
  readonly madeOn: string;
  /** The agreed revision it shows; absent for a draft (revisions come in a later issue). */
  readonly revision?: Revision | undefined;
}

export function BudgetDocument({ pricing, t, language, madeOn, revision }: BudgetDocumentProps) {
  const format = pdfFormat(pricing, t, language);
  const { budget, card } = pricing;
  const title = budget.title || budget.person.name;
  return (
    <Document
      title={inertText(t('pdf.documentTitle', { name: budget.person.name }))}
      subject={inertText(t('pdf.subject', { card: format.localise(card.name) }))}
      creator={t('pdf.creator')}
      producer={t('pdf.creator')}
      language={language === 'cy' ? 'cy-GB' : 'en-GB'}
    >
      {pageFlows({ pricing, format, madeOn, revision }).map((flow, index) => (
        <BudgetPage key={index} title={title} format={format} madeOn={madeOn}>
          {flow}
        </BudgetPage>
      ))}
    </Document>
  );
}

/** A run of A4 pages with the budget's header and the footer that numbers every page. */
function BudgetPage({
  title,
  format,
  madeOn,
  children,
}: {
  title: string;
  format: PdfFormat;
  madeOn: string;
  children: React.ReactNode;
}) {
  const { t } = format;
  return (
    <Page size="A4" orientation="portrait" style={styles.page}>
      <View style={styles.header} fixed>
        <Text>{t('pdf.header.title', { title })}</Text>
        <Text>{t('pdf.header.kind')}</Text>
      </View>
      <View style={styles.footer} fixed>
        <Text>{t('pdf.footer.madeOn', { date: format.date(madeOn) })}</Text>
        <Text
          render={({ pageNumber, totalPages }) =>
            t('pdf.footer.page', { page: pageNumber, pages: totalPages })
          }
        />
      </View>
      <View style={styles.content}>{children}</View>
    </Page>
  );
}
