/**
 * Every budget of the caseload: find by words (person, reference, title, file) or by a
 * flag or warning, sort by any column, fifty to a page, and open any one. The download
 * holds the rows as filtered and sorted here, every page of them.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CaseloadEntry } from '../../domain/caseload/entry';
import { CARER_FLAG_IDS } from '../../domain/carer-burden';
import type { RateCard } from '../../domain/schema/rate-card';
import { WARNING_IDS } from '../../domain/warnings';
import { caseloadTableCsv } from '../../io/caseload-csv';
import { useCaseloadStore } from '../../state/caseload/caseload-store';
import {
  PAGE_SIZE,
  REVIEW_FILTERS,
  tableRows,
  type SortKey,
} from '../../state/caseload/table-rows';
import { caseloadClock } from '../../state/caseload/caseload-clock';
import { entryReviewState } from '../../domain/caseload/reviews';
import { ReviewStateTag } from '../builder/reviews/review-state-tag';
import type { CaseloadFormat } from './use-caseload-format';
import { Button } from '../components/button';
import { Select } from '../components/select';
import { TextInput } from '../components/text-input';
import { downloadText } from '../download';
import { CaseloadOpenButton } from './caseload-open-button';
import { CaseloadPages } from './caseload-pages';
import { SortHeading } from './caseload-table-head';

export interface CaseloadTableProps {
  readonly entries: readonly CaseloadEntry[];
  readonly card: RateCard;
  readonly format: CaseloadFormat;
  readonly onOpen: (file: string) => void;
}

export function CaseloadTable({ entries, card, format, onOpen }: CaseloadTableProps) {
  const { t, money, hours, count, labels } = format;
  const { query, page, setQuery, setPage } = useCaseloadStore(
    useShallow((state) => ({
      query: state.query,
      page: state.page,
      setQuery: state.setQuery,
      setPage: state.setPage,
    })),
  );
  const rows = useMemo(() => tableRows(entries, query), [entries, query]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = rows.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const having = [
    { value: '', label: t('caseload.table.anyFlag') },
    ...CARER_FLAG_IDS.map((id) => ({ value: id, label: labels.flag(id) })),
    ...WARNING_IDS.map((id) => ({ value: id, label: labels.warning(id) })),
    ...REVIEW_FILTERS.map((id) => ({ value: id, label: t(`reviews.filter.${id}`) })),
  ];
  const today = caseloadClock.today();
  const heading = (column: SortKey, label: string, numeric = false) => (
    <SortHeading
      column={column}
      label={label}
      numeric={numeric}
      sort={query.sort}
      direction={query.direction}
      onSort={(sort, direction) => setQuery({ sort, direction })}
    />
  );
  // A filtered download says so in its name and in every row, so it is never taken for the whole caseload.
  const filter = [
    ...(query.words.trim() === ''
      ? []
      : [t('caseload.table.filterWords', { words: query.words.trim() })]),
    ...(query.having === ''
      ? []
      : [
          t('caseload.table.filterHaving', {
            label: having.find((option) => option.value === query.having)?.label ?? query.having,
          }),
        ]),
  ].join('; ');
  const download = () =>
    downloadText(
      filter === ''
        ? 'caseload-budgets.csv'
        : `caseload-budgets-filtered-${fileSlug(`${query.words} ${query.having}`)}.csv`,
      caseloadTableCsv(
        rows.map((row) => row.entry),
        card,
        t,
        format.language,
        filter === '' ? undefined : filter,
        today,
      ),
      'text/csv;charset=utf-8',
    );

  return (
    <>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <TextInput
            id="caseload-search"
            label={t('caseload.table.searchLabel')}
            hint={t('caseload.table.searchHint')}
            value={query.words}
            onChange={(words) => setQuery({ words })}
            spellCheck={false}
          />
        </div>
        <div className="nhsuk-grid-column-one-half">
          <Select
            id="caseload-having"
            label={t('caseload.table.havingLabel')}
            options={having}
            value={query.having}
            onChange={(value) => setQuery({ having: value })}
          />
        </div>
      </div>
      <p className="nhsuk-body">{t('caseload.table.onCard', { card: format.cardName })}</p>
      <p className="nhsuk-body" role="status">
        {t('caseload.table.showing', {
          count: rows.length,
          shown: count(rows.length),
          all: count(entries.length),
        })}
      </p>
      <div
        className="app-caseload-table-scroll"
        role="region"
        aria-labelledby="caseload-table-caption"
        tabIndex={0}
      >
        <table className="nhsuk-table app-caseload-table">
          <caption
            className="nhsuk-table__caption nhsuk-table__caption--s"
            id="caseload-table-caption"
          >
            {t('caseload.table.caption', {
              from: count(rows.length === 0 ? 0 : current * PAGE_SIZE + 1),
              to: count(current * PAGE_SIZE + shown.length),
              total: count(rows.length),
            })}
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              {heading('person', t('caseload.table.person'))}
              {heading('file', t('caseload.table.file'))}
              {heading('annual', t('caseload.table.annual'), true)}
              {heading('weekly', t('caseload.table.weekly'), true)}
              {heading('hours', t('caseload.table.hoursWeekly'), true)}
              {heading('flags', t('caseload.table.carerFlags'), true)}
              {heading('warnings', t('caseload.table.warnings'), true)}
              <th scope="col" className="nhsuk-table__header">
                {t('caseload.table.action')}
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {shown.map(({ entry, hours: entryHours }) => {
              const name = entry.person === '' ? entry.id : entry.person;
              return (
                <tr className="nhsuk-table__row" key={entry.file}>
                  <th scope="row" className="nhsuk-table__header">
                    {name}
                    {entry.reference !== '' && (
                      <span className="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0 nhsuk-u-font-weight-normal">
                        {entry.reference}
                      </span>
                    )}
                    <span className="nhsuk-u-display-block">
                      <ReviewStateTag state={entryReviewState(entry.reviews, today)} />
                    </span>
                  </th>
                  <td className="nhsuk-table__cell app-caseload-file">{entry.file}</td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                    {money(entry.totals.annual)}
                  </td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                    {money(entry.totals.weekly)}
                  </td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                    {hours(entryHours)}
                  </td>
                  <td
                    className="nhsuk-table__cell nhsuk-table__cell--numeric"
                    title={entry.carerFlags.map(labels.flag).join('; ')}
                  >
                    {count(entry.carerFlags.length)}
                  </td>
                  <td
                    className="nhsuk-table__cell nhsuk-table__cell--numeric"
                    title={entry.warnings.map(labels.warning).join('; ')}
                  >
                    {count(entry.warnings.length)}
                  </td>
                  <td className="nhsuk-table__cell">
                    <CaseloadOpenButton
                      name={name}
                      file={entry.file}
                      onOpen={() => onOpen(entry.file)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <CaseloadPages page={current} pages={pages} onPage={setPage} />
      <Button type="button" variant="secondary" onClick={download} disabled={rows.length === 0}>
        {t('caseload.downloads.table')}
      </Button>
    </>
  );
}

/** Letters and digits of the filter, for a file name: "smith carer-nights" → "smith-carer-nights". */
function fileSlug(words: string): string {
  return (
    words
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'filtered'
  );
}
