/**
 * The task list's progress (issue 22, items 5 and 6): kept in the budget file, NHS.UK's
 * statuses with "Cannot start yet" and "Not needed", and Check and summary marked from
 * the summary in one answer. Words checked in English and Welsh.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Budget } from '../../../src/domain/schema/budget';
import { useAppStore } from '../../../src/state/store';
import { readJson } from '../../helpers/builders';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

const example = readJson('examples/example-ann.json') as Budget;
const statusOf = (name: string) =>
  screen.getByText(name).closest('li')?.querySelector('.nhsuk-task-list__status');

describe('Check and summary on the task list', () => {
  it('is marked completed from the summary with one answer, whatever the other sections say', async () => {
    const { progress: _progress, ...started } = example;
    const { id } = useAppStore.getState().addBudget(started);
    window.location.hash = `#/budgets/${id}/summary`;
    renderWithI18n(<Pages />);
    await userEvent.click(await screen.findByLabelText('Yes, I have checked it'));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('link', { name: 'Check and summary' })).toBeInTheDocument();
    expect(statusOf('Check and summary')).toHaveTextContent('Completed');
    expect(statusOf('Work and volunteering')).toHaveTextContent('Not started');
    expect(useAppStore.getState().budgets[id]?.budget.progress).toEqual({ completed: ['summary'] });
  });

  it('asks for an answer before going back', async () => {
    const { id } = useAppStore.getState().addBudget(example);
    useAppStore.getState().markSection(id, 'summary', 'open');
    window.location.hash = `#/budgets/${id}/summary`;
    renderWithI18n(<Pages />);
    await userEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(
      await screen.findAllByText('Select whether you have finished checking this budget'),
    ).not.toHaveLength(0);
  });
});

describe('the task list in Welsh', () => {
  it('says "Methu dechrau eto" for a check with nothing to check, and "Dim angen" for an area not needed', () => {
    const id = useAppStore.getState().createBudget('england-2025-26');
    useAppStore.getState().markSection(id, 'domain:work', 'not-needed');
    window.location.hash = `#/budgets/${id}`;
    renderWithI18n(<Pages />, 'cy');
    expect(statusOf('Gwirio a chrynodeb')).toHaveTextContent('Methu dechrau eto');
    expect(statusOf('Gwaith a gwirfoddoli')).toHaveTextContent('Dim angen');
  });

  it('offers "not needed" on an area, in Welsh', async () => {
    const id = useAppStore.getState().createBudget('england-2025-26');
    window.location.hash = `#/budgets/${id}/domains/work`;
    renderWithI18n(<Pages />, 'cy');
    await userEvent.click(await screen.findByLabelText('Na, does dim angen y maes hwn'));
    await userEvent.click(screen.getByRole('button', { name: 'Parhau' }));
    expect(await screen.findByText(/Rydych wedi cwblhau 0 o \d+/)).toBeInTheDocument();
    expect(useAppStore.getState().budgets[id]?.budget.progress).toEqual({
      areasNotNeeded: ['work'],
    });
  });
});
