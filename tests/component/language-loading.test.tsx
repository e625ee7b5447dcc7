/**
 * The app's own i18n instance bundles English only and fetches Welsh when it is needed:
 * before the first render when Welsh is remembered, and on the header switch otherwise.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppI18n, isLoaded } from '../../src/i18n/app-i18n';
import { App } from '../../src/ui/app';

afterEach(() => {
  window.localStorage.clear();
  document.documentElement.lang = 'en';
});

describe('Welsh loaded on demand', () => {
  it('is not loaded for English, and is fetched when the header switch is used', async () => {
    const user = userEvent.setup();
    const i18n = await createAppI18n('en');
    expect(isLoaded(i18n, 'en')).toBe(true);
    expect(isLoaded(i18n, 'cy')).toBe(false);
    render(
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Support budget builder' });
    await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Cymraeg' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Adeiladwr cyllideb cymorth' }),
    ).toBeInTheDocument();
    expect(isLoaded(i18n, 'cy')).toBe(true);
    expect(window.localStorage.getItem('support-budget-builder.language')).toBe('cy');
  });

  it.each([
    [
      'the pointer comes onto',
      (user: ReturnType<typeof userEvent.setup>, link: HTMLElement) => user.hover(link),
    ],
    [
      'the keyboard moves focus to',
      async (user: ReturnType<typeof userEvent.setup>, link: HTMLElement) => {
        while (document.activeElement !== link) await user.tab();
      },
    ],
  ])(
    'is fetched ahead of the switch when %s the switch, without switching',
    async (_how, reach) => {
      const user = userEvent.setup();
      const i18n = await createAppI18n('en');
      render(
        <I18nextProvider i18n={i18n}>
          <App />
        </I18nextProvider>,
      );
      await screen.findByRole('heading', { level: 1, name: 'Support budget builder' });
      await reach(user, within(screen.getByRole('banner')).getByRole('link', { name: 'Cymraeg' }));
      await waitFor(() => expect(isLoaded(i18n, 'cy')).toBe(true));
      expect(i18n.language).toBe('en');
      expect(
        screen.getByRole('heading', { level: 1, name: 'Support budget builder' }),
      ).toBeInTheDocument();
    },
  );

  it('is in place before the first render when Welsh is the starting language', async () => {
    const i18n = await createAppI18n('cy');
    expect(i18n.language).toBe('cy');
    // The PDF is drawn with the app's own t, so it speaks Welsh too.
    expect(i18n.t('pdf.header.kind')).toBe('Cyllideb gofal a chymorth');
    render(
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>,
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Adeiladwr cyllideb cymorth' }),
    ).toBeInTheDocument();
  });
});
