import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TaskList, type Task } from '../../../src/ui/components/task-list';
import { renderWithI18n } from '../render';

const tasks: Task[] = [
  { id: 'about', name: 'About the person', href: '#/budgets/b-1/about', status: 'completed' },
  {
    id: 'lines',
    name: 'Support needed',
    href: '#/budgets/b-1/domains',
    hint: 'Hours by who gives them',
    status: 'in-progress',
  },
  { id: 'carers', name: 'Unpaid carers', href: '#/budgets/b-1/carers', status: 'not-started' },
  {
    id: 'summary',
    name: 'Check the budget',
    href: '#/budgets/b-1/summary',
    status: 'cannot-start',
  },
];

describe('TaskList', () => {
  it('shows each task as a link described by its status', () => {
    renderWithI18n(<TaskList tasks={tasks} />);
    const about = screen.getByRole('link', { name: 'About the person' });
    expect(about).toHaveAttribute('href', '#/budgets/b-1/about');
    expect(about).toHaveAccessibleDescription('Completed');
    expect(screen.getByRole('link', { name: 'Unpaid carers' })).toHaveAccessibleDescription(
      'Not started',
    );
  });

  it('describes a task by its hint, then its status', () => {
    renderWithI18n(<TaskList tasks={tasks} />);
    const link = screen.getByRole('link', { name: 'Support needed' });
    expect(link).toHaveAttribute('aria-describedby', 'lines-hint lines-status');
    expect(link).toHaveAccessibleDescription('Hours by who gives them In progress');
  });

  it('shows a task that cannot start yet as text, not a link', () => {
    renderWithI18n(<TaskList tasks={tasks} />);
    expect(screen.queryByRole('link', { name: 'Check the budget' })).not.toBeInTheDocument();
    const item = screen.getByText('Check the budget').closest('li') as HTMLElement;
    expect(item).not.toHaveClass('nhsuk-task-list__item--with-link');
    expect(within(item).getByText('Cannot start yet')).toHaveClass('nhsuk-u-secondary-text-colour');
  });

  it('tags statuses as NHS.UK does: unfinished in blue, completed as plain text', () => {
    renderWithI18n(<TaskList tasks={tasks} />);
    expect(screen.getByText('Not started')).toHaveClass('nhsuk-tag', 'nhsuk-tag--blue');
    expect(screen.getByText('In progress')).toHaveClass('nhsuk-tag', 'nhsuk-tag--blue');
    expect(screen.getByText('Completed')).toHaveClass(
      'nhsuk-tag--no-colour',
      'nhsuk-tag--no-border',
      'nhsuk-u-font-weight-normal',
    );
  });

  it('takes the caller’s words for a status', () => {
    renderWithI18n(
      <TaskList
        tasks={[
          { id: 'x', name: 'Expenses', href: '#/x', status: 'in-progress', statusText: '2 added' },
        ]}
      />,
    );
    expect(screen.getByRole('link', { name: 'Expenses' })).toHaveAccessibleDescription('2 added');
  });
});
