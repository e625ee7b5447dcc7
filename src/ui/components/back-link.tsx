import { memo, type ReactNode } from 'react';
import { useTranslation } from '../hooks/use-translation';

export interface BackLinkProps {
  /** The previous page's route, such as "#/budget". */
  readonly href?: string | undefined;
  /** Instead of href, for going back in history: renders a button. */
  readonly onClick?: (() => void) | undefined;
  /** Defaults to "Back". */
  readonly children?: ReactNode;
}

/**
 * Sits above the main content, before the h1, on pages in a sequence. Memoised: a page
 * re-rendered by a keystroke in its form leaves its back link alone.
 */
export const BackLink = memo(function BackLink({ href, onClick, children }: BackLinkProps) {
  const { t } = useTranslation();
  const text = children ?? t('components.backLink');
  if (href === undefined) {
    return (
      <button className="nhsuk-back-link" type="button" onClick={onClick}>
        {text}
      </button>
    );
  }
  return (
    <a className="nhsuk-back-link" href={href} onClick={onClick}>
      {text}
    </a>
  );
});
