import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { focusElement } from './focus-element';

export interface FieldError {
  /** The id of the field (for radios and checkboxes, the first option's id). */
  readonly fieldId: string;
  readonly message: string;
}

export interface ErrorSummaryProps {
  readonly errors: readonly FieldError[];
  /** Defaults to "There is a problem". */
  readonly title?: string | undefined;
  readonly description?: ReactNode;
}

/**
 * The legend or label to scroll into view, so a person sees the question as well as the
 * field: for radios and checkboxes, and fields whose question is near the top of a
 * fieldset, the legend; otherwise the label. As NHS.UK frontend's error summary does.
 */
function questionFor(input: HTMLElement): HTMLElement | null {
  const legend = input.closest('fieldset')?.querySelector('legend');
  if (legend != null) {
    if (input instanceof HTMLInputElement && (input.type === 'checkbox' || input.type === 'radio'))
      return legend;
    const legendTop = legend.getBoundingClientRect().top;
    const inputBox = input.getBoundingClientRect();
    if (
      inputBox.height > 0 &&
      window.innerHeight > 0 &&
      inputBox.top + inputBox.height - legendTop < window.innerHeight / 2
    ) {
      return legend;
    }
  }
  const labels = Array.from(document.getElementsByTagName('label'));
  return labels.find((label) => label.htmlFor === input.id) ?? input.closest('label');
}

/** The errors on a page, each a link to its field; takes focus when it appears or changes. */
export function ErrorSummary({ errors, title, description }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  // Refocus when the errors differ (a new submit found other problems), not on every render.
  const errorsKey = errors.map((error) => `${error.fieldId}\u0000${error.message}`).join('\u0001');

  useEffect(() => {
    if (root.current !== null) focusElement(root.current);
  }, [errorsKey]);

  // The page's hash is its route, so the link must not change it: focus the field instead.
  const goToField = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const input = document.getElementById(fieldId);
    if (input === null) return;
    event.preventDefault();
    const question = questionFor(input);
    // jsdom has no scrollIntoView; every browser does.
    if (question !== null && typeof question.scrollIntoView === 'function')
      question.scrollIntoView();
    input.focus({ preventScroll: true });
  };

  return (
    <div className="nhsuk-error-summary" ref={root}>
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading">
          {title ?? t('components.errorSummary.title')}
        </h2>
        <div className="nhsuk-error-summary__body">
          {description != null && <p>{description}</p>}
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.fieldId}:${error.message}`}>
                <a href={`#${error.fieldId}`} onClick={(event) => goToField(event, error.fieldId)}>
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
