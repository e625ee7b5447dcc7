/**
 * Every budget of the caseload: find by words (person, reference, title, file) or by a
 * flag or warning, sort by any column, and open any one. A nation's caseload is 200,000
 * rows, so the table is virtualised: one real <table> whose rows are only those in view
 * (and a few either side), with empty rows above and below holding the scroll height.
 * aria-rowcount gives the whole count and each row its aria-rowindex, so a screen reader
 * says where it is; the arrow keys, Page Up/Down, Home and End move between the rows'
 * Open buttons, bringing each into view. The rows' words and order come from the
 * caseload table's model (src/present/caseload-table.ts), as do the CSV's headings; every
 * column's order comes ready from the caseload's worker (the store's `orders`). The
 * download holds the rows as filtered and sorted here (caseload-csv-download.tsx).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CaseloadRows } from '../../domain/caseload/caseload-row';
import { CARER_FLAG_IDS } from '../../domain/carer-burden';
import type { RateCard } from '../../domain/schema/rate-card';
import { WARNING_IDS } from '../../domain/warnings';
import { localeOf } from '../../i18n/languages';
import { caseloadTableCsvPieces } from '../../io/caseload-csv';
import { caseloadTable, REVIEW_FILTERS, TABLE_COLUMNS } from '../../present/caseload-table';
import { useCaseloadStore } from '../../state/caseload/caseload-store';
import { caseloadClock } from '../../state/caseload/caseload-clock';
import { ReviewStateTag } from '../builder/reviews/review-state-tag';
import type { CaseloadFormat } from './use-caseload-format';
import { Select } from '../components/select';
import { TextInput } from '../components/text-input';
import { CaseloadOpenButton } from './caseload-open-button';
import { CaseloadCsvDownload } from './caseload-csv-download';
import { SortHeading } from './caseload-table-head';
import type { MessageKey } from '../../i18n/message-keys';

export interface CaseloadTableProps {
  readonly entries: CaseloadRows;
  readonly card: RateCard;
  readonly format: CaseloadFormat;
  readonly onOpen: (file: string) => void;
}

/** Until the first row is measured (and where nothing is laid out, as in jsdom). */
const ROW_HEIGHT = 112;
/** Rows drawn beyond each edge of the view, so a quick scroll never shows a gap. */
const OVERSCAN = 6;
/** The view's height where the browser lays nothing out (jsdom). */
const UNMEASURED_VIEW = 640;

export function CaseloadTable({ entries, card, format, onOpen }: CaseloadTableProps) {
  const { t, count, labels } = format;
  const { query, firstRow, orders, setQuery, setFirstRow } = useCaseloadStore(
    useShallow((state) => ({
      query: state.query,
      orders: state.orders,
      firstRow: state.firstRow,
      setQuery: state.setQuery,
      setFirstRow: state.setFirstRow,
    })),
  );
  const today = caseloadClock.today();
  const model = useMemo(
    () =>
      caseloadTable(
        entries,
        { t, locale: localeOf(format.language), flag: labels.flag, warning: labels.warning },
        // Worked out in a worker with the pricing, so no first sort is a long task here.
        orders ?? undefined,
      ),
    [entries, orders, t, format.language, labels],
  );
  const order = useMemo(() => model.order(query, today), [model, query, today]);
  const scroller = useRef<HTMLDivElement>(null);
  // The heights the window of drawn rows is worked out from, measured once laid out.
  const [box, setBox] = useState({ view: UNMEASURED_VIEW, head: 0, row: ROW_HEIGHT });
  const [scrollTop, setScrollTop] = useState(() => firstRow * ROW_HEIGHT);
  /** Where the table is scrolled to, read when it goes (opening a budget leaves the page). */
  const lastTop = useRef(scrollTop);
  const focusRow = useRef<number | null>(null);
  const start = Math.max(0, Math.floor((scrollTop - box.head) / box.row) - OVERSCAN);
  const end = Math.min(order.length, Math.ceil((scrollTop + box.view) / box.row) + OVERSCAN);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element === null) return;
    // Setting a scroll position makes the browser lay out the page there and then: only
    // when coming back to a table scrolled down.
    if (lastTop.current > 0) element.scrollTop = lastTop.current;
    const measure = () => {
      const drawn = element.querySelector<HTMLElement>('tbody tr[aria-rowindex]');
      const next = {
        view: element.clientHeight || UNMEASURED_VIEW,
        // The caption and the header row, above the first row of the body.
        head: headHeight(element),
        row: drawn?.offsetHeight || ROW_HEIGHT,
      };
      setBox((was) =>
        was.view === next.view && was.head === next.head && was.row === next.row ? was : next,
      );
    };
    // Measured when the browser lays the table out for its first frame (an observer's first
    // call comes then, before the frame is painted), not here: reading a height in React's
    // commit laid out the whole of a large caseload's new results inside that one task.
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    if (observer === null) measure();
    else observer.observe(element);
    return () => {
      observer?.disconnect();
      setFirstRow(Math.floor(lastTop.current / ROW_HEIGHT));
    };
  }, [setFirstRow]);
  // A key moved to a row out of view: focus its button once it is drawn.
  useEffect(() => {
    const wanted = focusRow.current;
    if (wanted === null) return;
    const button = scroller.current?.querySelector<HTMLElement>(`tr[data-row="${wanted}"] button`);
    if (button !== null && button !== undefined) {
      focusRow.current = null;
      button.focus();
    }
  });

  const scrollTo = (top: number) => {
    const bounded = Math.max(0, top);
    if (scroller.current !== null) scroller.current.scrollTop = bounded;
    lastTop.current = bounded;
    setScrollTop(bounded);
  };
  const sortBy = (next: Partial<typeof query>) => {
    setQuery(next);
    scrollTo(0);
  };
  const moveTo = (position: number) => {
    const target = Math.max(0, Math.min(order.length - 1, position));
    const top = box.head + target * box.row;
    if (top < scrollTop + box.head) scrollTo(top - box.head);
    else if (top + box.row > scrollTop + box.view) scrollTo(top + box.row - box.view);
    focusRow.current = target;
    // Already drawn: focus at once (the effect covers rows drawn by the scroll).
    const button = scroller.current?.querySelector<HTMLElement>(`tr[data-row="${target}"] button`);
    if (button !== null && button !== undefined) {
      focusRow.current = null;
      button.focus();
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const row = (event.target as HTMLElement).closest('tr')?.dataset.row;
    if (row === undefined) return;
    const at = Number(row);
    const page = Math.max(1, Math.floor((box.view - box.head) / box.row) - 1);
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      PageDown: at + page,
      PageUp: at - page,
      Home: 0,
      End: order.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  const having = [
    { value: '', label: t('caseload.table.anyFlag') },
    ...CARER_FLAG_IDS.map((id) => ({ value: id, label: labels.flag(id) })),
    ...WARNING_IDS.map((id) => ({ value: id, label: labels.warning(id) })),
    ...REVIEW_FILTERS.map((id) => ({
      value: id,
      label: t(`reviews.filter.${id}` as const satisfies MessageKey),
    })),
  ];
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
  const spacer = (height: number) =>
    height > 0 && (
      <tr className="app-caseload-spacer" aria-hidden="true">
        <td colSpan={TABLE_COLUMNS.length + 1} style={{ height }} />
      </tr>
    );
  const shown = Array.from(order.subarray(start, end), (index, offset) => ({
    position: start + offset,
    row: model.row(index, today),
  }));

  return (
    <>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <TextInput
            id="caseload-search"
            label={t('caseload.table.searchLabel')}
            hint={t('caseload.table.searchHint')}
            value={query.words}
            onChange={(words) => sortBy({ words })}
            spellCheck={false}
          />
        </div>
        <div className="nhsuk-grid-column-one-half">
          <Select
            id="caseload-having"
            label={t('caseload.table.havingLabel')}
            options={having}
            value={query.having}
            onChange={(value) => sortBy({ having: value })}
          />
        </div>
      </div>
      <p className="nhsuk-body">{t('caseload.table.onCard', { card: format.cardName })}</p>
      <p className="nhsuk-body" role="status">
        {t('caseload.table.showing', {
          count: order.length,
          shown: count(order.length),
          all: count(entries.length),
        })}
      </p>
      <div
        className="app-caseload-table-scroll"
        role="region"
        aria-labelledby="caseload-table-caption"
        tabIndex={0}
        ref={scroller}
        onScroll={(event) => {
          lastTop.current = event.currentTarget.scrollTop;
          setScrollTop(lastTop.current);
        }}
      >
        <table className="nhsuk-table app-caseload-table" aria-rowcount={order.length + 1}>
          <caption
            className="nhsuk-table__caption nhsuk-table__caption--s"
            id="caseload-table-caption"
          >
            {t('caseload.table.caption', {
              from: count(order.length === 0 ? 0 : 1),
              to: count(order.length),
              total: count(order.length),
            })}
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row" aria-rowindex={1}>
              {TABLE_COLUMNS.map(({ sort, column, numeric }) => (
                <SortHeading
                  key={sort}
                  column={sort}
                  label={model.headings[column]}
                  numeric={numeric}
                  sort={query.sort}
                  direction={query.direction}
                  onSort={(next, direction) => sortBy({ sort: next, direction })}
                />
              ))}
              <th scope="col" className="nhsuk-table__header">
                {t('caseload.table.action')}
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body" onKeyDown={onKeyDown}>
            {spacer(start * box.row)}
            {shown.map(({ position, row }) => (
              <tr
                className="nhsuk-table__row app-caseload-row"
                key={row.file}
                aria-rowindex={position + 2}
                data-row={position}
              >
                <th scope="row" className="nhsuk-table__header">
                  {row.name}
                  {row.reference !== '' && (
                    <span className="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0 nhsuk-u-font-weight-normal">
                      {row.reference}
                    </span>
                  )}
                  <span className="nhsuk-u-display-block">
                    <ReviewStateTag state={row.review} />
                  </span>
                </th>
                <td className="nhsuk-table__cell app-caseload-file">{row.file}</td>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{row.annual}</td>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{row.weekly}</td>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{row.hours}</td>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric" title={row.flagNames}>
                  {row.flags}
                </td>
                <td
                  className="nhsuk-table__cell nhsuk-table__cell--numeric"
                  title={row.warningNames}
                >
                  {row.warnings}
                </td>
                <td className="nhsuk-table__cell">
                  <CaseloadOpenButton
                    name={row.name}
                    file={row.file}
                    onOpen={() => onOpen(row.file)}
                  />
                </td>
              </tr>
            ))}
            {spacer((order.length - end) * box.row)}
          </tbody>
        </table>
      </div>
      <CaseloadCsvDownload
        caseload={entries}
        format={format}
        label={t('caseload.downloads.table')}
        fileName={
          filter === ''
            ? 'caseload-budgets.csv'
            : `caseload-budgets-filtered-${fileSlug(`${query.words} ${query.having}`)}.csv`
        }
        // The rows as they are at the press: a later search or sort changes the table, not the file.
        pieces={() =>
          caseloadTableCsvPieces(
            { length: order.length, at: (position) => entries.at(order[position] ?? -1) },
            card,
            t,
            { language: format.language, filter: filter === '' ? undefined : filter, today },
          )
        }
        total={order.length}
        started={t('caseload.downloads.writingStarted', {
          count: order.length,
          total: count(order.length),
        })}
        disabled={order.length === 0}
      />
    </>
  );
}

function headHeight(scroller: HTMLElement): number {
  const table = scroller.querySelector('table');
  const body = scroller.querySelector('tbody');
  if (table === null || body === null) return 0;
  return body.getBoundingClientRect().top - table.getBoundingClientRect().top;
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
