/** Shown in a tab that may not write: says why, and offers to move the writing here. */
import { useState } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { takeOverWriting } from '../../state/device-session';
import { Button } from './button';
import { NotificationBanner } from './notification-banner';

export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const takeOver = () => {
    setBusy(true);
    void takeOverWriting().finally(() => setBusy(false));
  };
  return (
    <div className="nhsuk-width-container app-read-only-banner">
      <NotificationBanner
        title={t('reliability.readOnly.title')}
        heading={t('reliability.readOnly.heading')}
      >
        <p className="nhsuk-body">{t('reliability.readOnly.body')}</p>
        <Button type="button" variant="secondary" onClick={takeOver} disabled={busy}>
          {t('reliability.readOnly.takeOver')}
        </Button>
      </NotificationBanner>
    </div>
  );
}
