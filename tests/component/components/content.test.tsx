import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Card } from '../../../src/ui/components/card';
import { Details } from '../../../src/ui/components/details';
import { InsetText } from '../../../src/ui/components/inset-text';
import { NotificationBanner } from '../../../src/ui/components/notification-banner';
import { SummaryList } from '../../../src/ui/components/summary-list';
import { Tag } from '../../../src/ui/components/tag';
import { VisuallyHidden } from '../../../src/ui/components/visually-hidden';
import { WarningCallout } from '../../../src/ui/components/warning-callout';
import { renderWithI18n } from '../render';

describe('SummaryList', () => {
  it('pairs keys and values, with change links that name what they change', async () => {
    const onRemove = vi.fn();
    renderWithI18n(
      <SummaryList
        label="About the person"
        rows={[
          {
            key: 'Name',
            value: 'Ann',
            actions: [{ href: '#/about', label: 'Change', visuallyHiddenContext: 'name' }],
          },
          {
            key: 'Carer',
            value: 'Bob',
            actions: [
              { href: '#/carers/bob', label: 'Change', visuallyHiddenContext: 'Bob' },
              { onClick: onRemove, label: 'Remove', visuallyHiddenContext: 'Bob' },
            ],
          },
          { key: 'Reference', value: 'R-1' },
        ]}
      />,
    );
    const list = screen.getByLabelText('About the person');
    expect(list).toHaveClass('nhsuk-summary-list');
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual([
      'Name',
      'Carer',
      'Reference',
    ]);
    expect(screen.getByRole('link', { name: 'Change name' })).toHaveAttribute('href', '#/about');
    expect(screen.getByRole('link', { name: 'Change Bob' })).toHaveAttribute(
      'href',
      '#/carers/bob',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Remove Bob' }));
    expect(onRemove).toHaveBeenCalledOnce();
    expect(screen.getByText('R-1').parentElement).toHaveClass(
      'nhsuk-summary-list__row--no-actions',
    );
  });
});

describe('NotificationBanner', () => {
  it('success: an alert, titled "Success", that takes focus', () => {
    renderWithI18n(<NotificationBanner success heading="Budget saved" />);
    const banner = screen.getByRole('alert', { name: 'Success' });
    expect(banner).toHaveClass('nhsuk-notification-banner', 'nhsuk-notification-banner--success');
    expect(banner).toHaveFocus();
    expect(screen.getByText('Budget saved')).toHaveClass('nhsuk-notification-banner__heading');
  });

  it('otherwise: a region titled "Important" that leaves focus alone', () => {
    renderWithI18n(<NotificationBanner heading="Rates change in April" />);
    const banner = screen.getByRole('region', { name: 'Important' });
    expect(banner).not.toHaveFocus();
  });
});

describe('WarningCallout', () => {
  it('is a warning card whose heading is read with "Important:" first', () => {
    renderWithI18n(
      <WarningCallout heading="Check with the council">
        <p>Rates differ by area.</p>
      </WarningCallout>,
    );
    const heading = screen.getByRole('heading', { level: 3 });
    expect(heading).toHaveTextContent('Important: Check with the council');
    expect(heading.closest('.nhsuk-card')).toHaveClass('nhsuk-card--warning');
  });

  it('does not say "Important" twice', () => {
    renderWithI18n(<WarningCallout heading="Important">Text</WarningCallout>);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Important');
  });
});

describe('smaller pieces', () => {
  it('InsetText is read with "Information:" first', () => {
    renderWithI18n(<InsetText>Figures are from the 2025 card.</InsetText>);
    expect(
      screen
        .getByText('Figures are from the 2025 card.', { exact: false })
        .closest('.nhsuk-inset-text'),
    ).toHaveTextContent('Information: Figures are from the 2025 card.');
  });

  it('Details opens to show its content', async () => {
    renderWithI18n(<Details summary="What is a sleep-in?">Someone stays the night.</Details>);
    expect(screen.getByText('Someone stays the night.')).not.toBeVisible();
    await userEvent.click(screen.getByText('What is a sleep-in?'));
    expect(screen.getByText('Someone stays the night.')).toBeVisible();
  });

  it('Tag takes a colour', () => {
    renderWithI18n(<Tag colour="red">Over budget</Tag>);
    expect(screen.getByText('Over budget')).toHaveClass('nhsuk-tag', 'nhsuk-tag--red');
  });

  it('Card with a link makes its heading a link', () => {
    renderWithI18n(
      <Card heading="Ann’s budget" href="#/budgets/b-1">
        Updated today
      </Card>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Ann’s budget' })).toContainElement(
      screen.getByRole('link', { name: 'Ann’s budget' }),
    );
    expect(screen.getByText('Updated today').closest('.nhsuk-card')).toHaveClass(
      'nhsuk-card--clickable',
    );
  });

  it('VisuallyHidden uses the NHS.UK utility class', () => {
    renderWithI18n(<VisuallyHidden>for Ann</VisuallyHidden>);
    expect(screen.getByText('for Ann')).toHaveClass('nhsuk-u-visually-hidden');
  });
});
