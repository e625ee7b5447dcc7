/**
 * Welsh from the header of every page: the link switches every string in place, sets
 * <html lang> and the title, is remembered on the device, and loses nothing typed. The
 * accessibility statement is linked from the footer, in both languages.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { Budget } from '../../src/domain/schema/budget';
import { useAppStore } from '../../src/state/store';
import { App } from '../../src/ui/app';
import { accessibilityContact } from '../../src/ui/deployment';
import { initialLanguage } from '../../src/ui/hooks/use-language';
import { readJson } from '../helpers/builders';
import { renderWithI18n } from './render';

// Awaited, as a page opened this way may suspend while a part of it loads.
const go = (hash: string) =>
  act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });

// React reports misuse (a page suspending on a promise it did not keep, or `use` called
// on one render and not the next) on console.error: no test here may cause one.
let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});

afterEach(() => {
  window.localStorage.clear();
  document.documentElement.lang = 'en';
  const calls = consoleError.mock.calls.map((call) => String(call[0]));
  consoleError.mockRestore();
  expect(calls).toEqual([]);
});

describe('the language switch', () => {
  it('turns the page into Welsh in place, with <html lang="cy">, a Welsh title, and remembers it', async () => {
    const user = userEvent.setup();
    renderWithI18n(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Support budget builder' });
    const link = within(screen.getByRole('banner')).getByRole('link', { name: 'Cymraeg' });
    expect(link).toHaveAttribute('lang', 'cy');
    expect(link).toHaveAttribute('hreflang', 'cy');
    await user.click(link);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Adeiladwr cyllideb cymorth' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Dechrau cyllideb newydd' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('cy');
    expect(document.title).toBe('Adeiladwr cyllideb cymorth');
    expect(window.localStorage.getItem('support-budget-builder.language')).toBe('cy');
    expect(initialLanguage()).toBe('cy');
    const back = within(screen.getByRole('banner')).getByRole('link', { name: 'English' });
    expect(back).toHaveAttribute('lang', 'en');
    await user.click(back);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Support budget builder' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(initialLanguage()).toBe('en');
  });

  it('keeps what is typed in a half-filled form, and shows its errors in Welsh', async () => {
    const user = userEvent.setup();
    useAppStore.getState().addBudget(readJson('examples/example-ann.json') as Budget);
    renderWithI18n(<App />);
    await go('#/budgets/example-ann/domains/work/lines/new');
    await user.type(await screen.findByLabelText('What is the support?'), 'Travel to the office');
    await user.click(screen.getByRole('button', { name: 'Save this need' }));
    expect(document.title).toMatch(/^Error: /);
    await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Cymraeg' }));
    expect(await screen.findByLabelText("Beth yw'r cymorth?")).toHaveValue('Travel to the office');
    expect(screen.getByRole('heading', { level: 2, name: 'Mae problem' })).toBeInTheDocument();
    expect(document.title).toMatch(/^Gwall: /);
    expect(screen.getAllByText(/Dewiswch pwy sy'n rhoi'r cymorth hwn/).length).toBeGreaterThan(0);
  });

  it('shows the rate card’s own Welsh names of areas of life', async () => {
    const user = userEvent.setup();
    useAppStore.getState().addBudget(readJson('examples/example-ann.json') as Budget);
    renderWithI18n(<App />);
    await go('#/budgets/example-ann');
    expect(await screen.findByRole('link', { name: /Personal care/ })).toBeInTheDocument();
    await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Cymraeg' }));
    expect(await screen.findByRole('link', { name: /Gofal personol/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Personal care/ })).not.toBeInTheDocument();
  });
});

describe('the accessibility statement', () => {
  it('is linked from the footer, and says no contact has been added when none is configured', async () => {
    const user = userEvent.setup();
    renderWithI18n(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Support budget builder' });
    await user.click(
      within(screen.getByRole('contentinfo')).getByRole('link', {
        name: 'Accessibility statement',
      }),
    );
    await go('#/accessibility');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' }),
    ).toBeInTheDocument();
    for (const heading of [
      'How accessible this tool is',
      'Feedback and contact information',
      'Enforcement procedure',
      'What we test, and how',
      'Preparation of this statement',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    }
    expect(screen.getByText(/has not yet added its contact details/)).toBeInTheDocument();
    expect(screen.getByText(/the PDF of a budget is not tagged/)).toBeInTheDocument();
    expect(screen.getByText(/prepared on 23 November 2026/)).toBeInTheDocument();
    await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Cymraeg' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Datganiad hygyrchedd' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Paratowyd y datganiad hwn ar 23 Tachwedd 2026/)).toBeInTheDocument();
  });

  it('lists the contact lines the deploying organisation configures, split at semicolons', () => {
    expect(accessibilityContact(undefined)).toEqual([]);
    expect(accessibilityContact('  ')).toEqual([]);
    expect(accessibilityContact('Email: access@example.nhs.uk; Phone: 0300 000 0000;')).toEqual([
      'Email: access@example.nhs.uk',
      'Phone: 0300 000 0000',
    ]);
  });
});

describe('have you completed this section?', () => {
  it('answered with Continue alone, shows the error summary with "Error:" in the title, in either language', async () => {
    const user = userEvent.setup();
    // Without the example's own progress, so the section has no answer yet.
    const { progress: _progress, ...example } = readJson('examples/example-ann.json') as Budget;
    useAppStore.getState().addBudget(example);
    renderWithI18n(<App />);
    await go('#/budgets/example-ann/expenses');
    await screen.findByRole('heading', { level: 1, name: 'Expenses and investments' });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'There is a problem' });
    const summary = heading.closest('.nhsuk-error-summary') as HTMLElement;
    expect(summary).toHaveFocus();
    expect(
      within(summary).getByRole('link', { name: 'Select whether you have completed this section' }),
    ).toHaveAttribute('href', '#section-complete');
    expect(document.title).toMatch(/^Error: Expenses and investments/);
    await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Cymraeg' }));
    expect(
      await screen.findByRole('link', { name: "Dewiswch a ydych wedi cwblhau'r adran hon" }),
    ).toBeInTheDocument();
    expect(document.title).toMatch(/^Gwall: Treuliau a buddsoddiadau/);
    await user.click(screen.getByLabelText('Nac ydw, fe ddof yn ôl ati yn nes ymlaen'));
    expect(
      screen.queryByRole('heading', { level: 2, name: 'Mae problem' }),
    ).not.toBeInTheDocument();
    expect(document.title).toBe('Treuliau a buddsoddiadau – Adeiladwr cyllideb cymorth');
  });
});
