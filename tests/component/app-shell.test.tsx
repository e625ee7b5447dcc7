import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/app';
import { useAppStore } from '../../src/state/store';
import type { Budget } from '../../src/domain/schema/budget';
import { readJson } from '../helpers/builders';
import { renderWithI18n } from './render';

const go = (hash: string) =>
  act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });

describe('the app shell', () => {
  it('opens on the start page once saved budgets have been read', async () => {
    renderWithI18n(<App />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Support budget builder' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Support budget builder');
  });

  it('shows the page for the address, and follows the back and forward buttons', async () => {
    useAppStore.getState().addBudget(readJson('examples/example-ann.json') as Budget);
    renderWithI18n(<App />);
    go('#/budgets/example-ann/summary');
    expect(
      await screen.findByRole('heading', { level: 1, name: /Check and summary/ }),
    ).toBeInTheDocument();
    go('#/budgets/example-ann');
    expect(
      await screen.findByRole('heading', { level: 1, name: /Support plan for Ann Example/ }),
    ).toBeInTheDocument();
  });

  it('shows "page not found" for an address that is not a page, or a budget that is gone', async () => {
    renderWithI18n(<App />);
    go('#/nowhere');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    go('#/budgets/b-gone/summary');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
  });
});
