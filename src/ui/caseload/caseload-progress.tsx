/**
 * How far reading or pricing has got: a progress bar people can see, and a status that
 * screen readers announce when a step starts and ends (not at every chunk, which would
 * talk over everything else).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { focusElement } from '../components/focus-element';
import type { CaseloadPhase } from '../../state/caseload/caseload-store';
import type { MessageKey } from '../../i18n/message-keys';
import { CaseloadProgressBar } from './caseload-progress-bar';

export interface CaseloadProgressProps {
  readonly phase: CaseloadPhase;
  readonly done: number;
  readonly total: number;
  readonly count: (count: number) => string;
}

export function CaseloadProgress({ phase, done, total, count }: CaseloadProgressProps) {
  const { t } = useTranslation();
  const working = phase === 'reading' || phase === 'pricing';
  const label = working
    ? t(`caseload.progress.${phase}` as const satisfies MessageKey, {
        done: count(done),
        total: count(total),
        count: total,
      })
    : '';
  const announcement = working
    ? t(`caseload.progress.${phase}Started` as const satisfies MessageKey, {
        count: total,
        total: count(total),
      })
    : '';
  // Files chosen: focus and the view go to the progress, which is otherwise below the fold
  // on a laptop while the view shows only the emptied file inputs.
  const root = useRef<HTMLDivElement>(null);
  const reading = phase === 'reading';
  useEffect(() => {
    const element = root.current;
    if (!reading || element === null) return;
    focusElement(element, { preventScroll: true });
    // jsdom has no scrollIntoView; every browser does.
    if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'center' });
  }, [reading]);
  return (
    <div className="app-caseload-progress" ref={root}>
      <p className="nhsuk-u-visually-hidden" role="status">
        {announcement}
      </p>
      {working && (
        <CaseloadProgressBar id="caseload-progress" label={label} done={done} total={total} />
      )}
    </div>
  );
}
