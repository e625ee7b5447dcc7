import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button, DOUBLE_CLICK_WINDOW_MS } from '../../../src/ui/components/button';
import { ButtonGroup } from '../../../src/ui/components/button-group';
import { ButtonLink } from '../../../src/ui/components/button-link';
import { renderWithI18n } from '../render';

afterEach(() => {
  vi.useRealTimers();
});

describe('Button', () => {
  it('is a submit button by default, as in HTML and NHS.UK', () => {
    renderWithI18n(<Button>Save and continue</Button>);
    const button = screen.getByRole('button', { name: 'Save and continue' });
    expect(button).toHaveAttribute('type', 'submit');
    expect(button).toHaveClass('nhsuk-button');
  });

  it('takes the variant classes', () => {
    renderWithI18n(
      <ButtonGroup>
        <Button variant="secondary">Add another line</Button>
        <Button variant="reverse">Reverse</Button>
        <Button variant="warning">Delete this budget</Button>
      </ButtonGroup>,
    );
    expect(screen.getByRole('button', { name: 'Add another line' })).toHaveClass(
      'nhsuk-button--secondary',
    );
    expect(screen.getByRole('button', { name: 'Reverse' })).toHaveClass('nhsuk-button--reverse');
    expect(screen.getByRole('button', { name: 'Delete this budget' })).toHaveClass(
      'nhsuk-button--warning',
    );
    expect(screen.getByRole('button', { name: 'Reverse' }).parentElement).toHaveClass(
      'nhsuk-button-group',
    );
  });

  it('with preventDoubleClick, ignores clicks for a second after one, then accepts them again', () => {
    // Only the timer the button uses; fireEvent, as Testing Library's async helpers wait
    // on real timers.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const onClick = vi.fn();
    renderWithI18n(
      <Button type="button" preventDoubleClick onClick={onClick}>
        Save
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Save' });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(DOUBLE_CLICK_WINDOW_MS - 1);
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('with preventDoubleClick, stops a form submitting twice', () => {
    const onSubmit = vi.fn((event: Event) => event.preventDefault());
    renderWithI18n(
      <form onSubmit={(event) => onSubmit(event.nativeEvent)}>
        <Button preventDoubleClick>Save</Button>
      </form>,
    );
    const button = screen.getByRole('button', { name: 'Save' });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('without preventDoubleClick, every click counts', async () => {
    const onClick = vi.fn();
    renderWithI18n(
      <Button type="button" onClick={onClick}>
        Add
      </Button>,
    );
    await userEvent.dblClick(screen.getByRole('button', { name: 'Add' }));
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('when disabled, says so and cannot be clicked', async () => {
    const onClick = vi.fn();
    renderWithI18n(
      <Button type="button" disabled onClick={onClick}>
        Save
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });
});

describe('ButtonLink', () => {
  it('is a link styled and announced as a button, that the space bar presses', async () => {
    const onClick = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    renderWithI18n(
      <ButtonLink href="#/budgets/new" onClick={onClick}>
        Start a new budget
      </ButtonLink>,
    );
    const link = screen.getByRole('button', { name: 'Start a new budget' });
    expect(link.tagName).toBe('A');
    expect(link).toHaveAttribute('href', '#/budgets/new');
    expect(link).toHaveAttribute('draggable', 'false');
    expect(link).toHaveClass('nhsuk-button');
    link.focus();
    await userEvent.keyboard(' ');
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
