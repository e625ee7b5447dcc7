import type { ReactNode } from 'react';
import { useTranslation } from '../hooks/use-translation';

export interface ErrorMessageProps {
  readonly id: string;
  readonly children: ReactNode;
}

/** A field's error, read out with an "Error:" prefix that is hidden on screen. */
export function ErrorMessage({ id, children }: ErrorMessageProps) {
  const { t } = useTranslation();
  return (
    <span className="nhsuk-error-message" id={id}>
      {/* The space sits outside the hidden span so every accessible-name algorithm keeps it. */}
      <span className="nhsuk-u-visually-hidden">{t('components.errorMessage.prefix')}</span>{' '}
      {children}
    </span>
  );
}
