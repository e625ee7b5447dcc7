/** The inverse PA calculator on the rate card page, in English and its errors. */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

function openCard() {
  window.location.hash = '#/rate-cards/england-2026-27';
  renderWithI18n(<Pages />);
}

describe('the highest pay a direct-payment rate allows, on the rate card page', () => {
  it('shows the card’s pay floor, then the highest pay for a rate and hours with its working', async () => {
    openCard();
    expect(
      await screen.findByText(
        /This card's pay floor, the National Living Wage: £12\.71 an hour\. Source: National Living Wage/,
      ),
    ).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Direct payment, in pounds, an hour'), '18.50');
    await userEvent.type(screen.getByLabelText('Hours a week'), '16');
    await userEvent.click(screen.getByRole('button', { name: 'Work out the highest pay' }));
    expect(screen.getByText('Highest pay: £15.57 an hour')).toBeInTheDocument();
    expect(
      screen.getByText(
        'A penny more, £15.58 an hour, would cost £296.08 a week, more than £296.00',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "£15.57 an hour is at or above the rate card's pay floor of £12.71 (the National Living Wage)",
      ),
    ).toBeInTheDocument();
  });

  it('says which of the rate and the hours is wrong, beside each', async () => {
    openCard();
    await userEvent.type(await screen.findByLabelText('Hours a week'), '200');
    await userEvent.click(screen.getByRole('button', { name: 'Work out the highest pay' }));
    expect(screen.getByLabelText('Direct payment, in pounds, an hour')).toHaveAccessibleDescription(
      /Enter the direct payment's hourly rate in pounds and pence, like 18\.50/,
    );
    expect(screen.getByLabelText('Hours a week')).toHaveAccessibleDescription(
      /Enter the hours a week as a number above 0 and up to 168/,
    );
    expect(screen.queryByText(/^Highest pay:/)).toBeNull();
  });
});
