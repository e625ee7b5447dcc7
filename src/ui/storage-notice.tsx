/** Tells people when saving on this device is not working, and what to do about it. */
import { useTranslation } from 'react-i18next';
import { WarningCallout } from './components/warning-callout';
import { useStorageHealth } from './hooks/use-device-storage';

export function StorageNotice() {
  const { t } = useTranslation();
  const health = useStorageHealth();
  if (health.kind === 'ok') return null;
  const message =
    health.kind === 'write-failed'
      ? t(health.reason === 'full' ? 'app.storage.full' : 'app.storage.writeFailed')
      : health.kind === 'newer-version'
        ? t('app.storage.newerVersion')
        : health.kind === 'set-aside'
          ? t('app.storage.setAside', { count: health.count })
          : t('app.storage.unreadable');
  return (
    <div className="nhsuk-width-container" role="alert">
      <WarningCallout heading={t('app.storage.heading')} headingLevel={2}>
        <p>{message}</p>
      </WarningCallout>
    </div>
  );
}
