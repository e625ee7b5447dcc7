import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BackLink } from '../../../src/ui/components/back-link';
import { Footer } from '../../../src/ui/components/footer';
import { Header } from '../../../src/ui/components/header';
import { MainWrapper } from '../../../src/ui/components/main-wrapper';
import { SkipLink } from '../../../src/ui/components/skip-link';
import { renderWithI18n } from '../render';

describe('Header', () => {
  it('names the service, linking to the start page, with no NHS logo', () => {
    renderWithI18n(<Header />);
    const banner = screen.getByRole('banner');
    expect(banner).toHaveClass('nhsuk-header');
    const link = screen.getByRole('link', { name: 'Support budget builder' });
    expect(link).toHaveAttribute('href', '#/');
    expect(link).toHaveClass('nhsuk-header__service-name');
    expect(banner.querySelector('svg, img')).toBeNull();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});

describe('SkipLink', () => {
  it('moves focus to the main content without touching the route in the hash', async () => {
    window.location.hash = '#/budgets/b-1';
    renderWithI18n(
      <>
        <SkipLink />
        <MainWrapper>
          <p>Content</p>
        </MainWrapper>
      </>,
    );
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveClass('nhsuk-skip-link');
    expect(skip).toHaveAttribute('href', '#maincontent');
    await userEvent.click(skip);
    const main = screen.getByRole('main');
    expect(main).toHaveFocus();
    expect(main).toHaveAttribute('tabindex', '-1');
    expect(window.location.hash).toBe('#/budgets/b-1');
    main.blur();
    expect(main).not.toHaveAttribute('tabindex');
  });
});

describe('BackLink', () => {
  it('is a link saying "Back" to the route given', () => {
    renderWithI18n(<BackLink href="#/budgets/b-1" />);
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '#/budgets/b-1');
  });

  it('without a route, is a button that calls back', async () => {
    const onClick = vi.fn();
    renderWithI18n(<BackLink onClick={onClick}>Back to the summary</BackLink>);
    await userEvent.click(screen.getByRole('button', { name: 'Back to the summary' }));
    expect(onClick).toHaveBeenCalledOnce();
  });
});

describe('Footer', () => {
  it('lists the links given under a heading for screen readers', () => {
    renderWithI18n(
      <Footer
        links={[
          { href: '#/accessibility', label: 'Accessibility statement' },
          { href: '#/privacy', label: 'Privacy' },
        ]}
        meta="Everything stays on this device."
      />,
    );
    expect(screen.getByRole('contentinfo')).toHaveClass('nhsuk-footer');
    expect(screen.getByRole('heading', { level: 2, name: 'Support links' })).toHaveClass(
      'nhsuk-u-visually-hidden',
    );
    expect(screen.getByRole('link', { name: 'Privacy' })).toHaveAttribute('href', '#/privacy');
    expect(screen.getByText('Everything stays on this device.')).toBeInTheDocument();
  });
});
