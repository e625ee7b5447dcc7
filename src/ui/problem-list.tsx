import { useTranslation } from './hooks/use-translation';
import type { Problem } from '../domain/problems';
import { describeProblemInWords } from '../i18n/problems';
import { firstProblems } from './components/error-summary';

/**
 * Problems found in a file, each naming its field, in the NHS.UK error summary's look.
 * Not the ErrorSummary component: these are faults in a file, with no field to link to.
 */
export function ProblemList({ title, problems }: { title: string; problems: readonly Problem[] }) {
  const { t } = useTranslation();
  const { listed, more } = firstProblems(problems);
  return (
    <div className="nhsuk-error-summary">
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading">{title}</h2>
        <div className="nhsuk-error-summary__body">
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {listed.map((problem) => (
              <li key={`${problem.path}:${problem.key}`}>{describeProblemInWords(problem, t)}</li>
            ))}
            {more > 0 && <li>{t('components.errorSummary.more', { count: more })}</li>}
          </ul>
        </div>
      </div>
    </div>
  );
}
