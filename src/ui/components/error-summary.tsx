import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from '../hooks/use-translation';
import type { Problem } from '../../domain/problems';
import { describeProblem } from '../../i18n/problems';
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

/**
 * At most this many of a file's problems are listed, then how many more: a crafted file
 * with 200,000 unknown fields would otherwise stall the page while each is put on it.
 */
export const LISTED_PROBLEMS = 20;

/** The first problems to list, and how many are left out. */
export function firstProblems<T>(problems: readonly T[]): {
  readonly listed: readonly T[];
  readonly more: number;
} {
  return {
    listed: problems.slice(0, LISTED_PROBLEMS),
    more: Math.max(0, problems.length - LISTED_PROBLEMS),
  };
}

/**
 * A file's problems as errors of its one field: the first few, then how many more. Each is
 * said by `describe`: a budget's in words ("The first need"), a rate card's by its path.
 */
export function listProblems(
  problems: readonly Problem[],
  fieldId: string,
  t: TFunction,
  describe: (problem: Problem, t: TFunction) => string = describeProblem,
): FieldError[] {
  const { listed, more } = firstProblems(problems);
  const errors = listed.map((found) => ({ fieldId, message: describe(found, t) }));
  return more > 0
    ? [...errors, { fieldId, message: t('components.errorSummary.more', { count: more }) }]
    : errors;
}

/**
 * The errors on a page, each a link to its field; takes focus when it appears or changes,
 * and after each submit that leaves it showing.
 */
export function ErrorSummary({ errors, title, description }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  // Refocus when the errors differ (a new submit found other problems), not on every render.
  const errorsKey = errors.map((error) => `${error.fieldId}\u0000${error.message}`).join('\u0001');

  useEffect(() => {
    if (root.current !== null) focusElement(root.current);
  }, [errorsKey]);

  // A form sent again with the same problems leaves the errors as they were, so the effect
  // above does not run; focus still comes back here, as it would on a page sent again by a
  // server, so a screen reader hears the problems once more. Once the submit's own update
  // has been drawn: a submit that succeeded has taken the summary away by then.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const afterSubmit = (event: SubmitEvent) => {
      const page = root.current?.parentElement;
      if (!(event.target instanceof Node) || page?.contains(event.target) !== true) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (root.current?.isConnected === true) focusElement(root.current);
      });
    };
    document.addEventListener('submit', afterSubmit);
    return () => {
      document.removeEventListener('submit', afterSubmit);
      clearTimeout(timer);
    };
  }, []);

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
