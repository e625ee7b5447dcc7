/**
 * "Start from a typical need" on a new need's page (docs/templates.md): the area's typical
 * needs are listed and searched in the page's language, choosing one fills in the
 * questions and moves to the first, and what the person then changes is what is saved.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/state/store';
import { href, NEW, type Route } from '../../../src/ui/routes';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

function show(route: Route, language: 'en' | 'cy' = 'en') {
  window.location.hash = href(route);
  return renderWithI18n(<Pages />, language);
}

const newLine = (budgetId: string, domainId = 'personal-care') =>
  ({ page: 'line', budgetId, domainId, lineId: NEW }) as const;

describe('starting a need from a typical need', () => {
  it('lists the area’s typical needs, narrows them as a word is typed, and fills in the need', async () => {
    const budgetId = useAppStore.getState().createBudget('england-2025-26');
    show(newLine(budgetId));
    expect(
      screen.getByRole('heading', { level: 2, name: 'Start from a typical need' }),
    ).toBeInTheDocument();
    // Only personal care's: twelve of them, none from another area.
    expect(screen.getByRole('status')).toHaveTextContent('12 typical needs match');
    expect(screen.queryByRole('button', { name: /Cleaning and laundry/ })).not.toBeInTheDocument();

    await userEvent.type(
      screen.getByLabelText('Search the typical needs (optional)'),
      'SHOWER hoist',
    );
    expect(screen.getByRole('status')).toHaveTextContent('1 typical need matches');
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Shower with a mobile hoist, two workers, 30 minutes, twice a week',
      }),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Filled in from “Shower with a mobile hoist, two workers, 30 minutes, twice a week”. Check each answer and change what differs.',
    );
    const activity = screen.getByLabelText('What is the support?');
    expect(activity).toHaveFocus();
    expect(activity).toHaveValue('Shower with a mobile hoist (two workers)');
    expect(screen.getByLabelText('A registered provider')).toBeChecked();
    expect(screen.getByLabelText('How long is each visit, in minutes?')).toHaveValue('30');

    // Adjust: the standard rate, and 45 minutes instead of 30; then save.
    await userEvent.selectOptions(
      screen.getByLabelText('Which provider?'),
      'No particular provider (the standard rate, £32.14 an hour)',
    );
    const minutes = screen.getByLabelText('How long is each visit, in minutes?');
    await userEvent.clear(minutes);
    await userEvent.type(minutes, '45');
    await userEvent.click(screen.getByRole('button', { name: 'Save this need' }));
    const saved = useAppStore.getState().budgets[budgetId]?.budget.lines;
    expect(saved).toEqual([
      expect.objectContaining({
        kind: 'visits',
        domain: 'personal-care',
        activity: 'Shower with a mobile hoist (two workers)',
        resource: 'registered-provider',
        minutes: 45,
        visitsPerDay: 1,
        workers: 2,
        period: 'day',
        days: ['tue', 'fri'],
      }),
    ]);
    expect(saved?.[0]).not.toHaveProperty('provider');
  });

  it('fills in how often a line comes: a fortnight’s respite a year', async () => {
    const budgetId = useAppStore.getState().createBudget('england-2025-26');
    show(newLine(budgetId, 'carers-breaks'));
    await userEvent.click(
      screen.getByRole('button', { name: 'Respite at home, 8 hours a day, two weeks a year' }),
    );
    expect(screen.getByLabelText('A number of weeks a year')).toBeChecked();
    expect(screen.getByLabelText('How many weeks a year?')).toHaveValue('2');
  });

  it('searches in Welsh on a Welsh page, whatever the accents', async () => {
    const budgetId = useAppStore.getState().createBudget('england-2025-26');
    show(newLine(budgetId), 'cy');
    await userEvent.type(screen.getByLabelText("Chwilio'r anghenion cyffredin (dewisol)"), 'GWELY');
    expect(screen.getByRole('status')).toHaveTextContent('Mae 1 angen cyffredin yn cyfateb');
    await userEvent.click(
      screen.getByRole('button', { name: 'Help amser gwely, 30 munud, bob dydd' }),
    );
    expect(screen.getByLabelText("Beth yw'r cymorth?")).toHaveValue(
      'Help i baratoi ar gyfer y gwely',
    );
  });

  it('is not offered when a saved need is changed', () => {
    const budgetId = useAppStore.getState().createBudget('england-2025-26');
    useAppStore.getState().saveLine(budgetId, {
      id: 'l1',
      kind: 'visits',
      domain: 'personal-care',
      activity: 'Bed',
      resource: 'community',
      workers: 1,
      days: ['mon'],
      minutes: 30,
      visitsPerDay: 1,
      period: 'day',
    });
    show({ page: 'line', budgetId, domainId: 'personal-care', lineId: 'l1' });
    expect(
      screen.queryByRole('heading', { name: 'Start from a typical need' }),
    ).not.toBeInTheDocument();
  });
});
