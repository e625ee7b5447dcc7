/**
 * The caseload's figures once every budget is priced: headline figures, distribution,
 * breakdowns, home against care homes, flags and warnings, the dearest and outlying
 * budgets, the table of all budgets, and the CSV downloads. One summariseCaseload call
 * (the headless command's), made beside the pricing, gives every figure.
 */
import type { CaseloadRows } from '../../domain/caseload/caseload-row';
import type { CaseloadSummary } from '../../domain/caseload/summary';
import type { RateCard } from '../../domain/schema/rate-card';
import { caseloadSummaryCsvPieces } from '../../io/caseload-csv';
import { useCaseloadFormat } from './use-caseload-format';
import { useCaseloadStore } from '../../state/caseload/caseload-store';
import { CaseloadAgreed } from './caseload-agreed';
import { CaseloadPayers } from './caseload-payers';
import { CaseloadByDomain, CaseloadByResource, CaseloadSettings } from './caseload-breakdowns';
import { CaseloadAvoidance } from './caseload-avoidance';
import { CaseloadBenchmarkExport } from './caseload-benchmark-export';
import { CaseloadCsvDownload } from './caseload-csv-download';
import { CaseloadFigures } from './caseload-figures';
import { CaseloadInYear } from './caseload-in-year';
import { CaseloadNextCard } from './caseload-next-card';
import { CaseloadFlags } from './caseload-flags';
import { CaseloadHistogram } from './caseload-histogram';
import { CaseloadRanked } from './caseload-ranked';
import { CaseloadReviews } from './caseload-reviews';
import { CaseloadTable } from './caseload-table';
import { CaseloadContents } from './caseload-contents';
import { SummarySection } from '../summary/summary-section';

export interface CaseloadResultsProps {
  readonly entries: CaseloadRows;
  /** summariseCaseload of the entries, worked out with the pricing (off the page's thread). */
  readonly summary: CaseloadSummary;
  readonly card: RateCard;
  readonly onOpen: (file: string) => void;
}

/**
 * Outlying budgets drawn on the page, the dearest first. A large caseload has thousands
 * (about one in ten of a generated one), too many for a plain table; the figures' CSV
 * lists every one.
 */
export const OUTLIERS_SHOWN = 100;

/** Each section's heading id and message key, in page order: the contents list's links. */
const SECTIONS: readonly (readonly [string, string])[] = [
  ['caseload-figures', 'caseload.figures.heading'],
  ['caseload-histogram', 'caseload.histogram.heading'],
  ['caseload-byDomain', 'caseload.byDomain.heading'],
  ['caseload-byResource', 'caseload.byResource.heading'],
  ['caseload-settings', 'caseload.settings.heading'],
  ['caseload-avoidance', 'commissioner.avoidance.heading'],
  ['caseload-inYear', 'commissioner.inYear.heading'],
  ['caseload-nextCard', 'commissioner.nextCard.heading'],
  ['caseload-benchmark', 'commissioner.benchmark.heading'],
  ['caseload-flags', 'caseload.flags.heading'],
  ['caseload-agreed', 'packages.caseload.heading'],
  ['caseload-reviews', 'reviews.caseload.heading'],
  ['caseload-payers', 'planCover.caseload.heading'],
  ['caseload-ranked', 'caseload.ranked.heading'],
  ['caseload-table', 'caseload.table.heading'],
];

export function CaseloadResults({ entries, summary, card, onOpen }: CaseloadResultsProps) {
  const format = useCaseloadFormat(card);
  const { t } = format;
  const props = { summary, format };
  return (
    <>
      <CaseloadContents sections={SECTIONS.map(([id, key]) => ({ id, heading: t(key) }))} />
      <SummarySection heading={t('caseload.figures.heading')} id="caseload-figures">
        <p className="nhsuk-body">{t('caseload.figures.onCard', { card: format.cardName })}</p>
        <CaseloadFigures {...props} />
        <CaseloadCsvDownload
          caseload={summary}
          format={format}
          label={t('caseload.downloads.summary')}
          fileName="caseload-summary.csv"
          pieces={() =>
            caseloadSummaryCsvPieces(
              summary,
              card,
              t,
              format.language,
              useCaseloadStore.getState().comparison,
            )
          }
          started={t('caseload.downloads.writingSummary')}
        />
      </SummarySection>
      <SummarySection heading={t('caseload.histogram.heading')} id="caseload-histogram">
        <CaseloadHistogram {...props} />
      </SummarySection>
      <SummarySection heading={t('caseload.byDomain.heading')} id="caseload-byDomain">
        <CaseloadByDomain {...props} />
      </SummarySection>
      <SummarySection heading={t('caseload.byResource.heading')} id="caseload-byResource">
        <CaseloadByResource {...props} />
      </SummarySection>
      <SummarySection heading={t('caseload.settings.heading')} id="caseload-settings">
        <CaseloadSettings {...props} />
      </SummarySection>
      <SummarySection heading={t('commissioner.avoidance.heading')} id="caseload-avoidance">
        <CaseloadAvoidance {...props} onOpen={onOpen} />
      </SummarySection>
      <SummarySection heading={t('commissioner.inYear.heading')} id="caseload-inYear">
        <CaseloadInYear {...props} />
      </SummarySection>
      <SummarySection heading={t('commissioner.nextCard.heading')} id="caseload-nextCard">
        <CaseloadNextCard format={format} onOpen={onOpen} />
      </SummarySection>
      <SummarySection heading={t('commissioner.benchmark.heading')} id="caseload-benchmark">
        <CaseloadBenchmarkExport format={format} />
      </SummarySection>
      <SummarySection heading={t('caseload.flags.heading')} id="caseload-flags">
        <CaseloadFlags {...props} />
      </SummarySection>
      <SummarySection heading={t('packages.caseload.heading')} id="caseload-agreed">
        <CaseloadAgreed {...props} />
      </SummarySection>
      <SummarySection heading={t('reviews.caseload.heading')} id="caseload-reviews">
        <CaseloadReviews entries={entries} format={format} />
      </SummarySection>
      <SummarySection heading={t('planCover.caseload.heading')} id="caseload-payers">
        <CaseloadPayers {...props} />
      </SummarySection>
      <SummarySection heading={t('caseload.ranked.heading')} id="caseload-ranked">
        <CaseloadRanked
          budgets={summary.highest}
          caption={t('caseload.ranked.highest', { count: summary.highest.length })}
          format={format}
          onOpen={onOpen}
        />
        {summary.outliers.length > 0 ? (
          <>
            <CaseloadRanked
              budgets={summary.outliers.slice(0, OUTLIERS_SHOWN)}
              caption={t('caseload.ranked.outliers', { count: summary.outliers.length })}
              format={format}
              onOpen={onOpen}
            />
            {summary.outliers.length > OUTLIERS_SHOWN && (
              <p className="nhsuk-body">
                {t('caseload.ranked.outliersShown', {
                  shown: format.count(OUTLIERS_SHOWN),
                  total: format.count(summary.outliers.length),
                })}
              </p>
            )}
          </>
        ) : (
          <p className="nhsuk-body">{t('caseload.ranked.noOutliers')}</p>
        )}
      </SummarySection>
      <SummarySection heading={t('caseload.table.heading')} id="caseload-table">
        <CaseloadTable entries={entries} card={card} format={format} onOpen={onOpen} />
      </SummarySection>
    </>
  );
}
