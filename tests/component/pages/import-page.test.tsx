/** The import page: a spreadsheet read with a profile, refused rows and differences shown, budgets saved through the store. */
import { readFileSync } from 'node:fs';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Decimal from 'decimal.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseloadRow } from '../../../src/domain/caseload/caseload-row';
import { formatMoney } from '../../../src/domain/format';
import { useCaseloadStore } from '../../../src/state/caseload/caseload-store';
import { useAppStore } from '../../../src/state/store';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

/** The council schedule chosen on the import page, with its profile. */
async function chooseSchedule() {
  const user = userEvent.setup();
  window.location.hash = '#/import';
  renderWithI18n(<Pages />);
  await user.upload(
    await screen.findByLabelText('Spreadsheet', {}, { timeout: 15000 }),
    new File([readFileSync('tests/fixtures/import/council-domiciliary.csv')], 'schedule.csv'),
  );
  await user.click(
    screen.getByRole('radio', {
      name: 'Council domiciliary care schedule (one row per visit pattern)',
    }),
  );
  return user;
}

afterEach(() => {
  act(() => useCaseloadStore.getState().clear());
});

describe('the import page', { timeout: 30_000 }, () => {
  it('reads a council schedule, lists what it refused and what differs, and saves a budget per person', async () => {
    const user = userEvent.setup();
    const text = readFileSync('tests/fixtures/import/council-domiciliary.csv', 'utf8').replace(
      'Tea call,Personal care,Example Homecare Ltd,30',
      'Tea call,Personal care,Example Homecare Ltd,thirty',
    );
    window.location.hash = '#/import';
    renderWithI18n(<Pages />);
    await user.upload(
      await screen.findByLabelText('Spreadsheet', {}, { timeout: 15000 }),
      new File([text], 'schedule.csv', { type: 'text/csv' }),
    );
    await user.click(
      screen.getByRole('radio', {
        name: 'Council domiciliary care schedule (one row per visit pattern)',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Read the spreadsheet' }));
    const refused = await screen.findByRole('table', { name: 'Rows refused' });
    expect(
      within(refused).getByRole('row', {
        name: /Row 4, column “Visit length \(mins\)” must be a whole number from 1 to 1440/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "Rows read: 6. Budgets: 3. Rows refused: 1. Differences from the spreadsheet's prices: 0.",
      ),
    ).toBeInTheDocument();
    const preview = screen.getByRole('table', { name: /Need lines as priced/ });
    expect(
      within(preview).getByRole('row', {
        name: /^2 DOM-1001 Morning call: wash and dress 3.75 £126.56 £6,599.22$/,
      }),
    ).toBeInTheDocument();
    const before = Object.keys(useAppStore.getState().budgets).length;
    await user.click(screen.getByRole('button', { name: 'Save the budgets (3)' }));
    expect(Object.keys(useAppStore.getState().budgets).length).toBe(before + 3);
  });

  it('a changed column heading is used for the reading, and a missing one is named', async () => {
    const user = await chooseSchedule();
    await user.click(screen.getByText('Check or change the columns'));
    const days = screen.getByLabelText('Days');
    await user.clear(days);
    await user.type(days, 'Which days');
    await user.click(screen.getByRole('button', { name: 'Read the spreadsheet' }));
    const refused = await screen.findByRole('table', { name: 'Rows refused' });
    expect(
      within(refused).getByRole('row', { name: /Row 1, column “Which days” is not in row 1/ }),
    ).toBeInTheDocument();
  });

  it('opens the budgets read in the caseload, priced there and not saved', async () => {
    const user = await chooseSchedule();
    await user.click(screen.getByRole('button', { name: 'Read the spreadsheet' }));
    const saved = { ...useAppStore.getState().budgets };
    await user.click(await screen.findByRole('button', { name: 'Open in the caseload' }));
    expect(window.location.hash).toBe('#/caseload');
    await screen.findByRole('heading', { level: 2, name: 'Caseload figures' }, { timeout: 15000 });
    const figure = (name: string) =>
      screen.getByText(name, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(figure('Budgets')).toBe('3');
    // Priced in the caseload, on the card the budgets name.
    const kept = useCaseloadStore.getState().entries;
    const entries = Array.from(
      { length: kept.length },
      (_, index) => kept.at(index) as CaseloadRow,
    );
    expect(entries.map((entry) => entry.file).sort()).toEqual([
      'schedule.csv/imp-DOM-1001.json',
      'schedule.csv/imp-DOM-1002.json',
      'schedule.csv/imp-DOM-1003.json',
    ]);
    const total = entries
      .reduce((sum, entry) => sum.plus(entry.totals.annual), new Decimal(0))
      .toFixed(2);
    expect(useCaseloadStore.getState().cardId).toBe('england-2025-26');
    expect(figure('Total a year')).toBe(formatMoney(total));
    // Nothing was saved by opening the caseload.
    expect(useAppStore.getState().budgets).toEqual(saved);
  });
});
