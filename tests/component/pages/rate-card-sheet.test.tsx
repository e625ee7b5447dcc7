/**
 * A rate card from a council's rate spreadsheet: the figures shown with the sheet and
 * cell each came from, saved as a new card opened for review; a sheet with problems is
 * refused with each named by row and column, and nothing is saved; the mapping changes
 * what is read; the page is Welsh throughout in Welsh, the profiles' names included.
 */
import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/state/store';
import { SCHEDULE_FILE, SCHEDULE_PATH } from '../../helpers/rate-sheet';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

const SCHEDULE = 'Council rate schedule (a column for each year)';
const sheet = (text = readFileSync(SCHEDULE_PATH, 'utf8')) =>
  new File([text], SCHEDULE_FILE, { type: 'text/csv' });

async function readSheet(file: File, language: 'en' | 'cy' = 'en') {
  const user = userEvent.setup();
  window.location.hash = '#/rate-cards/import/sheet';
  renderWithI18n(<Pages />, language);
  const label = language === 'cy' ? 'Taenlen cyfraddau' : 'Rate spreadsheet';
  await user.upload(await screen.findByLabelText(label, {}, { timeout: 15000 }), file);
  await user.click(
    screen.getByRole('radio', {
      name:
        language === 'cy' ? "Rhestr cyfraddau'r cyngor (colofn ar gyfer pob blwyddyn)" : SCHEDULE,
    }),
  );
  return user;
}

describe('a rate card from a council rate spreadsheet', { timeout: 30_000 }, () => {
  it('is reached from the rate cards page', async () => {
    window.location.hash = '#/rate-cards';
    renderWithI18n(<Pages />);
    expect(
      await screen.findByRole(
        'button',
        { name: "Make a rate card from a council's rate spreadsheet" },
        { timeout: 15000 },
      ),
    ).toHaveAttribute('href', '#/rate-cards/import/sheet');
  });

  it('shows every figure with its sheet and cell, and saves a new card that opens for review', async () => {
    const user = await readSheet(sheet());
    await user.click(screen.getByRole('button', { name: 'Read the rate spreadsheet' }));
    const figures = await screen.findByRole('table', {
      name: 'Figures from the spreadsheet, each with its source',
    });
    expect(within(figures).getAllByRole('row')).toHaveLength(20);
    expect(
      within(figures).getByRole('row', {
        name: 'Home care, weekday day (an hour) 32.50 Home care - weekday daytime council-rate-schedule.csv, cell E10',
      }),
    ).toBeInTheDocument();
    expect(
      within(figures).getByRole('row', {
        name: 'Card id northshire-2026-27 Rate card reference council-rate-schedule.csv, cell E3',
      }),
    ).toBeInTheDocument();
    expect(useAppStore.getState().rateCards).toEqual({});
    await user.click(screen.getByRole('button', { name: 'Save as a new rate card' }));
    const saved = useAppStore.getState().rateCards['northshire-2026-27'];
    expect(saved?.origin).toBe('imported');
    expect(saved?.card.personalAssistant.pay.sleepIn).toBe('90.00');
    expect(window.location.hash).toBe('#/rate-cards/northshire-2026-27');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: /Northshire County Council adult social care rates 2026-27/,
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('council-rate-schedule.csv, cell E10').length).toBeGreaterThan(0);
  });

  it('refuses a sheet with problems, naming each by row and column, and saves nothing', async () => {
    const text = readFileSync(SCHEDULE_PATH, 'utf8')
      .replace('per hour,31.10,32.50,', 'per hour,31.10,32.505,')
      .replace('per night,86.00,90.00,', 'per night,86.00,=E14*0.6,');
    const user = await readSheet(sheet(text));
    await user.click(screen.getByRole('button', { name: 'Read the rate spreadsheet' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(
      'Cell E10 (row 10, column E): must be an amount in pounds and pence, such as 24.50',
    );
    expect(summary).toHaveTextContent(
      'Cell E21 (row 21, column E): looks like a spreadsheet formula',
    );
    const problems = screen.getByRole('table', { name: 'Problems in the spreadsheet' });
    expect(within(problems).getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Save as a new rate card' })).toBeNull();
    expect(useAppStore.getState().rateCards).toEqual({});
  });

  it('reads the labels and the column the mapping gives', async () => {
    const user = await readSheet(sheet());
    await user.click(screen.getByText('Check or change where the figures are'));
    await user.clear(screen.getByLabelText('Home care, sleep-in (a night)'));
    await user.click(screen.getByRole('button', { name: 'Read the rate spreadsheet' }));
    const figures = await screen.findByRole('table', {
      name: 'Figures from the spreadsheet, each with its source',
    });
    // The sleep-in is no longer labelled: the base card's figure stays, and is not listed.
    expect(within(figures).getAllByRole('row')).toHaveLength(19);
    expect(within(figures).queryByRole('row', { name: /sleep-in \(a night\) 155\.00/ })).toBeNull();
    // Last year's column holds no card details: each is named at its cell.
    const column = screen.getByLabelText('Column of the figures');
    await user.clear(column);
    await user.type(column, 'd');
    await user.click(screen.getByRole('button', { name: 'Read the rate spreadsheet' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Cell D3 (row 3, column D): is empty; it must be given',
    );
  });

  it('refuses a column that is not a letter, naming the field', async () => {
    const user = await readSheet(sheet());
    await user.click(screen.getByText('Check or change where the figures are'));
    const column = screen.getByLabelText('Column of the labels');
    await user.clear(column);
    await user.type(column, '2');
    await user.click(screen.getByRole('button', { name: 'Read the rate spreadsheet' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Column of the labels: must be a column as the spreadsheet names it',
    );
    expect(useAppStore.getState().rateCards).toEqual({});
  });

  it('is Welsh throughout in Welsh, the profiles and figures included', async () => {
    const user = await readSheet(sheet(), 'cy');
    expect(
      screen.getByText(/Un ffigur ym mhob rhes, wedi'i labelu yng ngholofn A/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Darllen y daenlen cyfraddau' }));
    const figures = await screen.findByRole('table', {
      name: "Ffigurau o'r daenlen, pob un gyda'i ffynhonnell",
    });
    expect(
      within(figures).getByRole('row', {
        name: /^Gofal cartref, cysgu i mewn \(y noson\) 155\.00/,
      }),
    ).toBeInTheDocument();
  });
});
