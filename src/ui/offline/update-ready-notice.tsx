/** Says a new version is ready, and that it starts next time: nothing reloads under the person. */
import { useSyncExternalStore } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { NotificationBanner } from '../components/notification-banner';
import { isUpdateReady, onUpdateReady } from './update-ready';

export function UpdateReadyNotice() {
  const { t } = useTranslation();
  const ready = useSyncExternalStore(onUpdateReady, isUpdateReady);
  if (!ready) return null;
  return (
    // Spaced from the header above it; the page's own spacing follows below.
    <div className="nhsuk-width-container nhsuk-u-margin-top-5">
      <NotificationBanner heading={t('offline.updateReady.heading')}>
        <p className="nhsuk-body">{t('offline.updateReady.body')}</p>
      </NotificationBanner>
    </div>
  );
}
