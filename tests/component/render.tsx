import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../src/i18n';

/** Renders with the real i18n instance and messages, as the app does (in English unless asked). */
export function renderWithI18n(ui: ReactElement, language: 'en' | 'cy' = 'en') {
  return render(<I18nextProvider i18n={createI18n(language)}>{ui}</I18nextProvider>);
}
