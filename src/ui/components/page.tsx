import { useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { BackLink, type BackLinkProps } from './back-link';
import { ErrorSummary, type FieldError } from './error-summary';
import { focusElement } from './focus-element';
import { MainWrapper } from './main-wrapper';

export interface PageProps {
  /** The h1, and the start of the document title. */
  readonly title: string;
  /** Problems found when the page's form was submitted, shown in an error summary. */
  readonly errors?: readonly FieldError[] | undefined;
  readonly backLink?: BackLinkProps | undefined;
  /** Wider than the 960 px reading column on a wide screen: for a big table (the caseload). */
  readonly wide?: boolean | undefined;
  /** The document title when it must differ from the h1 (a name kept out of history). */
  readonly documentTitle?: string | undefined;
  /** A line above the h1 naming the section, such as "Unpaid carers". */
  readonly caption?: string | undefined;
  /**
   * The h1 is in the children instead (a question whose label or legend is the page
   * heading): the page then renders none, and moves focus to the one in its content.
   */
  readonly headingInContent?: boolean | undefined;
  readonly children?: ReactNode;
}

// The first page after the document loads keeps focus where the browser put it, so the
// skip link stays the first stop; every page after that is a step that moves focus.
let documentHasShownAPage = false;

/** The template of every screen: document title, back link, error summary, h1, content. */
export function Page({
  title,
  documentTitle: ownTitle,
  errors = [],
  backLink,
  wide = false,
  caption,
  headingInContent = false,
  children,
}: PageProps) {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  const focusedTitle = useRef<string | null>(null);
  const hasErrors = errors.length > 0;

  const shownTitle = ownTitle ?? title;
  // Worked out again only when the title changes: a keystroke re-renders the page it is on.
  const fullTitle = useMemo(() => {
    const service = t('components.serviceName');
    const documentTitle =
      shownTitle === service
        ? service
        : t('components.page.documentTitle', { title: shownTitle, service });
    return hasErrors
      ? t('components.page.errorDocumentTitle', { title: documentTitle })
      : documentTitle;
  }, [t, shownTitle, hasErrors]);
  // Set in the same commit as the page itself, never a frame later: anyone (or any
  // assistive technology) reading the title once the error summary shows gets "Error:".
  useLayoutEffect(() => {
    document.title = fullTitle;
  }, [fullTitle]);

  // A layout effect, so focus moves before the browser paints the new page.
  useLayoutEffect(() => {
    // Only a new page moves focus; this also absorbs React's development double run.
    if (focusedTitle.current === title) return;
    const firstPage = !documentHasShownAPage;
    focusedTitle.current = title;
    documentHasShownAPage = true;
    // The error summary takes focus itself when errors show.
    if (firstPage || hasErrors) return;
    const heading = main.current?.querySelector('h1');
    if (heading != null) focusElement(heading);
  }, [title, hasErrors]);

  return (
    <div
      className={wide ? 'nhsuk-width-container app-width-container--wide' : 'nhsuk-width-container'}
    >
      {backLink !== undefined && <BackLink {...backLink} />}
      <MainWrapper ref={main}>
        {hasErrors && <ErrorSummary errors={errors} />}
        {!headingInContent && (
          <h1 className="nhsuk-heading-l" tabIndex={-1}>
            {caption !== undefined && <span className="nhsuk-caption-l">{caption}</span>}
            {caption !== undefined && ' '}
            {title}
          </h1>
        )}
        {children}
      </MainWrapper>
    </div>
  );
}
