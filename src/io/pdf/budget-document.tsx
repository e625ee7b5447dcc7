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
import type { FontFace } from './fonts';
import type { Revision } from './pdf-about';
import { pdfFormat, type PdfFormat } from './pdf-format';
import { pageFlows } from './pdf-pages';
import { styles } from './pdf-styles';
import { Text } from './pdf-text';
import { printable, type Unprintable } from './printable';
import { localeOf } from '../../i18n/languages';

export interface BudgetDocumentProps {
  readonly pricing: BudgetPricing;
  readonly t: TFunction;
  readonly language: string;
  /** The day the document is made, as an ISO date ("2026-05-01"). */
  readonly madeOn: string;
  /** The agreed revision it shows; absent for a draft (revisions come in a later issue). */
  readonly revision?: Revision | undefined;
}

/**
 * The most need lines and expenses, together, the PDF is made for. The PDF is made in a
 * worker, but react-pdf's layout still grows with the rows (a 300-line budget about a
 * second at full speed, four times that on a slow laptop), and a 2,000-line budget took
 * minutes when first measured: past this, a person waits too long for a document nobody
 * prints. Measured in docs/performance.md; the refusal is explained in docs/pdf.md.
 */
export const PDF_MAX_ROWS = 500;

export interface TooLong {
  readonly rows: number;
  readonly limit: number;
}

/** Why a PDF was not made: a budget longer than it serves, or a text it would misprint. */
export type Refused =
  | { readonly ok: false; readonly tooLong: TooLong }
  | { readonly ok: false; readonly unprintable: Unprintable };

export type Prepared<T> = { readonly ok: true; readonly value: T } | Refused;

/**
 * The document ready to render, with the families its text needs loaded; or, with nothing
 * laid out, why not: too long, or the first text it would print wrongly. Node and the browser render it alike.
 */
export async function preparedDocument(
  props: BudgetDocumentProps,
  loadFamilies: (faces: readonly FontFace[]) => Promise<void>,
): Promise<Prepared<ReturnType<typeof BudgetDocument>>> {
  const { budget } = props.pricing;
  const rows = budget.lines.length + budget.expenses.length;
  if (rows > PDF_MAX_ROWS) return { ok: false, tooLong: { rows, limit: PDF_MAX_ROWS } };
  const fonts = printable(props.pricing);
  if (!fonts.ok) return fonts;
  await loadFamilies(fonts.faces);
  // Called as a function, the component gives the <Document> element react-pdf expects
  // (it uses no hooks), without the callers needing JSX.
  return {
    ok: true,
    value: BudgetDocument({ ...props, fonts: fonts.faces.map((face) => face.family) }),
  };
}

/**
 * The document, set in the font families given, in the order react-pdf is to try them:
 * those its text needs (printable.ts), which the caller has registered.
 */
export function BudgetDocument({
  pricing,
  t,
  language,
  madeOn,
  revision,
  fonts,
}: BudgetDocumentProps & { readonly fonts: readonly string[] }) {
  const format = pdfFormat(pricing, t, language);
  const { budget, card } = pricing;
  const title = budget.title || budget.person.name;
  return (
    <Document
      title={inertText(t('pdf.documentTitle', { name: budget.person.name }))}
      subject={inertText(t('pdf.subject', { card: format.localise(card.name) }))}
      creator={t('pdf.creator')}
      producer={t('pdf.creator')}
      language={localeOf(language)}
    >
      {pageFlows({ pricing, format, madeOn, revision }).map((flow, index) => (
        <BudgetPage key={index} title={title} format={format} madeOn={madeOn} fonts={fonts}>
          {flow}
        </BudgetPage>
      ))}
    </Document>
  );
}

/**
 * A run of A4 pages with the budget's header and the footer that numbers every page.
 * Set with react-pdf's newer pagination (`experimentalPagination`): it lays the run out
 * once and fills pages with the measured boxes, where the older one laid out everything
 * not yet placed again for every page, and again for each page's number. A 300-line
 * budget's PDF takes about a third less time (docs/performance.md). It also keeps a
 * heading's space above it when the heading starts a page.
 */
function BudgetPage({
  title,
  format,
  madeOn,
  fonts,
  children,
}: {
  title: string;
  format: PdfFormat;
  madeOn: string;
  fonts: readonly string[];
  children: React.ReactNode;
}) {
  const { t } = format;
  return (
    <Page
      experimentalPagination
      size="A4"
      orientation="portrait"
      style={[styles.page, { fontFamily: [...fonts] }]}
    >
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
