/**
 * The app shell: header, the page for the current address, footer. Saved budgets are
 * read from the device before any page shows, so nobody sees an empty list by mistake.
 */
import { useTranslation } from 'react-i18next';
import { Footer } from './components/footer';
import { Header } from './components/header';
import { SkipLink } from './components/skip-link';
import { RoutedPage } from './app-shell-routes';
import { useFlushOnHide, useHydrated } from './hooks/use-device-storage';
import { useDocumentLanguage } from './hooks/use-language';
import { useRoute } from './hooks/use-route';
import { href } from './routes';
import { StorageNotice } from './storage-notice';

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const hydrated = useHydrated();
  useFlushOnHide();
  useDocumentLanguage();
  return (
    <>
      <SkipLink />
      <Header />
      <StorageNotice />
      {hydrated ? (
        <RoutedPage route={route} />
      ) : (
        <div className="nhsuk-width-container">
          <main className="nhsuk-main-wrapper" id="maincontent">
            <p className="nhsuk-body" role="status">
              {t('app.loading')}
            </p>
          </main>
        </div>
      )}
      <Footer links={[{ href: href({ page: 'accessibility' }), label: t('accessibility.footerLink') }]} meta={t('app.privacy')} />
    </>
  );
}
