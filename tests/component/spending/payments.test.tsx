/**
 * Payments entered by hand and matched: each problem names its field; amounts are read as
 * statements write them; the tool's suggestion is offered but never confirmed for the
 * person, on the form, one by one, or all at once from the list of what will be confirmed.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { afterDoubleClickWindow } from '../double-click';
import { showIn } from '../show-in';
import { exampleLedger, keptLedger, monitoredAsAt, saveExample } from './spending-setup';

type User = ReturnType<typeof userEvent.setup>;

async function fillPayment(
  user: User,
  fields: { day?: string; month?: string; year?: string; amount?: string; payee?: string },
) {
  const boxes: [string, string | undefined][] = [
    ['Day', fields.day],
    ['Month', fields.month],
    ['Year', fields.year],
    ['Amount, in pounds', fields.amount],
    ['Who was paid', fields.payee],
  ];
  for (const [name, value] of boxes) {
    if (value === undefined) continue;
    const box = screen.getByRole('textbox', { name: new RegExp(`^${name}`) });
    await user.clear(box);
    await user.type(box, value);
  }
}

describe('payments entered by hand', { timeout: 60_000 }, () => {
  it('names each field that is wrong, and reads amounts as statements write them', async () => {
    const user = userEvent.setup();
    const id = await saveExample();
    showIn(`#/budgets/${id}/spending/payments/new`);
    await screen.findByRole('heading', { level: 1, name: /Add a payment/ });
    await user.click(screen.getByRole('button', { name: 'Save the payment' }));
    const summary = await screen.findByRole('alert');
    for (const message of [
      'Enter the date of the payment',
      'Enter the amount of the payment',
      'Enter who was paid',
    ])
      expect(within(summary).getByRole('link', { name: message })).toBeInTheDocument();
    await fillPayment(user, {
      day: '31',
      month: '6',
      year: '2025',
      amount: '12.345',
      payee: 'Argos',
    });
    await afterDoubleClickWindow();
    await user.click(screen.getByRole('button', { name: 'Save the payment' }));
    const again = await screen.findByRole('alert');
    expect(
      within(again).getByRole('link', {
        name: 'The date of the payment must be a real date, like 5 4 2026',
      }),
    ).toHaveAttribute('href', '#payment-date-day');
    expect(
      within(again).getByRole('link', {
        name: 'The amount must be in pounds and pence, like 12.50, £1,234.56, or -5.00 or (5.00) for a refund',
      }),
    ).toHaveAttribute('href', '#payment-amount');
    expect(keptLedger(id).transactions).toEqual([]);
    await fillPayment(user, { day: '30', amount: '£1,234.50' });
    await afterDoubleClickWindow();
    await user.click(screen.getByRole('button', { name: 'Save the payment' }));
    await screen.findByRole('heading', { level: 1, name: /Payments/ });
    const [saved] = keptLedger(id).transactions;
    expect(saved).toMatchObject({
      date: '2025-06-30',
      amount: '1234.50',
      payee: 'Argos',
      origin: 'hand',
    });
    expect(saved?.match).toBeUndefined();
  });

  it('offers the suggestion but keeps it unconfirmed unless the person chooses it', async () => {
    const user = userEvent.setup();
    const id = await saveExample();
    showIn(`#/budgets/${id}/spending/payments/new`);
    await screen.findByRole('heading', { level: 1, name: /Add a payment/ });
    await fillPayment(user, {
      day: '2',
      month: '5',
      year: '2025',
      amount: '(5.00)',
      payee: 'J EXAMPLE',
    });
    const suggestion = screen.getByRole('radio', {
      name: "The suggestion: Jo Example (personal assistant's pay)",
    });
    // Offered, not chosen: "Decide later" stays the choice until the person picks another.
    expect(suggestion).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Decide later' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save the payment' }));
    await screen.findByRole('heading', { level: 1, name: /Payments/ });
    expect(keptLedger(id).transactions[0]).toMatchObject({
      amount: '-5.00',
      match: { kind: 'assistant', id: 'jo', confirmed: false },
    });
    // Chosen on the form, it is confirmed.
    await user.click(screen.getByRole('link', { name: /^Change/ }));
    await screen.findByRole('heading', { level: 1, name: /Change a payment/ });
    await user.click(
      screen.getByRole('radio', { name: "The suggestion: Jo Example (personal assistant's pay)" }),
    );
    await user.click(screen.getByRole('button', { name: 'Save the payment' }));
    await screen.findByRole('heading', { level: 1, name: /Payments/ });
    expect(keptLedger(id).transactions[0]?.match).toEqual({
      kind: 'assistant',
      id: 'jo',
      confirmed: true,
    });
  });

  it('asks which line when a need is chosen, naming the field, then keeps the choice confirmed', async () => {
    const user = userEvent.setup();
    const id = await saveExample();
    showIn(`#/budgets/${id}/spending/payments/new`);
    await screen.findByRole('heading', { level: 1, name: /Add a payment/ });
    await fillPayment(user, { day: '2', month: '5', year: '2025', amount: '45', payee: 'Someone' });
    await user.click(screen.getByRole('radio', { name: 'Support in the plan' }));
    await user.click(screen.getByRole('button', { name: 'Save the payment' }));
    expect(
      within(await screen.findByRole('alert')).getByRole('link', {
        name: 'Choose which support in the plan the payment was for',
      }),
    ).toHaveAttribute('href', '#payment-match');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Which support?' }), 'swimming');
    // The save button ignores a second press within its double-click window, as a person's would.
    await afterDoubleClickWindow();
    await user.click(screen.getByRole('button', { name: 'Save the payment' }));
    await screen.findByRole('heading', { level: 1, name: /Payments/ });
    expect(keptLedger(id).transactions[0]?.match).toEqual({
      kind: 'line',
      id: 'swimming',
      confirmed: true,
    });
  });
});

describe('confirming suggested matches', { timeout: 60_000 }, () => {
  it('confirms one suggestion only when its own button is pressed', async () => {
    const user = userEvent.setup();
    const id = await saveExample(exampleLedger());
    showIn(`#/budgets/${id}/spending/payments`);
    const table = await screen.findByRole('table', { name: 'Payments, newest first' });
    expect(keptLedger(id).transactions.find((one) => one.id === 't4')?.match?.confirmed).toBe(
      false,
    );
    await user.click(
      within(table).getByRole('button', {
        name: 'Confirm the suggestion (payment to Jo Example on 25 April 2025)',
      }),
    );
    expect(
      await screen.findByText(
        "Confirmed: the payment to Jo Example was for Jo Example (personal assistant's pay)",
      ),
    ).toBeInTheDocument();
    expect(keptLedger(id).transactions.find((one) => one.id === 't4')?.match?.confirmed).toBe(true);
  });

  it('says one suggestion in the singular, in English and Welsh', async () => {
    const user = userEvent.setup();
    // The example ledger holds one suggestion (t4).
    const id = await saveExample(exampleLedger());
    const english = showIn(`#/budgets/${id}/spending/payments`);
    expect(
      await screen.findByText(
        'The tool has suggested what 1 payment was for. A suggestion counts nowhere until you confirm it.',
      ),
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Check and confirm all suggested matches (1)' }),
    );
    expect(screen.getByRole('button', { name: 'Yes, confirm this 1' })).toBeInTheDocument();
    english.unmount();
    showIn(`#/budgets/${id}/spending/payments`, 'cy');
    expect(
      await screen.findByText(
        "Mae'r offeryn wedi awgrymu ar gyfer beth yr oedd 1 taliad. Nid yw awgrym yn cyfrif yn unman nes i chi ei gadarnhau.",
      ),
    ).toBeInTheDocument();
  });

  it('lists every suggestion before confirming them all, and cancelling confirms none', async () => {
    const user = userEvent.setup();
    const ledger = exampleLedger();
    const id = await saveExample({
      ...ledger,
      transactions: [
        ...ledger.transactions,
        {
          id: 't7',
          date: '2025-05-02',
          amount: '90.00',
          payee: 'PA Insure',
          description: 'Insurance',
          match: { kind: 'employer-cost', id: 'insurance', confirmed: false },
        },
      ],
    });
    const before = keptLedger(id);
    showIn(`#/budgets/${id}/spending/payments`);
    await user.click(
      await screen.findByRole('button', { name: 'Check and confirm all suggested matches (2)' }),
    );
    const list = screen.getByRole('list', { name: 'The payments and what each was for' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      "25 April 2025, Jo Example, £612.40: Jo Example (personal assistant's pay)",
      "2 May 2025, PA Insure, £90.00: Employer's liability insurance (an employer's cost)",
    ]);
    // Nothing is confirmed by opening the list, nor by going back.
    expect(keptLedger(id)).toBe(before);
    await user.click(screen.getByRole('button', { name: 'No, go back' }));
    expect(keptLedger(id)).toBe(before);
    await user.click(
      screen.getByRole('button', { name: 'Check and confirm all suggested matches (2)' }),
    );
    await user.click(screen.getByRole('button', { name: 'Yes, confirm these 2' }));
    expect(await screen.findByText('Suggested matches confirmed: 2')).toBeInTheDocument();
    expect(keptLedger(id).transactions.every((one) => one.match?.confirmed === true)).toBe(true);
  });

  it('removes a payment only when asked twice', async () => {
    const user = userEvent.setup();
    const id = await saveExample(exampleLedger());
    showIn(`#/budgets/${id}/spending/payments`);
    await user.click(
      await screen.findByRole('button', { name: 'Remove (payment to Argos on 29 April 2025)' }),
    );
    expect(keptLedger(id).transactions.some((one) => one.id === 't6')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    expect(await screen.findByText('Payment to Argos removed')).toBeInTheDocument();
    expect(keptLedger(id).transactions.some((one) => one.id === 't6')).toBe(false);
  });
});

describe('hours over a contract, from its red flag', { timeout: 60_000 }, () => {
  it('shows the timesheet days of each week over, not every payment alone', async () => {
    // Jo's contract is 16 hours a week; weeks run 7 days from the plan's start (1 April 2025).
    const timesheets = [
      { assistant: 'jo', date: '2025-04-29', hours: '8' },
      { assistant: 'jo', date: '2025-05-02', hours: '5' },
      { assistant: 'jo', date: '2025-04-30', hours: '6.5' },
      { assistant: 'jo', date: '2025-05-06', hours: '8' },
    ];
    const id = await saveExample({ ...exampleLedger(), timesheets });
    const flags = monitoredAsAt(id, '2025-05-10').flags;
    expect(flags.map((flag) => flag.id)).toContain('pa-hours-over-contract');
    showIn(`#/budgets/${id}/spending/payments?flag=pa-hours-over-contract&asOf=2025-05-10`);
    const table = await screen.findByRole('table', { name: 'Timesheet hours in the weeks over' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Jo Example');
    expect(rows[0]).toHaveTextContent('29 April 2025');
    expect(rows[0]).toHaveTextContent(
      '29 April 2025: 8.00 hours; 30 April 2025: 6.50 hours; 2 May 2025: 5.00 hours',
    );
    expect(rows[0]).toHaveTextContent(/Hours that week\s*19\.50$/);
    expect(
      screen.getByText(/is about the hours in the timesheets, not payments/),
    ).toBeInTheDocument();
  });
});
