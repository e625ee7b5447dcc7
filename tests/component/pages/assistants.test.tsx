/**
 * Named personal assistants on the carers-and-assistants pages: adding, changing and
 * removing them, choosing who works a personal-assistant need on its page, and the two
 * warnings about their hours (over their contract, over the 48-hour week) said in words
 * where those choices are made, in English and in Welsh.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import type { Assistant } from '../../../src/domain/schema/budget';
import { useAppStore } from '../../../src/state/store';
import { AssistantPage } from '../../../src/ui/builder/carers/assistant-page';
import { CarersPage } from '../../../src/ui/builder/carers/carers-page';
import { afterDoubleClickWindow } from '../double-click';
import { href, NEW } from '../../../src/ui/routes';
import { sleepIn, visits } from '../../helpers/builders';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

function renderInWelsh(ui: ReactElement) {
  return render(<I18nextProvider i18n={createI18n('cy')}>{ui}</I18nextProvider>);
}

/** A budget paid by direct payment on the shipped England 2025-26 card. */
function newBudget(): string {
  return useAppStore.getState().createBudget('england-2025-26');
}

const budgetOf = (budgetId: string) => {
  const saved = useAppStore.getState().budgets[budgetId];
  if (saved === undefined) throw new Error(`no budget ${budgetId}`);
  return saved.budget;
};

const pat = (fields: Partial<Assistant> = {}): Assistant => ({
  id: 'pat',
  name: 'Pat',
  contractedHoursWeekly: '20',
  ...fields,
});

/** 600 minutes on each weekday, worked by Pat: 5 × 10 = 50.00 hours a week. */
const longDays = visits({
  id: 'l-days',
  activity: 'Help through the day',
  resource: 'personal-assistant',
  assistant: 'pat',
  minutes: 600,
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
});

/** Pat, contracted for 20 hours, named on needs of 50 hours a week and a sleep-in. */
function overworkedPat(): string {
  const budgetId = newBudget();
  const store = useAppStore.getState();
  store.saveAssistant(budgetId, pat());
  store.saveLine(budgetId, longDays);
  store.saveLine(budgetId, sleepIn({ id: 's-nights', activity: 'Sleeping in', assistant: 'pat' }));
  return budgetId;
}

const OVER_CONTRACT =
  'The needs Pat works come to 50.00 hours a week, more than the 20.00 hours a week of their contract.';
const OVER_48 =
  'The needs Pat works come to 50.00 hours a week, over the 48-hour average the Working Time Regulations allow unless Pat agrees in writing to work more.';

/** The rows of a card's summary list, as [key, value] text. */
function rowsOf(card: HTMLElement) {
  return within(card)
    .getAllByRole('term')
    .map((term) => [term.textContent, term.nextElementSibling?.textContent]);
}

const cardOf = (name: string) =>
  screen.getByRole('heading', { level: 3, name }).closest('.nhsuk-card') as HTMLElement;

describe('adding and changing a personal assistant', () => {
  it('adds an assistant with their contracted hours, and the carers page says so', async () => {
    const budgetId = newBudget();
    const page = renderWithI18n(<AssistantPage budgetId={budgetId} assistantId={NEW} />);
    expect(
      screen.getByRole('heading', { level: 1, name: /Add a personal assistant/ }),
    ).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Their name'), ' Pat ');
    await userEvent.type(screen.getByLabelText('Contracted hours a week'), '37.5');
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));

    expect(budgetOf(budgetId).assistants).toEqual([
      { id: expect.stringMatching(/^pa-/) as string, name: 'Pat', contractedHoursWeekly: '37.5' },
    ]);
    expect(window.location.hash).toBe(href({ page: 'carers', budgetId }));
    expect(useAppStore.getState().drafts).toEqual({});
    page.unmount();

    renderWithI18n(<CarersPage budgetId={budgetId} />);
    expect(screen.getByText('Pat has been added')).toBeInTheDocument();
    expect(rowsOf(cardOf('Pat'))).toEqual([
      ['Contracted hours a week', '37.50 hours'],
      ['Hours a week of the needs they work', '0.00 hours'],
      [
        'Needs they work',
        'None yet. To add some, choose them on the page of a need given by a personal assistant.',
      ],
      ['Warnings', 'None'],
    ]);
  });

  it('names each wrong field in the error summary and saves nothing', async () => {
    const budgetId = newBudget();
    renderWithI18n(<AssistantPage budgetId={budgetId} assistantId={NEW} />);
    const save = () => userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    const summary = () =>
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]);

    await save();
    expect(summary()).toEqual([
      ["Enter the personal assistant's name", '#assistant-name'],
      ['Enter the hours a week in their contract', '#assistant-hours'],
    ]);
    // Each rule of the hours is tested with the form's rules (tests/unit/forms.test.ts).
    await userEvent.type(screen.getByLabelText('Their name'), 'Pat');
    await userEvent.type(screen.getByLabelText('Contracted hours a week'), '169');
    // Save ignores a second press within a second of the first (the guard against double
    // submits): a person takes longer than that to correct a field, the test waits it out.
    await afterDoubleClickWindow();
    await save();
    expect(summary()).toEqual([
      ['Contracted hours must be between 0 and 168 a week', '#assistant-hours'],
    ]);
    expect(budgetOf(budgetId).assistants).toBeUndefined();
  });

  it('changes an assistant in place, and warns of the contract as it is typed', async () => {
    const budgetId = overworkedPat();
    useAppStore.getState().saveAssistant(budgetId, pat({ contractedHoursWeekly: '50' }));
    renderWithI18n(<AssistantPage budgetId={budgetId} assistantId="pat" />);
    expect(
      screen.getByRole('heading', { level: 1, name: /Change the details of Pat/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('The needs Pat works come to 50.00 hours a week.')).toBeInTheDocument();
    // 50 hours is within a 50-hour contract, but over the 48-hour week.
    expect(screen.getByText(OVER_48)).toBeInTheDocument();
    expect(screen.queryByText(OVER_CONTRACT)).not.toBeInTheDocument();

    await userEvent.clear(screen.getByLabelText('Contracted hours a week'));
    await userEvent.type(screen.getByLabelText('Contracted hours a week'), '20');
    expect(screen.getByText(OVER_CONTRACT)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(budgetOf(budgetId).assistants).toEqual([pat()]);
  });

  it('shows "page not found" for an assistant who is not there', () => {
    const budgetId = newBudget();
    renderWithI18n(<AssistantPage budgetId={budgetId} assistantId="gone" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      createI18n('en').t('budget.notFound.title'),
    );
  });
});

describe('personal assistants on the carers page', () => {
  it('lists the needs an assistant works, their hours, and both warnings in words', () => {
    const budgetId = overworkedPat();
    renderWithI18n(<CarersPage budgetId={budgetId} />);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Personal assistants' }),
    ).toBeInTheDocument();
    expect(rowsOf(cardOf('Pat'))).toEqual([
      ['Contracted hours a week', '20.00 hours'],
      // The sleep-in counts nights, not hours: 50.00 hours from the weekday visits alone.
      ['Hours a week of the needs they work', '50.00 hours'],
      ['Needs they work', 'Help through the day (Personal care)Sleeping in (Personal care)'],
      ['Warnings', `${OVER_CONTRACT}${OVER_48}`],
    ]);
    expect(within(cardOf('Pat')).getByRole('link', { name: 'Change (Pat)' })).toHaveAttribute(
      'href',
      href({ page: 'assistant', budgetId, assistantId: 'pat' }),
    );
  });

  it('removes an assistant after saying which needs name them, which stay with nobody named', async () => {
    const budgetId = overworkedPat();
    renderWithI18n(<CarersPage budgetId={budgetId} />);

    await userEvent.click(screen.getByRole('button', { name: 'Remove (Pat)' }));
    const panel = screen.getByRole('group', { name: 'Remove Pat from the plan?' });
    expect(panel).toHaveFocus();
    expect(panel).toHaveTextContent(
      'Pat is named on these 2 needs. They stay in the plan as support from a personal assistant, with nobody named:',
    );
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Help through the day (Personal care)', 'Sleeping in (Personal care)']);
    await userEvent.click(screen.getByRole('button', { name: 'No, keep Pat' }));
    expect(budgetOf(budgetId).assistants).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Remove (Pat)' })).toHaveFocus();

    await userEvent.click(screen.getByRole('button', { name: 'Remove (Pat)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, remove Pat' }));
    const budget = budgetOf(budgetId);
    expect(budget.assistants).toEqual([]);
    expect(budget.lines.map((line) => [line.id, line.resource, line.assistant])).toEqual([
      ['l-days', 'personal-assistant', undefined],
      ['s-nights', 'personal-assistant', undefined],
    ]);
    expect(budget.lines.every((line) => !Object.hasOwn(line, 'assistant'))).toBe(true);
    expect(screen.getByText('Pat has been removed from the plan')).toBeInTheDocument();
    expect(screen.getByText('2 needs now have no personal assistant named.')).toBeInTheDocument();
    expect(
      screen.getByText(/No personal assistants are named in this plan yet/),
    ).toBeInTheDocument();
  });

  it('removes an assistant no need names without a word about needs', async () => {
    const budgetId = newBudget();
    useAppStore.getState().saveAssistant(budgetId, pat());
    renderWithI18n(<CarersPage budgetId={budgetId} />);
    await userEvent.click(screen.getByRole('button', { name: 'Remove (Pat)' }));
    expect(screen.getByRole('group', { name: 'Remove Pat from the plan?' })).not.toHaveTextContent(
      /named on/,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Yes, remove Pat' }));
    expect(budgetOf(budgetId).assistants).toEqual([]);
    expect(screen.queryByText(/now ha/)).not.toBeInTheDocument();
  });

  it('says it all in Welsh, with the plural form for two needs', async () => {
    const budgetId = overworkedPat();
    renderInWelsh(<CarersPage budgetId={budgetId} />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Gofalwyr di-dâl a chynorthwywyr personol' }),
    ).toBeInTheDocument();
    expect(rowsOf(cardOf('Pat'))).toEqual([
      ['Oriau dan gontract yr wythnos', '20.00 awr'],
      ["Oriau'r wythnos yr anghenion y maent yn eu gweithio", '50.00 awr'],
      [
        'Anghenion y maent yn eu gweithio',
        'Help through the day (Gofal personol)Sleeping in (Gofal personol)',
      ],
      [
        'Rhybuddion',
        "Mae'r anghenion y mae Pat yn eu gweithio yn dod i 50.00 awr yr wythnos, mwy na'r 20.00 awr yr wythnos yn eu contract." +
          "Mae'r anghenion y mae Pat yn eu gweithio yn dod i 50.00 awr yr wythnos, dros y cyfartaledd o 48 awr y mae Rheoliadau Amser Gweithio yn ei ganiatáu oni bai bod Pat yn cytuno'n ysgrifenedig i weithio mwy.",
      ],
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Tynnu (Pat)' }));
    expect(screen.getByRole('group', { name: "Tynnu Pat o'r cynllun?" })).toHaveTextContent(
      "Mae Pat wedi'i enwi ar y ddau angen hyn.",
    );
    await userEvent.click(screen.getByRole('button', { name: 'Ie, tynnu Pat' }));
    expect(screen.getByText("Mae Pat wedi'i dynnu o'r cynllun")).toBeInTheDocument();
    expect(
      screen.getByText("Nid oes cynorthwyydd personol wedi'i enwi ar 2 angen bellach."),
    ).toBeInTheDocument();
  });
});

describe("choosing who works a personal assistant's need, on its page", () => {
  function showLine(budgetId: string, lineId: string, welsh = false) {
    window.location.hash = href({ page: 'line', budgetId, domainId: 'personal-care', lineId });
    return welsh ? renderInWelsh(<Pages />) : renderWithI18n(<Pages />);
  }

  it('names the assistant, warns of their hours there, and can name nobody again', async () => {
    const budgetId = newBudget();
    const store = useAppStore.getState();
    store.saveAssistant(budgetId, pat());
    store.saveAssistant(budgetId, { id: 'jo', name: 'Jo', contractedHoursWeekly: '60' });
    const { assistant: _named, ...unnamed } = longDays;
    store.saveLine(budgetId, unnamed);
    showLine(budgetId, 'l-days');

    const choice = await screen.findByLabelText(
      'Which personal assistant works this need? (optional)',
    );
    expect(
      within(choice)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Nobody named', 'Pat', 'Jo']);
    expect(screen.queryByText(OVER_CONTRACT)).not.toBeInTheDocument();
    await userEvent.selectOptions(choice, 'Pat');
    expect(await screen.findByText(OVER_CONTRACT)).toBeInTheDocument();
    expect(screen.getByText(OVER_48)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save this need' }));
    expect(budgetOf(budgetId).lines[0]?.assistant).toBe('pat');
    const row = within(
      await screen.findByRole('table', { name: 'Needs in Personal care' }),
    ).getByRole('row', {
      name: /Help through the day/,
    });
    expect(row).toHaveTextContent('Personal assistant: Pat');
  });

  it('leaves the assistant off when "Nobody named" is chosen', async () => {
    const budgetId = overworkedPat();
    showLine(budgetId, 'l-days');
    await userEvent.selectOptions(
      await screen.findByLabelText('Which personal assistant works this need? (optional)'),
      'Nobody named',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save this need' }));
    await screen.findByRole('table', { name: 'Needs in Personal care' });
    expect(
      Object.hasOwn(
        budgetOf(budgetId).lines.find((line) => line.id === 'l-days') ?? {},
        'assistant',
      ),
    ).toBe(false);
  });

  it('links to the carers page when no assistant is named yet', async () => {
    const budgetId = newBudget();
    const { assistant: _named, ...unnamed } = longDays;
    useAppStore.getState().saveLine(budgetId, unnamed);
    showLine(budgetId, 'l-days');
    expect(
      await screen.findByRole('link', { name: 'Name the personal assistants' }),
    ).toHaveAttribute('href', href({ page: 'carers', budgetId }));
  });

  it('refuses a draft naming an assistant removed since, naming the field', async () => {
    const budgetId = overworkedPat();
    showLine(budgetId, 'l-days');
    await screen.findByLabelText('Which personal assistant works this need? (optional)');
    // A change typed but not saved is kept as a draft, with Pat still chosen in it.
    await userEvent.type(screen.getByLabelText('What is the support?'), ' on weekdays');
    useAppStore.getState().removeAssistant(budgetId, 'pat');
    // The page still holds the draft naming Pat: the choice says so, and saving asks for another.
    const choice = await screen.findByLabelText(
      'Which personal assistant works this need? (optional)',
    );
    expect(within(choice).getByRole('option', { selected: true })).toHaveTextContent(
      'An assistant no longer in the plan',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save this need' }));
    expect(within(screen.getByRole('alert')).getByRole('link')).toHaveAttribute(
      'href',
      '#line-assistant',
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The personal assistant chosen is no longer in the plan: choose another, or nobody',
    );
  });

  it('warns in Welsh on the need page', async () => {
    const budgetId = overworkedPat();
    showLine(budgetId, 'l-days', true);
    expect(
      await screen.findByText(
        "Mae'r anghenion y mae Pat yn eu gweithio yn dod i 50.00 awr yr wythnos, mwy na'r 20.00 awr yr wythnos yn eu contract.",
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByLabelText("Pa gynorthwyydd personol sy'n gweithio'r angen hwn? (dewisol)"),
    ).toHaveValue('pat');
  });
});
