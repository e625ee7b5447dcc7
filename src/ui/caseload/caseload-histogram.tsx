/**
 * The distribution of annual costs: bars for a quick look (hidden from screen readers)
 * and, under them, the table of the same counts, which everyone can read. Bar lengths
 * are shares of the largest count, for drawing only.
 */
import { sharesOfLargestCount } from '../../domain/caseload/histogram';
import type { CaseloadSummary } from '../../domain/caseload/summary';
import { Table } from '../components/table';
import type { CaseloadFormat } from './use-caseload-format';

export function CaseloadHistogram({
  summary,
  format,
}: {
  summary: CaseloadSummary;
  format: CaseloadFormat;
}) {
  const { t, money, count } = format;
  const bands = summary.histogram.map((band) => ({
    key: band.from,
    label:
      band.to === null
        ? t('caseload.histogram.bandOpen', { from: money(band.from) })
        : t('caseload.histogram.band', { from: money(band.from), to: money(band.to) }),
    count: band.count,
  }));
  const shares = sharesOfLargestCount(bands.map((band) => band.count));
  return (
    <>
      <div className="app-caseload-histogram" aria-hidden="true">
        {bands.map((band, index) => (
          <div className="app-caseload-histogram__row" key={band.key}>
            <span className="app-caseload-histogram__label">{band.label}</span>
            <span className="app-caseload-histogram__track">
              <span
                className="app-caseload-histogram__bar"
                style={{ width: `${(shares[index] ?? 0) * 85}%` }}
              />
              <span className="app-caseload-histogram__count">{count(band.count)}</span>
            </span>
          </div>
        ))}
      </div>
      <Table
        caption={t('caseload.histogram.caption')}
        captionSize="s"
        firstCellIsHeader
        columns={[
          { heading: t('caseload.histogram.bandHeading') },
          { heading: t('caseload.histogram.budgets'), numeric: true },
        ]}
        rows={bands.map((band) => ({ key: band.key, cells: [band.label, count(band.count)] }))}
      />
      <p className="nhsuk-body-s">{t('caseload.histogram.rule')}</p>
    </>
  );
}
