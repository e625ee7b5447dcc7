/**
 * The budget as a PDF: a view of the same BudgetPricing the summary page shows, with no
 * arithmetic of its own, in the order a planning meeting reads it: who and how, totals,
 * warnings, the breakdowns, every line, unpaid care, the comparisons, then signatures. Every figure goes through the one formatter;
 * every word through i18next (pdf.* in src/i18n/en/pdf.json, terms.* in core.json).
 */
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { TFunction } from 'i18next';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import { PdfAbout, PdfTotals, type Revision } from './pdf-about';
import { PdfByDomain, PdfByResource } from './pdf-breakdowns';
import { PdfCarers } from './pdf-carers';
import { PdfComparison, PdfIndicative } from './pdf-comparison';
import { pdfFormat } from './pdf-format';
import { PdfLines } from './pdf-lines';
import { PdfRounding, PdfSignatures } from './pdf-signatures';
import { styles } from './pdf-styles';
import { PdfWarnings } from './pdf-warnings';

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
      title={t('pdf.documentTitle', { name: budget.person.name })}
      subject={t('pdf.subject', { card: format.localise(card.name) })}
      creator={t('pdf.creator')}
      producer={t('pdf.creator')}
      language={language === 'cy' ? 'cy-GB' : 'en-GB'}
    >
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
        <View style={styles.content}>
          <PdfAbout pricing={pricing} format={format} madeOn={madeOn} revision={revision} />
          <PdfTotals pricing={pricing} format={format} />
          <PdfWarnings pricing={pricing} format={format} />
          <PdfByDomain pricing={pricing} format={format} />
          <PdfByResource pricing={pricing} format={format} />
          <PdfLines pricing={pricing} format={format} />
          <PdfCarers pricing={pricing} format={format} />
          <PdfComparison pricing={pricing} format={format} />
          <PdfIndicative pricing={pricing} format={format} />
          <PdfRounding format={format} />
          <PdfSignatures format={format} />
        </View>
      </Page>
    </Document>
  );
}
