// The first page after the document loads is decided once per module load, so the test
// takes the page's module fresh: the component tests share one registry, and another file
// may have shown a page with the copy imported there.
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../render';

describe('Page, first after the document loads', () => {
  it('sets the title but leaves focus where the browser put it, so the skip link is reached first', async () => {
    vi.resetModules();
    const { Page } = await import('../../../src/ui/components/page');
    renderWithI18n(<Page title="Your budgets" />);
    expect(document.title).toBe('Your budgets – Support budget builder');
    expect(screen.getByRole('heading', { level: 1, name: 'Your budgets' })).not.toHaveFocus();
    expect(document.body).toHaveFocus();
  });
});
