/**
 * The caseload's figures once every budget is priced: headline figures, distribution,
 * breakdowns, home against care homes, flags and warnings, the dearest and outlying
 * budgets, the table of all budgets, and the CSV downloads. One summariseCaseload call
 * (the headless command's), made beside the pricing, gives every figure.
 */
import type { CaseloadEntry } from '../../domain/caseload/entry';
import type { CaseloadSummary } from '../../domain/caseload/summary';
import type { RateCard } from '../../domain/schema/rate-card';
import { caseloadSummaryCsv } from '../../io/caseload-csv';
import { useCaseloadFormat } from './use-caseload-format';
import { useCaseloadStore } from '../../state/caseload/caseload-store';
import { Button } from '../components/button';
import { downloadText } from '../download';
import { CaseloadAgreed } from './caseload-agreed';
import { CaseloadPayers } from './caseload-payers';
import { CaseloadByDomain, CaseloadByResource, CaseloadSettings } from './caseload-breakdowns';
import { CaseloadAvoidance } from './caseload-avoidance';
import { CaseloadBenchmarkExport } from './caseload-benchmark-export';
import { CaseloadFigures } from './caseload-figures';
import { CaseloadInYear } from './caseload-in-year';
import { CaseloadNextCard } from './caseload-next-card';
import { CaseloadFlags } from './caseload-flags';
import { CaseloadHistogram } from './caseload-histogram';
import { CaseloadRanked } from './caseload-ranked';
import { CaseloadReviews } from './caseload-reviews';
import { CaseloadTable } from './caseload-table';
import { SummarySection } from '../summary/summary-section';

export interface CaseloadResultsProps {
  readonly entries: readonly CaseloadEntry[];
  /** summariseCaseload of the entries, worked out with the pricing (off the page's thread). */
  readonly summary: CaseloadSummary;
  readonly card: RateCard;
  readonly onOpen: (file: string) => void;
}

export function CaseloadResults({ entries, summary, card, onOpen }: CaseloadResultsProps) {
  const format = useCaseloadFormat(card);
  const { t } = format;
  const downloadSummary = () =>
    downloadText('caseload-summary.csv', caseloadSummaryCsv(summary, card, t, format.language, useCaseloadStore.getState().comparison), 'text/csv;charset=utf-8');
  const props = { summary, format };
  return (
    <>
      <SummarySection heading={t('caseload.figures.heading')}>
        <p className="nhsuk-body">{t('caseload.figures.onCard', { card: format.cardName })}</p>
        <CaseloadFigures {...props} />
        <Button type="button" variant="secondary" onClick={downloadSummary}>
          {t('caseload.downloads.summary')}
        </Button>
      </SummarySection>
      <SummarySection heading={t('caseload.histogram.heading')}>
        <CaseloadHistogram {...props} />
      </SummarySection>
      <SummarySection heading={t('caseload.byDomain.heading')}>
        <CaseloadByDomain {...props} />
      </SummarySection>
      <SummarySection heading={t('caseload.byResource.heading')}>
        <CaseloadByResource {...props} />
      </SummarySection>
      <SummarySection heading={t('caseload.settings.heading')}>
        <CaseloadSettings {...props} />
      </SummarySection>
      <SummarySection heading={t('commissioner.avoidance.heading')}>
        <CaseloadAvoidance {...props} onOpen={onOpen} />
      </SummarySection>
      <SummarySection heading={t('commissioner.inYear.heading')}>
        <CaseloadInYear {...props} />
      </SummarySection>
      <SummarySection heading={t('commissioner.nextCard.heading')}>
        <CaseloadNextCard format={format} onOpen={onOpen} />
      </SummarySection>
      <SummarySection heading={t('commissioner.benchmark.heading')}>
        <CaseloadBenchmarkExport format={format} />
      </SummarySection>
      <SummarySection heading={t('caseload.flags.heading')}>
        <CaseloadFlags {...props} />
      </SummarySection>
      <SummarySection heading={t('packages.caseload.heading')}>
        <CaseloadAgreed {...props} />
      </SummarySection>
      <SummarySection heading={t('reviews.caseload.heading')}>
        <CaseloadReviews entries={entries} format={format} />
      </SummarySection>
      <SummarySection heading={t('planCover.caseload.heading')}>
        <CaseloadPayers {...props} />
      </SummarySection>
      <SummarySection heading={t('caseload.ranked.heading')}>
        <CaseloadRanked budgets={summary.highest} caption={t('caseload.ranked.highest', { count: summary.highest.length })} format={format} onOpen={onOpen} />
        {summary.outliers.length > 0 ? (
          <CaseloadRanked budgets={summary.outliers} caption={t('caseload.ranked.outliers', { count: summary.outliers.length })} format={format} onOpen={onOpen} />
        ) : (
          <p className="nhsuk-body">{t('caseload.ranked.noOutliers')}</p>
        )}
      </SummarySection>
      <SummarySection heading={t('caseload.table.heading')}>
        <CaseloadTable entries={entries} card={card} format={format} onOpen={onOpen} />
      </SummarySection>
    </>
  );
}
