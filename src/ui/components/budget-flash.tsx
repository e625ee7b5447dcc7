/**
 * A success message carried to the next page (NHS.UK: the outcome of what a person just
 * did, shown on the page they land on). Held in memory only: a reload drops it, and so it
 * should, as the news is no longer new. Messages are keys, so they show in the reader's
 * language.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { NotificationBanner } from './notification-banner';

export interface Flash {
  /** The address (`href(route)`) of the page that shows it. */
  readonly target: string;
  readonly heading: string;
  readonly body?: string | undefined;
  readonly values?: Readonly<Record<string, string | number>> | undefined;
}

let pending: Flash | null = null;

export function setFlash(flash: Flash): void {
  pending = flash;
}

/**
 * `superseded`: the page has news of its own (a need just copied or removed), shown in
 * its own banner; this one then gives way, so success banners never stack.
 */
export function FlashBanner({
  target,
  superseded = false,
}: {
  target: string;
  superseded?: boolean;
}) {
  const { t } = useTranslation();
  // Read once when the page mounts; cleared after, so coming back later shows nothing.
  const [flash] = useState(() => (pending?.target === target ? pending : null));
  useEffect(() => {
    if (flash !== null && pending === flash) pending = null;
  }, [flash]);
  if (flash === null || superseded) return null;
  // It arrives with a new page, whose h1 takes focus (each step lands on its heading);
  // the banner is role="alert", so it is still announced as the page opens.
  return (
    <NotificationBanner success disableAutoFocus heading={t(flash.heading, { ...flash.values })}>
      {flash.body !== undefined && <p>{t(flash.body, { ...flash.values })}</p>}
    </NotificationBanner>
  );
}
