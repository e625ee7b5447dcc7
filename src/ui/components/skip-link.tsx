import type { MouseEvent } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { focusElement } from './focus-element';

export interface SkipLinkProps {
  /** The id of the main content; MainWrapper's is "maincontent". */
  readonly targetId?: string | undefined;
}

/** The first thing a keyboard user reaches: jumps past the header to the page's content. */
export function SkipLink({ targetId = 'maincontent' }: SkipLinkProps) {
  const { t } = useTranslation();
  // The hash holds the route, so following "#maincontent" would navigate away: focus the
  // content instead, as NHS.UK frontend's skip link script does.
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (target === null) return;
    event.preventDefault();
    target.classList.add('nhsuk-skip-link-focused-element');
    target.addEventListener(
      'blur',
      () => target.classList.remove('nhsuk-skip-link-focused-element'),
      { once: true },
    );
    focusElement(target);
  };
  return (
    <a className="nhsuk-skip-link" href={`#${targetId}`} onClick={skip}>
      {t('components.skipLink')}
    </a>
  );
}
