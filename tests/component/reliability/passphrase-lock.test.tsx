import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Budget } from '../../../src/domain/schema/budget';
import { atRest, useAppStore } from '../../../src/state/store';
import { App } from '../../../src/ui/app';
import { readJson } from '../../helpers/builders';
import { renderWithI18n } from '../render';

const go = (hash: string) =>
  act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
const PASSPHRASE = 'purple tractor meadow';

describe('the passphrase lock in the app', { timeout: 60_000 }, () => {
  it('turns on after the warning, locks, refuses a wrong passphrase, unlocks, and turns off', async () => {
    const user = userEvent.setup();
    const { id } = useAppStore
      .getState()
      .addBudget(readJson('examples/example-ann.json') as Budget);
    renderWithI18n(<App />);
    go('#/settings');
    expect(await screen.findByText('The passphrase lock is off.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Turn on the passphrase lock' }));
    expect(
      await screen.findByText(
        'If you forget the passphrase, your saved budgets cannot be recovered',
      ),
    ).toBeInTheDocument();

    await user.type(screen.getByLabelText('Passphrase'), 'short');
    await user.click(screen.getByRole('button', { name: 'Turn on the lock' }));
    expect(
      screen.getByRole('link', { name: 'Enter a passphrase of at least 10 characters' }),
    ).toBeInTheDocument();
    expect(document.title).toMatch(/^Error: /);
    await user.clear(screen.getByLabelText('Passphrase'));
    await user.type(screen.getByLabelText('Passphrase'), PASSPHRASE);
    await user.type(screen.getByLabelText('Type the passphrase again'), 'purple tractor meadoe');
    await user.click(screen.getByRole('button', { name: 'Turn on the lock' }));
    expect(screen.getByRole('link', { name: /The passphrases do not match/ })).toBeInTheDocument();
    expect(atRest.state.get()).toBe('plain');
    await user.clear(screen.getByLabelText('Type the passphrase again'));
    await user.type(screen.getByLabelText('Type the passphrase again'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Turn on the lock' }));
    expect(
      await screen.findByText('The passphrase lock is on.', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    // Passphrases are never kept in a draft, which is saved on the device.
    expect(JSON.stringify(useAppStore.getState().drafts)).not.toContain('purple');

    go(`#/budgets/${id}`);
    go('#/settings');
    await user.click(await screen.findByRole('button', { name: 'Lock now' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Enter your passphrase' }),
    ).toBeInTheDocument();
    expect(useAppStore.getState().budgets).toEqual({});

    await user.type(screen.getByLabelText('Passphrase'), 'not the passphrase');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(
      await screen.findByRole('link', { name: /The passphrase is not right/ }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(useAppStore.getState().budgets).toEqual({});

    await user.clear(screen.getByLabelText('Passphrase'));
    await user.type(screen.getByLabelText('Passphrase'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(
      await screen.findByText('The passphrase lock is on.', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(useAppStore.getState().budgets[id]).toBeDefined();

    await user.click(screen.getByRole('link', { name: 'Turn off the passphrase lock' }));
    await user.type(screen.getByLabelText('Current passphrase'), 'not the passphrase');
    await user.click(screen.getByRole('button', { name: 'Turn off the lock' }));
    expect(
      await screen.findByRole('link', { name: 'The passphrase is not right' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Current passphrase'));
    await user.type(screen.getByLabelText('Current passphrase'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Turn off the lock' }));
    expect(
      await screen.findByText('The passphrase lock is off.', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(atRest.state.get()).toBe('plain');
  });
});
