/**
 * The caseload page's bar of how far long work has got (reading, pricing, writing a
 * CSV), with its words as a label above it. The words are not a live region: the
 * page says when the work starts and ends in a status of its own, not at every step.
 */
export interface CaseloadProgressBarProps {
  readonly id: string;
  readonly label: string;
  readonly done: number;
  /** How much there is to do; when not known, the bar says only that work is under way. */
  readonly total?: number | undefined;
}

export function CaseloadProgressBar({ id, label, done, total }: CaseloadProgressBarProps) {
  return (
    <>
      <label className="nhsuk-label nhsuk-label--s" htmlFor={id}>
        {label}
      </label>
      {total === undefined ? (
        <progress id={id} className="app-caseload-progress__bar">
          {label}
        </progress>
      ) : (
        <progress
          id={id}
          className="app-caseload-progress__bar"
          max={Math.max(total, 1)}
          value={done}
        >
          {label}
        </progress>
      )}
    </>
  );
}
