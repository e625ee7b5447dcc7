import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { classNames } from './class-names';
import { focusElement } from './focus-element';

export interface NotificationBannerProps {
  /** Green, announced at once and focused: the outcome of something the person just did. */
  readonly success?: boolean | undefined;
  /** The small title in the banner's band; defaults to "Success" or "Important". */
  readonly title?: string | undefined;
  /** The message in bold, such as "Budget saved". */
  readonly heading?: ReactNode;
  readonly children?: ReactNode;
  readonly disableAutoFocus?: boolean | undefined;
}

/** Tells people about something that happened (success) or that affects the whole service. */
export function NotificationBanner({
  success = false,
  title,
  heading,
  children,
  disableAutoFocus = false,
}: NotificationBannerProps) {
  const { t } = useTranslation();
  const titleId = `${useId()}-title`;
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (success && !disableAutoFocus && root.current !== null) focusElement(root.current);
  }, [success, disableAutoFocus]);

  return (
    <div
      className={classNames(
        'nhsuk-notification-banner',
        success && 'nhsuk-notification-banner--success',
      )}
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
      ref={root}
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id={titleId}>
          {title ??
            t(
              success
                ? 'components.notificationBanner.success'
                : 'components.notificationBanner.important',
            )}
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        {heading != null && <p className="nhsuk-notification-banner__heading">{heading}</p>}
        {children}
      </div>
    </div>
  );
}
