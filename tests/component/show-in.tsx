import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../src/i18n';
import type { Language } from '../../src/i18n/languages';
import { Pages } from './routed-pages';

/** Opens an address of the app in a language, as the app shell routes it. */
export function showIn(hash: string, language: Language = 'en') {
  window.location.hash = hash;
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <Pages />
    </I18nextProvider>,
  );
}
