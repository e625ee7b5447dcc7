/**
 * The app shell: header, the page for the current address, footer. Saved budgets are
 * read from the device before any page that shows them, so nobody sees an empty list by
 * mistake; the start page alone is drawn at once, its saved budgets left out until read
 * and its buttons waiting for the read (start-page.tsx), so a first visit is not held up;
 * but not on a device whose saved state is sealed, where the passphrase is asked for first.
 * While the passphrase lock is locked, the unlock page stands in for every page; in a tab
 * that may not write (another tab does), every form control is disabled under a banner.
 */
import type { ReactNode } from 'react';
import { useTranslation } from './hooks/use-translation';
import { Footer } from './components/footer';
import { Header } from './components/header';
import { SkipLink } from './components/skip-link';
import { RoutedPage } from './app-shell-routes';
import { useFlushOnHide } from './hooks/use-device-storage';
import { useDocumentLanguage } from './hooks/use-language';
import { useRoute } from './hooks/use-route';
import { href } from './routes';
import { useAtRest, useIdleLock, useSessionReady, useTabRole } from './hooks/use-session';
import { UnlockPage } from './settings/unlock-page';
import { LoadingStatus } from './components/loading-status';
import { ReadOnlyBanner } from './components/read-only-banner';
import { StorageNotice } from './storage-notice';
import { sealedAtStart } from '../state/store';

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const ready = useSessionReady();
  const role = useTabRole();
  const atRest = useAtRest();
  useFlushOnHide();
  useIdleLock();
  useDocumentLanguage();

  let content: ReactNode;
  if (!ready) {
    content =
      route.page === 'start' && !sealedAtStart ? <RoutedPage route={route} /> : <LoadingStatus />;
  } else if (atRest === 'locked') {
    content = <UnlockPage />;
  } else if (role === 'reader') {
    content = (
      <>
        <ReadOnlyBanner />
        {/* A disabled fieldset disables every field and button inside it; links still work. */}
        <fieldset className="app-read-only" disabled>
          <legend className="nhsuk-u-visually-hidden">{t('reliability.readOnly.legend')}</legend>
          <RoutedPage route={route} />
        </fieldset>
      </>
    );
  } else {
    content = <RoutedPage route={route} />;
  }

  return (
    <>
      <SkipLink />
      <Header />
      <StorageNotice />
      {content}
      <Footer
        links={[
          {
            href: href({ page: 'accessibility' }),
            label: t('components.footer.accessibilityLink'),
          },
          { href: href({ page: 'settings' }), label: t('reliability.settings.link') },
        ]}
        meta={t('app.privacy')}
      />
    </>
  );
}
