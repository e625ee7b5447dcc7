/**
 * The copies kept aside because they could not be read: a download of all of them in one
 * file, and, once downloaded, a way to remove them from this device.
 */
import { useState } from 'react';
import { useTranslation } from '../hooks/use-translation';
import type { KeptAside } from '../../state/persistence';
import { deviceStorage } from '../../state/store';
import { Button } from './button';
import { ButtonGroup } from './button-group';
import { downloadText } from '../download';

/** The file's name: the same on every device, with nothing in it about whom it is for. */
export const KEPT_ASIDE_FILE = 'budgets-kept-aside.json';
export const KEPT_ASIDE_FORMAT = 'support-budget-kept-aside';

export function keptAsideFileText(copies: readonly KeptAside[]): string {
  return `${JSON.stringify({ format: KEPT_ASIDE_FORMAT, version: 1, copies }, null, 2)}\n`;
}

export function KeptAsideDownload() {
  const { t } = useTranslation();
  const [downloaded, setDownloaded] = useState<readonly string[] | null>(null);
  const [failed, setFailed] = useState(false);

  const download = async () => {
    try {
      const copies = await deviceStorage.keptAside();
      downloadText(KEPT_ASIDE_FILE, keptAsideFileText(copies));
      setDownloaded(copies.map((copy) => copy.key));
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  const remove = async () => {
    try {
      await deviceStorage.removeKeptAside(downloaded ?? []);
    } catch {
      setFailed(true);
    }
  };

  return (
    <>
      <p>{t('reliability.keptAside.explain')}</p>
      {failed && <p className="nhsuk-error-message">{t('reliability.keptAside.failed')}</p>}
      <ButtonGroup>
        <Button type="button" variant="secondary" small onClick={() => void download()}>
          {t('reliability.keptAside.download')}
        </Button>
        {downloaded !== null && (
          <Button type="button" variant="warning" small onClick={() => void remove()}>
            {t('reliability.keptAside.remove')}
          </Button>
        )}
      </ButtonGroup>
    </>
  );
}
