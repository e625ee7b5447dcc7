import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatMoney } from '../../../src/domain/format';
import { readBudget } from '../../../src/domain/read';
import type { Budget } from '../../../src/domain/schema/budget';
import { budgetFileText } from '../../../src/io/budget-file';
import { useAppStore } from '../../../src/state/store';
import { setClock } from '../../../src/state/clock';
import { loadCard, report, ROOT } from '../../helpers/builders';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

const exampleText = readFileSync(join(ROOT, 'examples/example-ann.json'), 'utf8');
const example = (() => {
  const read = readBudget(JSON.parse(exampleText));
  if (!read.ok) throw new Error('the shipped example is invalid');
  return read.value;
})();
const exampleAnnual = formatMoney(
  report(example, loadCard('rate-cards/england-2025-26.json')).totals.annual,
);

const budgets = () => useAppStore.getState().budgets;
const jsonFile = (text: string, name = 'budget.json') =>
  new File([text], name, { type: 'application/json' });

function save(budget: Budget, updatedAt: string) {
  useAppStore.getState().addBudget(budget);
  useAppStore.setState((state) => {
    const saved = state.budgets[budget.id];
    return saved === undefined
      ? state
      : { budgets: { ...state.budgets, [budget.id]: { ...saved, updatedAt } } };
  });
}

async function openFile(
  file: File,
  words = { label: 'Budget file', button: 'Open a budget file' },
) {
  await userEvent.upload(screen.getByLabelText(words.label), file);
  await userEvent.click(screen.getByRole('button', { name: words.button }));
}

describe('the start page', () => {
  it('says what the tool is and that nothing leaves the device', () => {
    renderWithI18n(<Pages />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Support budget builder' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Nothing is sent anywhere/)).toBeInTheDocument();
    expect(document.title).toBe('Support budget builder');
  });

  it('says when no budgets are saved on this device', () => {
    renderWithI18n(<Pages />);
    expect(screen.getByText(/There are no budgets saved on this device yet/)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: /budgets/ })).not.toBeInTheDocument();
  });

  it('lists saved budgets, the most recently changed first, with their annual totals', () => {
    save(
      { ...example, id: 'older', title: '', person: { name: 'Bea Older' } },
      '2025-05-01T10:00:00.000Z',
    );
    save(example, '2025-06-02T10:00:00.000Z');
    renderWithI18n(<Pages />);
    const headings = screen
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(headings).toEqual([example.title, 'Bea Older']);
    expect(screen.getByText('2 budgets, the most recently changed first.')).toBeInTheDocument();

    const newest = screen.getAllByRole('listitem')[0] as HTMLElement;
    const row = (key: string) => within(newest).getByText(key).closest('.nhsuk-summary-list__row');
    expect(row('Person')).toHaveTextContent('Ann Example');
    expect(row('Rate card')).toHaveTextContent(
      'England 2025-26, national reference figures (illustrative)',
    );
    expect(row('Last changed')).toHaveTextContent('2 June 2025');
    expect(row('Annual total')).toHaveTextContent(exampleAnnual);
    expect(row('Last saved as a file')).toHaveTextContent('Not yet');
  });

  it('names an untitled budget, and says why a budget on an unknown rate card cannot be priced', () => {
    useAppStore.getState().createBudget('nowhere-2030-31');
    renderWithI18n(<Pages />);
    expect(screen.getByRole('heading', { level: 3, name: 'Untitled budget' })).toBeInTheDocument();
    expect(
      screen.getByText('Cannot be priced: this tool does not have its rate card, nowhere-2030-31'),
    ).toBeInTheDocument();
    expect(screen.getByText('nowhere-2030-31 (not in this tool)')).toBeInTheDocument();
  });

  it('starts a new budget on the card in force today (England 2026-27 on 4 December 2026) and asks about the person', async () => {
    setClock(() => new Date('2026-12-04T09:00:00'));
    renderWithI18n(<Pages />);
    await userEvent.click(screen.getByRole('button', { name: 'Start a new budget' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Who the budget is for/ }),
    ).toBeInTheDocument();
    const saved = Object.values(budgets());
    expect(saved).toHaveLength(1);
    expect(saved[0]?.budget.rateCard).toBe('england-2026-27');
    expect(window.location.hash).toBe(`#/budgets/${saved[0]?.budget.id}/about`);
  });

  it('opens the example on its task list, and a second time as a copy', async () => {
    renderWithI18n(<Pages />);
    await userEvent.click(screen.getByRole('button', { name: 'Try an example' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: example.title }),
    ).toBeInTheDocument();
    expect(budgets()[example.id]?.budget).toEqual(example);
    expect(screen.getByRole('alert')).toHaveTextContent(`${example.title} has been opened`);

    window.location.hash = '#/';
    await userEvent.click(await screen.findByRole('button', { name: 'Try an example' }));
    expect(await screen.findByText(/opened as a copy with a new id/)).toBeInTheDocument();
    expect(Object.keys(budgets())).toHaveLength(2);
  });

  it('opens the example in Welsh, with its own needs and outcomes in Welsh, when the page is in Welsh', async () => {
    const welsh = JSON.parse(
      readFileSync(join(ROOT, 'examples/example-ann.cy.json'), 'utf8'),
    ) as Budget;
    renderWithI18n(<Pages />, 'cy');
    await userEvent.click(screen.getByRole('button', { name: 'Rhoi cynnig ar enghraifft' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Cynllun cymorth Ann Example (enghraifft ffuglennol)',
      }),
    ).toBeInTheDocument();
    const opened = budgets()[example.id]?.budget;
    expect(opened).toEqual(welsh);
    expect(opened?.lines[0]?.activity).toBe('Help i godi, ymolchi a gwisgo');
    expect(opened?.outcomes?.[0]?.words).toBe(
      "Rwy'n codi ar yr amser rwy'n ei ddewis ac yn teimlo'n barod am y dydd",
    );
  });

  it('opens a budget file on its task list', async () => {
    renderWithI18n(<Pages />);
    await openFile(jsonFile(exampleText, 'example-ann.json'));
    expect(
      await screen.findByRole('heading', { level: 1, name: example.title }),
    ).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/budgets/${example.id}`);
    expect(budgets()[example.id]?.budget).toEqual(example);
  });

  it('opens a file whose id is taken as a copy, keeping both', async () => {
    save(example, '2025-06-02T10:00:00.000Z');
    renderWithI18n(<Pages />);
    await openFile(jsonFile(exampleText));
    expect(await screen.findByText(/opened as a copy with a new id/)).toBeInTheDocument();
    const ids = Object.keys(budgets());
    expect(ids).toHaveLength(2);
    expect(ids).toContain(example.id);
  });

  it('refuses a file with a problem, naming the field, and saves nothing', async () => {
    const broken = JSON.parse(exampleText) as { lines: { minutes?: number }[] };
    (broken.lines[0] as { minutes: number }).minutes = -5;
    renderWithI18n(<Pages />);
    await openFile(jsonFile(JSON.stringify(broken)));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('heading', { name: 'There is a problem' }),
    ).toBeInTheDocument();
    // On the page the problem is in people's words; the command line keeps the path.
    const link = within(summary).getByRole('link', {
      name: 'The first need (Help to get up, wash and dress): minutes must be a whole number from 1 to 1440',
    });
    expect(link).toHaveAttribute('href', '#budget-file');
    expect(screen.getByLabelText('Budget file')).toHaveAccessibleDescription(
      expect.stringContaining('This file cannot be opened because it has 1 problem'),
    );
    expect(document.title).toBe('Error: Support budget builder');
    expect(budgets()).toEqual({});
    expect(window.location.hash).toBe('');
  });

  it('in Welsh, names the need by its place and name, and the field in words', async () => {
    const broken = JSON.parse(exampleText) as {
      lines: { minutes?: number; visitsPerDay?: number }[];
    };
    (broken.lines[0] as { minutes: number }).minutes = -5;
    (broken.lines[2] as { visitsPerDay: number }).visitsPerDay = 0;
    renderWithI18n(<Pages />, 'cy');
    await openFile(jsonFile(JSON.stringify(broken)), {
      label: 'Ffeil gyllideb',
      button: 'Agor ffeil gyllideb',
    });
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: 'Yr angen cyntaf (Help to get up, wash and dress), munudau: rhaid iddo fod yn rhif cyfan o 1 i 1440',
      }),
    ).toBeInTheDocument();
    expect(
      within(summary).getByRole('link', {
        name: /^Y trydydd angen \(Shower with a mobile hoist \(two workers\)\), ymweliadau'r dydd: rhaid/,
      }),
    ).toBeInTheDocument();
    expect(summary.textContent).not.toContain('lines[');
    expect(budgets()).toEqual({});
  });

  it('refuses a file that is not JSON, and asks for a file when none is chosen', async () => {
    renderWithI18n(<Pages />);
    await userEvent.click(screen.getByRole('button', { name: 'Open a budget file' }));
    expect(
      await screen.findByRole('link', { name: 'Select a budget file to open' }),
    ).toBeInTheDocument();

    await openFile(jsonFile('{ "format": "support-budget", ', 'notes.json'));
    expect(
      await screen.findByRole('link', { name: /^The file is not valid JSON/ }),
    ).toBeInTheDocument();
    expect(budgets()).toEqual({});
  });

  it('duplicates a budget with "(copy)" after its title, and says so', async () => {
    save(example, '2025-06-02T10:00:00.000Z');
    renderWithI18n(<Pages />);
    await userEvent.click(screen.getByRole('button', { name: `Duplicate ${example.title}` }));
    expect(screen.getByRole('alert')).toHaveTextContent(`A copy of ${example.title} has been made`);
    const copies = Object.values(budgets());
    expect(copies).toHaveLength(2);
    const copy = copies.find((saved) => saved.budget.id !== example.id);
    expect(copy?.budget).toEqual({
      ...example,
      id: copy?.budget.id,
      title: `${example.title} (copy)`,
    });
    expect(screen.getByRole('heading', { level: 3, name: example.title })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 3, name: `${example.title} (copy)` }),
    ).toBeInTheDocument();
  });

  it('deletes a budget only once the person confirms, with its half-filled forms [H9.5]', async () => {
    save(example, '2025-06-02T10:00:00.000Z');
    useAppStore.getState().setDraft(`${example.id}/about/-`, { name: 'Ann half-typed' });
    renderWithI18n(<Pages />);
    await userEvent.click(screen.getByRole('link', { name: `Delete ${example.title}` }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: `Are you sure you want to delete ${example.title}?`,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/download the budget file first/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('link', { name: 'No, keep it' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: example.title }),
    ).toBeInTheDocument();
    expect(budgets()[example.id]).toBeDefined();

    window.location.hash = `#/budgets/${example.id}/delete`;
    await userEvent.click(await screen.findByRole('button', { name: 'Yes, delete this budget' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Support budget builder' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(`${example.title} has been deleted`);
    expect(budgets()).toEqual({});
    expect(useAppStore.getState().drafts).toEqual({});
  });

  describe('downloading a budget file', () => {
    const downloads: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    beforeEach(() => {
      downloads.length = 0;
      // jsdom has no object URLs and cannot follow a download link: record what the page asks for.
      URL.createObjectURL = (blob: Blob) => {
        const url = `blob:test/${blobs.size}`;
        blobs.set(url, blob);
        return url;
      };
      URL.revokeObjectURL = () => undefined;
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
        this: HTMLAnchorElement,
      ) {
        const blob = blobs.get(this.href);
        if (blob !== undefined) downloads.push({ name: this.download, blob });
      });
    });
    afterEach(() => vi.restoreAllMocks());

    it('saves the budget file with its name and notes when it was saved', async () => {
      save(example, '2025-06-02T10:00:00.000Z');
      renderWithI18n(<Pages />);
      await userEvent.click(screen.getByRole('button', { name: `Download file ${example.title}` }));
      expect(downloads.map((download) => download.name)).toEqual([
        'support-plan-for-ann-example-a-fictional-example.json',
      ]);
      expect(await downloads[0]?.blob.text()).toBe(budgetFileText(example));
      expect(budgets()[example.id]?.exportedAt).not.toBeNull();
      const row = screen.getByText('Last saved as a file').closest('.nhsuk-summary-list__row');
      expect(row).not.toHaveTextContent('Not yet');
    });
  });
});
