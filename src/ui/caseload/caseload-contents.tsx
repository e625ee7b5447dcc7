/**
 * The caseload results' contents: a link to each section's heading, so a page many
 * screens long can be crossed in one step. The page's address is its route, so a link
 * does not change it: it moves focus and the view to the heading instead.
 */
import type { MouseEvent } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { focusElement } from '../components/focus-element';

export interface ContentsEntry {
  readonly id: string;
  readonly heading: string;
}

export function goToHeading(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const heading = document.getElementById(id);
  if (heading === null) return;
  event.preventDefault();
  focusElement(heading, { preventScroll: true });
  // jsdom has no scrollIntoView; every browser does.
  if (typeof heading.scrollIntoView === 'function') heading.scrollIntoView({ block: 'start' });
}

export function CaseloadContents({ sections }: { sections: readonly ContentsEntry[] }) {
  const { t } = useTranslation();
  return (
    <nav className="nhsuk-contents-list" aria-label={t('caseload.contents.label')}>
      <h2 className="nhsuk-heading-m">{t('caseload.contents.heading')}</h2>
      <ol className="nhsuk-contents-list__list">
        {sections.map(({ id, heading }) => (
          <li className="nhsuk-contents-list__item" key={id}>
            <a
              className="nhsuk-contents-list__link"
              href={`#${id}`}
              onClick={(event) => goToHeading(event, id)}
            >
              {heading}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
