/**
 * #/settings: saving on this device (whether the browser agreed to keep the data) and
 * the passphrase lock (off by default), with a link to each of its forms.
 */
import { useTranslation } from '../hooks/use-translation';
import { IDLE_LOCK_MINUTES, lockNow } from '../../state/passphrase-lock';
import { Button } from '../components/button';
import { ButtonGroup } from '../components/button-group';
import { ButtonLink } from '../components/button-link';
import { Page } from '../components/page';
import { useAtRest, usePersistence, useTabRole } from '../hooks/use-session';
import { href } from '../routes';
import { BudgetColumn } from '../components/budget-column';
import { FlashBanner } from '../components/budget-flash';

const PERSISTENCE_KEYS = {
  unknown: null,
  granted: 'reliability.storage.persistGranted',
  refused: 'reliability.storage.persistRefused',
  unavailable: 'reliability.storage.persistUnavailable',
} as const;

export function SettingsPage() {
  const { t } = useTranslation();
  const persistence = PERSISTENCE_KEYS[usePersistence()];
  const lockOn = useAtRest() === 'open';
  const writer = useTabRole() === 'writer';
  const action = (name: 'turn-on' | 'change' | 'turn-off') =>
    href({ page: 'passphrase', action: name });
  return (
    <Page
      title={t('reliability.settings.title')}
      backLink={{ href: href({ page: 'start' }) }}
      headingInContent
    >
      <FlashBanner target={href({ page: 'settings' })} />
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('reliability.settings.title')}
      </h1>
      <BudgetColumn>
        <h2 className="nhsuk-heading-m">{t('reliability.settings.savingHeading')}</h2>
        <p className="nhsuk-body">{t('app.privacy')}</p>
        {persistence !== null && <p className="nhsuk-body">{t(persistence)}</p>}
        <h2 className="nhsuk-heading-m">{t('reliability.settings.lockHeading')}</h2>
        <p className="nhsuk-body">
          {t('reliability.settings.lockIntro', { minutes: IDLE_LOCK_MINUTES })}
        </p>
        <p className="nhsuk-body">
          <strong>
            {t(lockOn ? 'reliability.settings.lockOn' : 'reliability.settings.lockOff')}
          </strong>
        </p>
        {!writer ? (
          <p className="nhsuk-body">{t('reliability.settings.readerOnly')}</p>
        ) : lockOn ? (
          <ButtonGroup>
            <Button type="button" onClick={() => void lockNow()}>
              {t('reliability.settings.lockNow')}
            </Button>
            <ButtonLink href={action('change')} variant="secondary">
              {t('reliability.settings.change')}
            </ButtonLink>
            <a className="nhsuk-link" href={action('turn-off')}>
              {t('reliability.settings.turnOff')}
            </a>
          </ButtonGroup>
        ) : (
          <ButtonLink href={action('turn-on')} variant="secondary">
            {t('reliability.settings.turnOn')}
          </ButtonLink>
        )}
      </BudgetColumn>
    </Page>
  );
}
