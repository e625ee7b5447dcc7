import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Budget } from '../../../src/domain/schema/budget';
import { persistence, tabRole } from '../../../src/state/device-session';
import { exportReminder } from '../../../src/state/export-reminder';
import { deviceStorage, useAppStore } from '../../../src/state/store';
import { App } from '../../../src/ui/app';
import { readJson } from '../../helpers/builders';
import { renderWithI18n } from '../render';

const example = () => readJson('examples/example-ann.json') as Budget;
const go = (hash: string) =>
  act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

/** Puts a saved budget's dates back in time, as if it had been made days ago. */
function age(
  id: string,
  dates: { createdAt: string; updatedAt: string; exportedAt: string | null },
) {
  const saved = useAppStore.getState().budgets[id];
  if (saved === undefined) throw new Error('no budget');
  useAppStore.setState({
    budgets: { ...useAppStore.getState().budgets, [id]: { ...saved, ...dates } },
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  act(() => {
    tabRole.set('writer');
    persistence.set('unknown');
  });
});

describe('when saving on the device fails', () => {
  it('a full disk is explained, with a download button for each budget as the way out [H7.14]', async () => {
    useAppStore.getState().addBudget(example());
    vi.spyOn(deviceStorage, 'health').mockReturnValue({ kind: 'write-failed', reason: 'full' });
    act(() => persistence.set('refused'));
    renderWithI18n(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This device has run out of space for saved budgets');
    expect(
      within(alert).getByRole('button', { name: `Download ${example().title}` }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent('This browser has not agreed to keep your saved budgets');
  });

  it('a change refused because another tab writes is said plainly', async () => {
    vi.spyOn(deviceStorage, 'health').mockReturnValue({ kind: 'refused' });
    renderWithI18n(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your last change was not saved, because this budget builder is now being used in another tab',
    );
  });
});

describe('a tab that may not write', () => {
  it('says so, disables every field and button of the page, and still lets people move around', async () => {
    const { id } = useAppStore.getState().addBudget(example());
    act(() => tabRole.set('reader'));
    renderWithI18n(<App />);
    go(`#/budgets/${id}/about`);
    expect(
      await screen.findByText('This budget builder is open in another tab'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText("The person's name")).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Save and continue' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Use it here instead' })).toBeEnabled();
    expect(screen.getByRole('link', { name: 'Back' })).toBeInTheDocument();
    act(() => tabRole.set('writer'));
    expect(
      screen.queryByText('This budget builder is open in another tab'),
    ).not.toBeInTheDocument();
    expect(screen.getByLabelText("The person's name")).toBeEnabled();
  });
});

describe('a tab still starting: saved budgets not yet read, its role not yet known', () => {
  const budgetCount = () => Object.keys(useAppStore.getState().budgets).length;

  it('draws the start page and its ways to begin at once, leaves the saved budgets out, and a press waits for the read', async () => {
    const user = userEvent.setup();
    useAppStore.getState().addBudget(example());
    act(() => tabRole.set('starting'));
    renderWithI18n(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Support budget builder' })).toBeVisible();
    expect(
      screen.queryByRole('heading', { name: 'Your budgets on this device' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByText(example().title)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start a new budget' }));
    expect(budgetCount()).toBe(1);
    expect(screen.getByRole('heading', { level: 1, name: 'Support budget builder' })).toBeVisible();
    act(() => tabRole.set('writer'));
    expect(await screen.findByLabelText("The person's name")).toBeEnabled();
    expect(budgetCount()).toBe(2);
  });

  it('shows the saved budgets once read, and a press made before then does nothing in a tab that turns out not to write', async () => {
    const user = userEvent.setup();
    useAppStore.getState().addBudget(example());
    act(() => tabRole.set('starting'));
    renderWithI18n(<App />);
    await user.click(screen.getByRole('button', { name: 'Start a new budget' }));
    act(() => tabRole.set('reader'));
    expect(
      await screen.findByText('This budget builder is open in another tab'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Your budgets on this device' }),
    ).toBeInTheDocument();
    expect(budgetCount()).toBe(1);
    expect(screen.getByRole('heading', { level: 1, name: 'Support budget builder' })).toBeVisible();
  });
});

describe('the reminder to download a copy', () => {
  beforeEach(() => {
    URL.createObjectURL = () => 'blob:test/0';
    URL.revokeObjectURL = () => undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });

  it('shows after 7 days for a budget changed since its last download, and goes once downloaded [H7.15]', async () => {
    const { id } = useAppStore.getState().addBudget(example());
    age(id, { createdAt: daysAgo(30), exportedAt: daysAgo(9), updatedAt: daysAgo(2) });
    renderWithI18n(<App />);
    go(`#/budgets/${id}`);
    expect(
      await screen.findByText('You have not downloaded a copy of this budget for 9 days'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Download a copy now' }));
    expect(useAppStore.getState().budgets[id]?.exportedAt).not.toBe(daysAgo(9));
    expect(screen.queryByText(/You have not downloaded a copy/)).not.toBeInTheDocument();
  });

  it('can be put off for this visit', async () => {
    const { id } = useAppStore.getState().addBudget({ ...example(), id: 'put-off' });
    age(id, { createdAt: daysAgo(8), exportedAt: null, updatedAt: daysAgo(1) });
    renderWithI18n(<App />);
    go(`#/budgets/${id}`);
    expect(
      await screen.findByText('You have not downloaded a copy of this budget yet'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remind me later' }));
    expect(screen.queryByText(/You have not downloaded a copy/)).not.toBeInTheDocument();
  });

  it('is not shown for a copy that is up to date, or a budget younger than 7 days', () => {
    const now = new Date('2026-03-20T12:00:00.000Z');
    const at = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
    expect(
      exportReminder({ createdAt: at(40), exportedAt: at(20), updatedAt: at(21) }, now),
    ).toBeNull();
    expect(
      exportReminder({ createdAt: at(6), exportedAt: null, updatedAt: at(0) }, now),
    ).toBeNull();
    expect(
      exportReminder({ createdAt: at(40), exportedAt: at(6.9), updatedAt: at(0) }, now),
    ).toBeNull();
    expect(exportReminder({ createdAt: at(40), exportedAt: at(7), updatedAt: at(0) }, now)).toEqual(
      { kind: 'stale', days: 7 },
    );
    expect(exportReminder({ createdAt: at(7), exportedAt: null, updatedAt: at(1) }, now)).toEqual({
      kind: 'never',
    });
    expect(
      exportReminder({ createdAt: 'not a date', exportedAt: null, updatedAt: at(0) }, now),
    ).toBeNull();
  });
});
