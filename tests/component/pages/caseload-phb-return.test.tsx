/**
 * The PHB return on the caseload page counts the same files as `npm run price -- --cohort
 * <folder> --format phb-return`: each of the five tables shows the command's counts, with
 * totals, social care apart and the undated budgets listed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  PHB_COHORTS,
  RETURN_COUNTS,
  type PhbReturn,
} from '../../../src/domain/caseload/phb-return';
import type { Budget } from '../../../src/domain/schema/budget';
import { BUDGET_VERSION, FUNDING_ROUTES } from '../../../src/domain/schema/budget-values';
import english from '../../../src/i18n/en/caseload.json';
import { budgetFileText } from '../../../src/io/budget-file';
import { useCaseloadStore } from '../../../src/state/caseload/caseload-store';
import { budget, ROOT } from '../../helpers/builders';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

const labels = english.caseload.phbReturn;
const plans: Partial<Budget>[] = [
  {
    id: 'chc-dp',
    fundingRoute: 'direct-payment',
    plan: { start: '2026-06-30', status: 'active', cohort: 'adult-chc' },
  },
  {
    id: 'chc-notional',
    fundingRoute: 'notional',
    plan: { start: '2025-10-01', end: '2026-04-01', status: 'ended', cohort: 'adult-chc' },
  },
  {
    id: 's117',
    fundingRoute: 'third-party',
    plan: { start: '2026-01-01', end: '2026-06-30', status: 'active', cohort: 'section-117' },
  },
  { id: 'unsorted', fundingRoute: 'notional', plan: { start: '2026-05-01', status: 'agreed' } },
  { id: 'draft', fundingRoute: 'notional', plan: { start: '2026-05-01', cohort: 'end-of-life' } },
  {
    id: 'care-act',
    fundingRoute: 'direct-payment',
    plan: { start: '2026-05-01', status: 'active', cohort: 'social-care' },
  },
  {
    id: 'later',
    fundingRoute: 'direct-payment',
    plan: { start: '2026-07-01', status: 'agreed', cohort: 'adult-fast-track' },
  },
  { id: 'old-file' },
];
const texts = plans.map(
  (fields) =>
    [
      `${fields.id ?? ''}.json`,
      budgetFileText(budget({ version: BUDGET_VERSION, ...fields })),
    ] as const,
);
const folder = mkdtempSync(join(tmpdir(), 'phb-return-page-'));
for (const [name, text] of texts) writeFileSync(join(folder, name), text);

/** The headless command, run as a person runs it (its rate-card folder is found from its own file). */
function headlessReturn(quarter: string): PhbReturn {
  const run = spawnSync(
    'npx',
    ['tsx', 'src/cli/price.ts', '--cohort', folder, '--format', 'phb-return', '--quarter', quarter],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as PhbReturn;
}

afterEach(() => act(() => useCaseloadStore.getState().clear()));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A cell's own text, without the column heading the table repeats in it for phones. */
function cellText(cell: HTMLElement): string {
  return [...cell.childNodes]
    .filter(
      (node) => !(node instanceof HTMLElement && node.classList.contains('nhsuk-table__heading')),
    )
    .map((node) => node.textContent)
    .join('');
}

/** The figures of one count's table, as the command's JSON has them, read from the page. */
function tableCounts(caption: RegExp): { table: PhbReturn['counts']['counted']; total: number } {
  const table = screen.getByRole('table', { name: caption });
  const rows = within(table).getAllByRole('row').slice(1);
  const cohortOf = new Map(PHB_COHORTS.map((cohort) => [labels.cohort[cohort], cohort]));
  const read = Object.fromEntries(
    rows.slice(0, -1).map((row) => {
      const [header, ...cells] = [
        within(row).getByRole('rowheader'),
        ...within(row).getAllByRole('cell'),
      ].map(cellText);
      const routes = Object.fromEntries(
        FUNDING_ROUTES.map((route, index) => [route, Number(cells[index])]),
      );
      expect(Number(cells[3])).toBe(
        FUNDING_ROUTES.reduce((sum, route) => sum + (routes[route] ?? 0), 0),
      );
      return [cohortOf.get(header ?? ''), routes];
    }),
  ) as PhbReturn['counts']['counted'];
  const totalCells = within(rows.at(-1) as HTMLElement).getAllByRole('cell');
  return { table: read, total: Number(cellText(totalCells.at(-1) as HTMLElement)) };
}

async function loadCaseload() {
  window.location.hash = '#/caseload';
  renderWithI18n(<Pages />);
  await userEvent.upload(
    await screen.findByLabelText('Budget files'),
    texts.map(([name, text]) => new File([text], name, { type: 'application/json' })),
  );
  await screen.findByRole('heading', { level: 2, name: labels.heading }, { timeout: 15000 });
}

describe('the PHB return on the caseload page', { timeout: 60_000 }, () => {
  it('shows, for the quarter chosen, the return the headless command gives for the same files [H17.5]', async () => {
    const headless = headlessReturn('2026-27-q1');
    expect(headless.totals.counted).toBe(4);

    await loadCaseload();
    await userEvent.selectOptions(screen.getByLabelText(labels.quarterLabel), '2026-27-q1');

    for (const count of RETURN_COUNTS) {
      const shown = tableCounts(
        new RegExp(`^${labels.count[count]}, 2026-27-q1: 1 April 2026 to 30 June 2026`),
      );
      expect(shown.table, count).toEqual(headless.counts[count]);
      expect(shown.total, count).toBe(headless.totals[count]);
    }
    const personal = screen.getByRole('table', {
      name: /^Social-care personal budgets, 2026-27-q1/,
    });
    for (const count of RETURN_COUNTS) {
      const row = within(personal)
        .getByRole('rowheader', { name: labels.count[count] })
        .closest('tr') as HTMLElement;
      expect(within(row).getByRole('cell').textContent, count).toBe(
        String(headless.personalBudgets[count]),
      );
    }
    expect(headless.undated).toEqual(['old-file']);
    expect(screen.getByText('old-file (old-file.json)')).toBeInTheDocument();
  });

  it('counts again when another quarter is chosen', async () => {
    const headless = headlessReturn('2026-27-q2');
    await loadCaseload();
    await userEvent.selectOptions(screen.getByLabelText(labels.quarterLabel), '2026-27-q1');
    expect(tableCounts(new RegExp(`^${labels.count.new}, 2026-27-q1`)).total).toBe(2);
    await userEvent.selectOptions(screen.getByLabelText(labels.quarterLabel), '2026-27-q2');
    const shown = tableCounts(new RegExp(`^${labels.count.new}, 2026-27-q2`));
    expect(shown.table).toEqual(headless.counts.new);
    expect(shown.table['adult-fast-track']['direct-payment']).toBe(1);
  });
});
