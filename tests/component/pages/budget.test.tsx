import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../src/domain/format';
import { readBudget } from '../../../src/domain/read';
import { loadShippedExample } from '../../../src/io/shipped';
import { setClock } from '../../../src/state/clock';
import { useAppStore } from '../../../src/state/store';
import { loadCard, readJson, report } from '../../helpers/builders';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

const card = loadCard('rate-cards/england-2025-26.json');
const example = (() => {
  const read = readBudget(readJson('examples/example-ann.json'));
  if (!read.ok) throw new Error('the shipped example is invalid');
  return read.value;
})();

const saved = (id: string) => useAppStore.getState().budgets[id];

function showNewBudget(page = '') {
  const id = useAppStore.getState().createBudget('england-2025-26');
  window.location.hash = `#/budgets/${id}${page}`;
  return id;
}

const statusOf = (task: string) =>
  screen.getByRole('link', { name: task }).closest('li')?.querySelector('.nhsuk-task-list__status');

describe('the task list', () => {
  it('lists every section with its status and links to its page', () => {
    const id = showNewBudget();
    renderWithI18n(<Pages />);
    expect(screen.getByRole('heading', { level: 1, name: 'Untitled budget' })).toBeInTheDocument();
    expect(
      screen.getByText(`You have completed 0 of ${card.domains.length + 7} sections.`),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'About the person' })).toHaveAttribute(
      'href',
      `#/budgets/${id}/about`,
    );
    expect(screen.getByRole('link', { name: 'What matters to the person' })).toHaveAttribute(
      'href',
      `#/budgets/${id}/outcomes`,
    );
    expect(screen.getByRole('link', { name: 'Personal care' })).toHaveAttribute(
      'href',
      `#/budgets/${id}/domains/personal-care`,
    );
    expect(
      screen.getByRole('link', { name: 'Unpaid carers and personal assistants' }),
    ).toHaveAttribute('href', `#/budgets/${id}/carers`);
    expect(screen.getByRole('link', { name: 'Expenses and investments' })).toHaveAttribute(
      'href',
      `#/budgets/${id}/expenses`,
    );
    // Nothing to check yet: NHS.UK's "Cannot start yet", grey and with no link.
    expect(screen.queryByRole('link', { name: 'Check and summary' })).toBeNull();
    expect(
      screen
        .getByText('Check and summary')
        .closest('li')
        ?.querySelector('.nhsuk-task-list__status'),
    ).toHaveTextContent('Cannot start yet');
    for (const domain of card.domains) {
      expect(
        statusOf(typeof domain.name === 'string' ? domain.name : domain.name.en),
      ).toHaveTextContent('Not started');
    }
    expect(screen.getByRole('link', { name: 'Delete this budget' })).toHaveAttribute(
      'href',
      `#/budgets/${id}/delete`,
    );
  });

  it('shows the sections a budget has started, and the running total', () => {
    const { progress: _progress, ...started } = example;
    useAppStore.getState().addBudget(started);
    window.location.hash = `#/budgets/${example.id}`;
    renderWithI18n(<Pages />);
    expect(screen.getByRole('heading', { level: 1, name: example.title })).toBeInTheDocument();
    expect(statusOf('About the person')).toHaveTextContent('In progress');
    expect(statusOf('Personal care')).toHaveTextContent('In progress');
    expect(statusOf('Unpaid carers and personal assistants')).toHaveTextContent('In progress');
    expect(statusOf('Check and summary')).toHaveTextContent('Not started');
    expect(screen.getByRole('link', { name: 'Personal care' })).toHaveAccessibleDescription(
      /needs added/,
    );
    const totals = report(example, card).totals;
    const running = screen.getByRole('complementary', { name: 'Running total' });
    expect(running).toHaveTextContent(`Weekly total${formatMoney(totals.weekly)}`);
    expect(running).toHaveTextContent(`Annual total${formatMoney(totals.annual)}`);
    // The budget has dates: the day its figures are as at, drawn with the rest of the page
    // (fetched with the builder's pages), not a moment later above the tasks.
    expect(screen.getByText(/^Figures are as at /)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Show the plan on another day' })).toBeInTheDocument();
  });

  it('opens the example, a finished budget, with the progress its file carries', () => {
    useAppStore.getState().addBudget(example);
    window.location.hash = `#/budgets/${example.id}`;
    renderWithI18n(<Pages />);
    const counted = card.domains.length + 7 - 3;
    expect(
      screen.getByText(`You have completed ${counted} of ${counted} sections.`),
    ).toBeInTheDocument();
    expect(statusOf('Personal care')).toHaveTextContent('Completed');
    expect(statusOf('Work and volunteering')).toHaveTextContent('Not needed');
    expect(statusOf('Check and summary')).toHaveTextContent('Completed');
  });

  it('counts an expense put against an area as work there, and says so in the hint', () => {
    const id = useAppStore.getState().createBudget('england-2025-26');
    useAppStore.getState().saveExpense(id, {
      id: 'e1',
      domain: 'social',
      description: 'Day centre fee',
      amount: '35.00',
      frequency: 'weekly',
      kind: 'expense',
    });
    window.location.hash = `#/budgets/${id}`;
    renderWithI18n(<Pages />);
    expect(statusOf('Social and community life')).toHaveTextContent('In progress');
    expect(screen.getByRole('link', { name: 'Check and summary' })).toBeInTheDocument();
  });

  it('lets an area be marked not needed, leaving it out of the count', async () => {
    const id = showNewBudget('/domains/work');
    renderWithI18n(<Pages />);
    await userEvent.click(await screen.findByLabelText('No, this area is not needed'));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByText(`You have completed 0 of ${card.domains.length + 6} sections.`),
    ).toBeInTheDocument();
    expect(statusOf('Work and volunteering')).toHaveTextContent('Not needed');
    expect(saved(id)?.budget.progress).toEqual({ areasNotNeeded: ['work'] });
  });

  it('marks "About the person" completed once it is saved', async () => {
    const id = showNewBudget();
    renderWithI18n(<Pages />);
    expect(statusOf('About the person')).toHaveTextContent('Not started');
    await userEvent.click(screen.getByRole('link', { name: 'About the person' }));
    await userEvent.type(await screen.findByLabelText("The person's name"), 'Ann Example');
    await userEvent.click(screen.getByLabelText('Direct payment'));
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Budget for Ann Example' }),
    ).toBeInTheDocument();
    expect(statusOf('About the person')).toHaveTextContent('Completed');
    expect(
      screen.getByText(`You have completed 1 of ${card.domains.length + 7} sections.`),
    ).toBeInTheDocument();
    expect(saved(id)?.budget.progress).toEqual({ completed: ['about'] });
  });

  it('says a budget on a rate card this tool lacks cannot be priced, and where to fix it', () => {
    const id = useAppStore.getState().createBudget('nowhere-2030-31');
    window.location.hash = `#/budgets/${id}`;
    renderWithI18n(<Pages />);
    expect(
      screen.getByRole('heading', { name: /This budget cannot be priced yet/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/uses the rate card nowhere-2030-31/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Choose your area's rate card/ })).toHaveAttribute(
      'href',
      `#/budgets/${id}/about`,
    );
    expect(screen.queryByRole('complementary', { name: 'Running total' })).not.toBeInTheDocument();
  });
});

describe('about the person', () => {
  it('explains each funding route and offers every shipped rate card', () => {
    setClock(() => new Date('2026-12-04T09:00:00'));
    showNewBudget('/about');
    renderWithI18n(<Pages />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'About the person Who the budget is for and how it is paid',
    );
    // Asked with no answer chosen: no route is right for everyone.
    expect(screen.getByLabelText('Direct payment')).not.toBeChecked();
    expect(screen.getByLabelText('Direct payment')).toHaveAccessibleDescription(
      /employ a personal assistant/,
    );
    expect(screen.getByLabelText('Notional budget')).toHaveAccessibleDescription(
      /NHS or the council keeps the money/,
    );
    expect(screen.getByLabelText('Third-party budget')).toHaveAccessibleDescription(
      /independent organisation/,
    );
    const cards = within(screen.getByLabelText("Your area's rate card")).getAllByRole('option');
    expect(cards).toHaveLength(4);
    expect(
      screen.getByRole('option', {
        name: /^1 April 2025 to 31 March 2026 \(ended\): England 2025-26/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Local reference (optional)')).toHaveAccessibleDescription(
      /does not need an NHS number/,
    );
    const money = screen.getByLabelText('Indicative sum a year, in pounds (optional)');
    expect(money).toHaveAttribute('type', 'text');
    expect(money).toHaveAttribute('inputmode', 'decimal');
  });

  it('saves the answers to the budget and goes to the task list', async () => {
    const id = showNewBudget('/about');
    renderWithI18n(<Pages />);
    await userEvent.type(screen.getByLabelText("The person's name"), '  Ann Example ');
    await userEvent.type(screen.getByLabelText('Local reference (optional)'), 'TEAM-42');
    await userEvent.type(
      screen.getByLabelText('Title of the plan (optional)'),
      'Support plan for Ann',
    );
    await userEvent.click(screen.getByLabelText('Notional budget'));
    await userEvent.selectOptions(screen.getByLabelText("Your area's rate card"), 'wales-2025-26');
    await userEvent.type(
      screen.getByLabelText('Indicative sum a year, in pounds (optional)'),
      '£25,000',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Support plan for Ann' }),
    ).toBeInTheDocument();
    expect(saved(id)?.budget).toMatchObject({
      person: { name: 'Ann Example', reference: 'TEAM-42' },
      title: 'Support plan for Ann',
      fundingRoute: 'notional',
      rateCard: 'wales-2025-26',
      indicativeAnnual: '25000.00',
    });
    expect(useAppStore.getState().drafts).toEqual({});
  });

  it('shows each problem at the top and at its field, keeps what was typed and saves nothing', async () => {
    const id = showNewBudget('/about');
    const before = saved(id);
    renderWithI18n(<Pages />);
    await userEvent.type(screen.getByLabelText('Title of the plan (optional)'), 'My plan');
    await userEvent.type(
      screen.getByLabelText('Indicative sum a year, in pounds (optional)'),
      '12.345',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));

    const summary = screen.getByRole('alert');
    expect(
      within(summary).getByRole('heading', { name: 'There is a problem' }),
    ).toBeInTheDocument();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Enter the name of the person the budget is for',
      'Select how the budget will be paid',
      'Enter the amount to the nearest penny: at most two numbers after the point',
    ]);
    expect(links[0]).toHaveAttribute('href', '#about-name');
    expect(document.title).toMatch(/^Error: Who the budget is for/);
    expect(screen.getByLabelText("The person's name")).toHaveAccessibleDescription(
      expect.stringContaining('Error: Enter the name of the person the budget is for'),
    );
    expect(screen.getByLabelText('Indicative sum a year, in pounds (optional)')).toHaveValue(
      '12.345',
    );
    expect(screen.getByLabelText('Title of the plan (optional)')).toHaveValue('My plan');
    expect(saved(id)).toBe(before);
    expect(window.location.hash).toBe(`#/budgets/${id}/about`);

    await userEvent.click(links[0] as HTMLElement);
    expect(screen.getByLabelText("The person's name")).toHaveFocus();
  });

  it('keeps what was typed as a draft that survives a reload, until it is cancelled', async () => {
    const id = showNewBudget('/about');
    // Worked on before: cancelling a budget never changed takes it away (ways-back.test.tsx).
    useAppStore.getState().markSection(id, 'expenses', 'completed');
    const first = renderWithI18n(<Pages />);
    await userEvent.type(screen.getByLabelText("The person's name"), 'Ann');
    await userEvent.click(screen.getByLabelText('Third-party budget'));
    first.unmount();

    renderWithI18n(<Pages />);
    expect(screen.getByLabelText("The person's name")).toHaveValue('Ann');
    expect(screen.getByLabelText('Third-party budget')).toBeChecked();
    expect(saved(id)?.budget.person.name).toBe('');

    await userEvent.click(
      screen.getByRole('link', { name: 'Cancel and go back to the task list' }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Untitled budget' }),
    ).toBeInTheDocument();
    expect(useAppStore.getState().drafts).toEqual({});
    expect(saved(id)?.budget.fundingRoute).toBe('direct-payment');
  });
  it('asks for a rate card when the budget names one this tool does not have', async () => {
    const id = useAppStore.getState().createBudget('nowhere-2030-31');
    window.location.hash = `#/budgets/${id}/about`;
    renderWithI18n(<Pages />);
    const cards = screen.getByLabelText("Your area's rate card");
    expect(within(cards).getByRole('option', { name: 'Choose a rate card' })).toHaveProperty(
      'selected',
      true,
    );
    await userEvent.type(screen.getByLabelText("The person's name"), 'Ann');
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: "Select your area's rate card" }),
    ).toHaveAttribute('href', '#about-rateCard');
    expect(saved(id)?.budget.person.name).toBe('');

    await userEvent.selectOptions(cards, 'england-2026-27');
    await userEvent.click(screen.getByLabelText('Direct payment'));
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Budget for Ann' }),
    ).toBeInTheDocument();
    expect(saved(id)?.budget.rateCard).toBe('england-2026-27');
  });
});

describe('a link to a budget that is not on this device', () => {
  it.each(['#/budgets/gone', '#/budgets/gone/about', '#/budgets/gone/delete', '#/nonsense'])(
    'shows "Page not found" for %s',
    (hash) => {
      window.location.hash = hash;
      renderWithI18n(<Pages />);
      expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
      expect(
        screen.getByRole('link', { name: 'Go to the budgets saved on this device' }),
      ).toHaveAttribute('href', '#/');
      expect(document.title).toBe('Page not found – Support budget builder');
    },
  );
});

describe('the shipped example', () => {
  it('is the one "Try an example" opens', async () => {
    expect(await loadShippedExample('en')).toEqual(example);
  });

  it('is the Welsh copy, with its own words, when the page is in Welsh', async () => {
    expect(await loadShippedExample('cy')).toEqual(readJson('examples/example-ann.cy.json'));
  });
});
