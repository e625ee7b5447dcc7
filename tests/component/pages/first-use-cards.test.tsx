/**
 * The card a budget or a caseload is priced on, as a first-time user meets it: a new
 * budget starts on the card in force today (by the device's calendar, fixed here through
 * the clock), every card's dates are in the choice and said under it, and a card that has
 * ended says so and offers the card of its area in force, in English and in Welsh.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { generateBudgets } from '../../../src/generate/generate-budgets';
import { createI18n } from '../../../src/i18n';
import { budgetFileText } from '../../../src/io/budget-file';
import { setClock } from '../../../src/state/clock';
import { useCaseloadStore } from '../../../src/state/caseload/caseload-store';
import { useAppStore } from '../../../src/state/store';
import { loadCard, readJson } from '../../helpers/builders';
import type { Budget } from '../../../src/domain/schema/budget';
import { formatMoney } from '../../../src/domain/format';
import { sumMoney } from '../../../src/domain/money';
import { priceOnCard } from '../../../src/domain/pricing/price-budget';
import { Pages } from '../routed-pages';

const budgets = () => Object.values(useAppStore.getState().budgets);
const onDay = (day: string) => setClock(() => new Date(`${day}T10:00:00`));
const renderIn = (language: 'en' | 'cy') =>
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <Pages />
    </I18nextProvider>,
  );

async function startNewBudget(language: 'en' | 'cy' = 'en') {
  renderIn(language);
  await userEvent.click(
    screen.getByRole('button', {
      name: language === 'en' ? 'Start a new budget' : 'Dechrau cyllideb newydd',
    }),
  );
  await screen.findByRole('heading', { level: 1 });
}

describe('the card a new budget starts on', () => {
  it('is the card in force today for the area: England 2026-27 on 4 December 2026', async () => {
    onDay('2026-12-04');
    await startNewBudget();
    expect(budgets()[0]?.budget.rateCard).toBe('england-2026-27');
    expect(screen.getByLabelText("Your area's rate card")).toHaveValue('england-2026-27');
    expect(
      screen.getByText(/^England 2026-27, .* is in force from 1 April 2026 to 31 March 2027\.$/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/ended on/)).not.toBeInTheDocument();
  });

  it('is England 2025-26 while that card is in force', async () => {
    onDay('2025-06-01');
    await startNewBudget();
    expect(budgets()[0]?.budget.rateCard).toBe('england-2025-26');
  });

  it('follows the area of the budget last begun on this device', async () => {
    onDay('2025-06-01');
    const id = useAppStore.getState().createBudget('wales-2025-26');
    expect(id).not.toBe('');
    await startNewBudget();
    expect(
      budgets()
        .map((saved) => saved.budget.rateCard)
        .sort(),
    ).toEqual(['wales-2025-26', 'wales-2025-26']);
  });

  it('is Wales 2026-27 for a Welsh area once that card is in force', async () => {
    onDay('2026-12-04');
    useAppStore.getState().createBudget('wales-2025-26');
    await startNewBudget();
    expect(
      budgets()
        .map((saved) => saved.budget.rateCard)
        .sort(),
    ).toEqual(['wales-2025-26', 'wales-2026-27']);
  });

  it('is the area’s latest card when all have ended, and the page says so at once', async () => {
    onDay('2027-06-01');
    useAppStore.getState().createBudget('wales-2025-26');
    await startNewBudget();
    const fresh = budgets().find(
      (saved) =>
        saved.budget.title === '' &&
        saved.budget.progress === undefined &&
        window.location.hash.includes(saved.budget.id),
    );
    expect(fresh?.budget.rateCard).toBe('wales-2026-27');
    expect(
      screen.getByRole('heading', { name: /Wales 2026-27, .* ended on 31 March 2027/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'No card for Wales is in force today. Import or make one on the rate cards page.',
      ),
    ).toBeInTheDocument();
  });
});

describe('choosing a card on "About the person"', () => {
  it('shows every card’s dates, marks the ended ones, and offers the card in force instead of an ended one', async () => {
    onDay('2026-12-04');
    await startNewBudget();
    const choice = screen.getByLabelText("Your area's rate card");
    expect(
      within(choice)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      '1 April 2025 to 31 March 2026 (ended): England 2025-26, national reference figures (illustrative)',
      expect.stringMatching(/^1 April 2026 to 31 March 2027: England 2026-27, /),
      expect.stringMatching(/^1 April 2025 to 31 March 2026 \(ended\): Wales 2025-26, /),
      expect.stringMatching(/^1 April 2026 to 31 March 2027: Wales 2026-27, /),
    ]);
    await userEvent.selectOptions(choice, 'england-2025-26');
    expect(
      screen.getByRole('heading', { name: /England 2025-26, .* ended on 31 March 2026/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /England 2026-27, .* is the card for England in force today, from 1 April 2026 to 31 March 2027/,
      ),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: /^Use England 2026-27, .* for this budget$/ }),
    );
    expect(choice).toHaveValue('england-2026-27');
    expect(screen.queryByText(/ended on/)).not.toBeInTheDocument();
  });

  it('says the same in Welsh', async () => {
    onDay('2026-12-04');
    await startNewBudget('cy');
    const choice = screen.getByLabelText('Cerdyn cyfraddau eich ardal');
    await userEvent.selectOptions(choice, 'england-2025-26');
    expect(
      within(choice).getByRole('option', {
        name: /^1 Ebrill 2025 i 31 Mawrth 2026 \(wedi dod i ben\): Lloegr 2025-26/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: /Daeth Lloegr 2025-26, .* i ben ar 31 Mawrth 2026/ }),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', {
        name: /^Defnyddio Lloegr 2026-27, .* ar gyfer y gyllideb hon$/,
      }),
    );
    expect(choice).toHaveValue('england-2026-27');
  });
});

describe('the caseload’s card', { timeout: 30_000 }, () => {
  afterEach(() => act(() => useCaseloadStore.getState().clear()));

  const files = generateBudgets({
    count: 4,
    seed: 7,
    rateCard: loadCard('rate-cards/england-2025-26.json'),
  }).map(
    (budget) =>
      new File([budgetFileText(budget)], `${budget.id}.json`, { type: 'application/json' }),
  );

  it('says when the card most budgets name has ended, with its dates, and prices on the card in force when asked', async () => {
    onDay('2026-12-04');
    window.location.hash = '#/caseload';
    renderIn('en');
    await userEvent.upload(await screen.findByLabelText('Budget files'), files);
    await screen.findByText(/Priced on England 2025-26/, {}, { timeout: 15000 });
    expect(
      screen.getByRole('heading', { name: /England 2025-26, .* ended on 31 March 2026/ }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByLabelText('Rate card to price on')).getByRole('option', {
        selected: true,
      }),
    ).toHaveTextContent(
      '1 April 2025 to 31 March 2026 (ended): England 2025-26, national reference figures (illustrative)',
    );
    await userEvent.click(
      screen.getByRole('button', { name: /^Price the caseload on England 2026-27, / }),
    );
    await screen.findByText(/Priced on England 2026-27/, {}, { timeout: 15000 });
    expect(screen.getByLabelText('Rate card to price on')).toHaveValue('england-2026-27');
    expect(
      screen.getByText(/^England 2026-27, .* is in force from 1 April 2026 to 31 March 2027\.$/),
    ).toBeInTheDocument();
  });

  it('says so in Welsh', async () => {
    onDay('2026-12-04');
    window.location.hash = '#/caseload';
    renderIn('cy');
    await userEvent.upload(await screen.findByLabelText('Ffeiliau cyllideb'), files);
    expect(
      await screen.findByRole(
        'heading',
        { name: /Daeth Lloegr 2025-26, .* i ben ar 31 Mawrth 2026/ },
        { timeout: 15000 },
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /^Prisio'r llwyth achosion ar Lloegr 2026-27, / }),
    ).toBeInTheDocument();
  });
});

describe(
  'a filtered caseload export, and which card each annual figure is on',
  { timeout: 30_000 },
  () => {
    afterEach(() => {
      act(() => useCaseloadStore.getState().clear());
      vi.restoreAllMocks();
    });

    const generated = generateBudgets({
      count: 6,
      seed: 11,
      rateCard: loadCard('rate-cards/england-2025-26.json'),
    });
    const files = generated.map(
      (budget) =>
        new File([budgetFileText(budget)], `${budget.id}.json`, { type: 'application/json' }),
    );

    async function download(button: string) {
      const saved: { name: string; blob: Blob }[] = [];
      vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
        saved.push({ name: '', blob: blob as Blob });
        return 'blob:caseload-test';
      });
      vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
        this: HTMLAnchorElement,
      ) {
        const last = saved[saved.length - 1];
        if (last !== undefined) last.name = this.download;
      });
      await userEvent.click(screen.getByRole('button', { name: button }));
      // The table's CSV is written a few pieces a task: a slow machine may take two.
      await vi.waitFor(() => expect(saved).not.toHaveLength(0));
      const [file] = saved;
      if (file === undefined) throw new Error('nothing downloaded');
      return { name: file.name, text: (await file.blob.text()).replace(/^\uFEFF/, '') };
    }

    async function load(language: 'en' | 'cy') {
      window.location.hash = '#/caseload';
      renderIn(language);
      await userEvent.upload(
        await screen.findByLabelText(language === 'en' ? 'Budget files' : 'Ffeiliau cyllideb'),
        files,
      );
      await screen.findByRole('table', { name: /^(Budgets|Cyllidebau) 1 / }, { timeout: 15000 });
    }

    it('puts the filter in the file name and on every row; the whole table has neither', async () => {
      await load('en');
      const whole = await download('Download these budgets (CSV)');
      expect(whole.name).toBe('caseload-budgets.csv');
      expect(whole.text.split('\r\n')[0]).not.toMatch(/Filter/);
      const target = generated[2] as Budget;
      await userEvent.type(screen.getByLabelText('Find budgets'), target.person.reference ?? '');
      const filtered = await download('Download these budgets (CSV)');
      const slug = (target.person.reference ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
      expect(filtered.name).toBe(`caseload-budgets-filtered-${slug}.csv`);
      const [header = '', ...rows] = filtered.text.split('\r\n').filter((row) => row !== '');
      expect(header.endsWith(',Filter')).toBe(true);
      expect(rows).toHaveLength(1);
      expect(
        rows[0]?.endsWith(`,"only budgets matching ""${target.person.reference ?? ''}"""`),
      ).toBe(true);
    });

    it('says which card the table’s annual figures are on', async () => {
      await load('en');
      expect(
        screen.getByText(
          /^Every figure in this table is on England 2025-26, .*, whichever card each budget names\./,
        ),
      ).toBeInTheDocument();
      act(() => useCaseloadStore.getState().clear());
    });

    it('says it in Welsh', async () => {
      await load('cy');
      expect(
        screen.getByText(/^Mae pob ffigur yn y tabl hwn ar Lloegr 2025-26, /),
      ).toBeInTheDocument();
    });
  },
);

describe('a budget’s own summary', () => {
  it('says which card its annual figures are on, in English and Welsh', async () => {
    const { id } = useAppStore
      .getState()
      .addBudget(readJson('examples/example-ann.json') as Budget);
    window.location.hash = `#/budgets/${id}/summary`;
    const view = renderIn('en');
    expect(
      await screen.findByText(
        /^These totals are on England 2025-26, .*, the card this budget names\./,
      ),
    ).toBeInTheDocument();
    view.unmount();
    renderIn('cy');
    expect(
      await screen.findByText(/^Mae'r cyfansymiau hyn ar Lloegr 2025-26, /),
    ).toBeInTheDocument();
  });
});

describe('the personal assistants’ row on the summary', () => {
  it('says it holds the employer’s costs, and how much, in English and Welsh', async () => {
    const budget = readJson('examples/example-ann.json') as Budget;
    const priced = priceOnCard(budget, loadCard('rate-cards/england-2025-26.json'));
    if (!priced.ok) throw new Error('the example cannot be priced');
    const costs = priced.value.employerCosts;
    expect(costs.length).toBeGreaterThan(0);
    const weekly = formatMoney(sumMoney(costs.map((cost) => cost.weekly)));
    const annual = formatMoney(sumMoney(costs.map((cost) => cost.annual)));
    const { id } = useAppStore.getState().addBudget(budget);
    window.location.hash = `#/budgets/${id}/summary`;
    const view = renderIn('en');
    expect(
      await screen.findByText(
        `The personal assistants' row includes the employer's costs, such as insurance and payroll: ${weekly} a week, ${annual} a year.`,
        { exact: false },
      ),
    ).toBeInTheDocument();
    view.unmount();
    renderIn('cy');
    expect(
      await screen.findByText(
        `costau'r cyflogwr, fel yswiriant a chyflogres: ${weekly} yr wythnos, ${annual} y flwyddyn.`,
        { exact: false },
      ),
    ).toBeInTheDocument();
  });
});
