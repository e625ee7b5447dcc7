/**
 * What a keystroke in the need form renders in its own task, as the browser runs it (no
 * `act`, which would render everything before returning): the field typed in and the
 * running total, and not the page around them, which follows the draft a render later.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageProps } from '../../../src/ui/components/page';
import { useAppStore } from '../../../src/state/store';
import { href } from '../../../src/ui/routes';
import { visits } from '../../helpers/builders';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

/** How often the page's template has rendered: once a render of the whole need page. */
const renders = vi.hoisted(() => ({ page: 0 }));
vi.mock('../../../src/ui/components/page', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/ui/components/page')>();
  return {
    ...actual,
    Page: (props: PageProps) => {
      renders.page += 1;
      return createElement(actual.Page, props);
    },
  };
});

const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
beforeEach(() => {
  renders.page = 0;
});
afterEach(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
});

/** A key typed as the browser delivers it: the field's new value, then its input event. */
function typeInto(input: HTMLInputElement, value: string): void {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setValue?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('a keystroke in a need of a saved budget', () => {
  it('shows the key and the running total in its own task, and the rest of the page after', async () => {
    const budgetId = useAppStore.getState().createBudget('england-2025-26');
    const { saveLine } = useAppStore.getState();
    saveLine(budgetId, visits({ id: 'l1', activity: 'Morning help', minutes: 60, days: ['mon'] }));
    saveLine(budgetId, visits({ id: 'l2', activity: 'Evening help', minutes: 30, days: ['tue'] }));
    window.location.hash = href({
      page: 'line',
      budgetId,
      domainId: 'personal-care',
      lineId: 'l1',
    });
    renderWithI18n(<Pages />);
    const minutes = await screen.findByLabelText<HTMLInputElement>(
      'How long is each visit, in minutes?',
    );
    const total = within(screen.getByRole('complementary', { name: 'Running total' }));
    const preview = within(screen.getByRole('region', { name: 'What this need costs' }));
    // By hand, at the card's standard rate of £32.14 an hour: 1 h + 0.5 h = £32.14 + £16.07.
    expect(total.getByText('£48.21')).toBeInTheDocument();
    expect(preview.getByText('Mon: 1 hour × £32.14 = £32.14')).toBeInTheDocument();
    const pageRenders = renders.page;

    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    typeInto(minutes, '90');
    // Straight after the key's own task: the field and the total show it (1.5 h × £32.14
    // = £48.21 in place of £32.14: £64.28) ...
    expect(minutes).toHaveValue('90');
    expect(total.getByText('£64.28')).toBeInTheDocument();
    expect(total.getByText(/not saved yet/)).toBeInTheDocument();
    // ... and the page around them has not rendered: its preview still shows the hour.
    expect(renders.page).toBe(pageRenders);
    expect(preview.getByText('Mon: 1 hour × £32.14 = £32.14')).toBeInTheDocument();

    // A render later the page has the key too.
    await waitFor(() => {
      expect(preview.getByText('Mon: 1.5 hours × £32.14 = £48.21')).toBeInTheDocument();
    });
    expect(renders.page).toBeGreaterThan(pageRenders);
    expect(minutes).toHaveValue('90');
    expect(total.getByText('£64.28')).toBeInTheDocument();
  });
});
