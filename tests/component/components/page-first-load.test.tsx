// Its own file: the first page after the document loads is decided once per module load.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Page } from '../../../src/ui/components/page';
import { renderWithI18n } from '../render';

describe('Page, first after the document loads', () => {
  it('sets the title but leaves focus where the browser put it, so the skip link is reached first', () => {
    renderWithI18n(<Page title="Your budgets" />);
    expect(document.title).toBe('Your budgets – Support budget builder');
    expect(screen.getByRole('heading', { level: 1, name: 'Your budgets' })).not.toHaveFocus();
    expect(document.body).toHaveFocus();
  });
});
