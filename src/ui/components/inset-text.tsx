import type { ReactNode } from 'react';
import { useTranslation } from '../hooks/use-translation';

/** Sets apart a note the reader should not miss, such as where a figure comes from. */
export function InsetText({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">{t('components.insetText.prefix')}</span> {children}
    </div>
  );
}
