/** Who the budget is for, what it rests on (funding route, rate card, revision), and its totals. */
import { Text } from './pdf-text';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import { revisionWords } from '../../present/revision-diff';
import type { SummaryModel } from '../../present/summary';
import { KeyValues, Paragraph, Section, type KeyValue } from './pdf-blocks';
import { FigureValues } from './pdf-figures';
import type { PdfFormat } from './pdf-format';
import { styles } from './pdf-styles';
import type { TermKey } from '../../i18n/message-keys';

export interface Revision {
  readonly number: number;
  readonly date: string;
  /** The draft has changed since this revision: the document is a draft after it. */
  readonly changedSince?: boolean | undefined;
}

export interface PdfAboutProps {
  readonly pricing: BudgetPricing;
  readonly format: PdfFormat;
  readonly madeOn: string;
  readonly revision?: Revision | undefined;
}

export function PdfAbout({ pricing, format, madeOn, revision }: PdfAboutProps) {
  const { t, localise, date } = format;
  const { budget, card } = pricing;
  const rows: KeyValue[] = [{ key: t('pdf.about.person'), value: budget.person.name }];
  if (budget.person.reference)
    rows.push({ key: t('pdf.about.reference'), value: budget.person.reference });
  rows.push(
    {
      key: t('pdf.about.fundingRoute'),
      value: t(`terms.fundingRoute.${budget.fundingRoute}` as const satisfies TermKey),
    },
    {
      key: t('pdf.about.rateCard'),
      value: t('pdf.about.rateCardValue', { name: localise(card.name), id: card.id }),
    },
    {
      key: t('pdf.about.valid'),
      value: t('pdf.about.validValue', { from: date(card.validFrom), to: date(card.validTo) }),
    },
    { key: t('pdf.about.weeks'), value: card.weeksPerYear },
    { key: t('pdf.about.revision'), value: revisionWords(revision, t, date) },
    { key: t('pdf.about.madeOn'), value: date(madeOn) },
  );
  return (
    <>
      <Text style={styles.title}>{budget.title || budget.person.name}</Text>
      <Text style={styles.kind}>{t('pdf.header.kind')}</Text>
      <Section heading={t('pdf.about.heading')} keep>
        <KeyValues rows={rows} />
        {card.illustrative === true && <Paragraph note>{t('pdf.about.illustrative')}</Paragraph>}
      </Section>
    </>
  );
}

export function PdfTotals({ totals }: { totals: SummaryModel['totals'] }) {
  return (
    <Section heading={totals.heading} keep>
      <FigureValues figures={totals.figures} />
    </Section>
  );
}
