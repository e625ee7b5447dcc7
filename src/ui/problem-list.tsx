import { useTranslation } from 'react-i18next';
import type { Problem } from '../domain/problems';
import { describeProblem } from '../i18n/problems';

/** Problems found in a file, each naming its field, in the NHS.UK error summary's shape. */
export function ProblemList({ title, problems }: { title: string; problems: readonly Problem[] }) {
  const { t } = useTranslation();
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.path}:${problem.key}`}>{describeProblem(problem, t)}</li>
        ))}
      </ul>
    </div>
  );
}
