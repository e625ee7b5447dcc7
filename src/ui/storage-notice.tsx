/** Tells people when saving on this device is not working, and what to do about it. */
import { useTranslation } from './hooks/use-translation';
import type { StorageHealth } from '../state/persistence';
import { WarningCallout } from './components/warning-callout';
import { useStorageHealth } from './hooks/use-device-storage';
import { usePersistence } from './hooks/use-session';
import { DownloadEveryBudget } from './components/download-every-budget';
import { KeptAsideDownload } from './components/kept-aside';

function messageKey(health: Exclude<StorageHealth, { kind: 'ok' }>): string {
  switch (health.kind) {
    case 'write-failed':
      return health.reason === 'full' ? 'app.storage.full' : 'app.storage.writeFailed';
    case 'refused':
      return 'reliability.storage.refused';
    case 'newer-version':
      return 'app.storage.newerVersion';
    case 'set-aside':
      return 'app.storage.setAside';
    case 'unreadable':
      return 'app.storage.unreadable';
  }
}

export function StorageNotice() {
  const { t } = useTranslation();
  const health = useStorageHealth();
  const persistence = usePersistence();
  if (health.kind === 'ok') return null;
  const count = health.kind === 'set-aside' ? health.count : 0;
  // The way out of a failed write is a file: offer every budget, as any may be unsaved.
  const wayOut = health.kind === 'write-failed' || health.kind === 'unreadable';
  return (
    <div className="nhsuk-width-container" role="alert">
      <WarningCallout heading={t('app.storage.heading')} headingLevel={2}>
        <p>{t(messageKey(health), { count })}</p>
        {wayOut && <DownloadEveryBudget />}
        {health.kind === 'set-aside' && <KeptAsideDownload />}
        {persistence === 'refused' && <p>{t('reliability.storage.persistRefused')}</p>}
      </WarningCallout>
    </div>
  );
}
