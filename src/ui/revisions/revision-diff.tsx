/**
 * A comparison of two versions of a plan, in plain English and in tables: the totals,
 * each need, each expense and each carer. It shows the comparison's model
 * (src/present/revision-diff.ts), the same words and figures as `npm run price -- compare`.
 */
import { useTranslation } from '../hooks/use-translation';
import type { BudgetDiff } from '../../domain/revisions/diff';
import { revisionDiffModel } from '../../present/revision-diff';
import { RevisionDiffAmounts } from './revision-diff-amounts';
import { RevisionDiffCarers } from './revision-diff-carers';
import { RevisionDiffLines } from './revision-diff-lines';
import { RevisionDiffTotals } from './revision-diff-totals';

export function RevisionDiff({ diff }: { diff: BudgetDiff }) {
  const { t, i18n } = useTranslation();
  const model = revisionDiffModel(diff, t, i18n.language);
  return (
    <>
      <p className="nhsuk-body-l">{model.headline}</p>
      <RevisionDiffTotals totals={model.totals} />
      <RevisionDiffLines lines={model.lines} />
      <RevisionDiffAmounts amounts={model.amounts} />
      <RevisionDiffCarers carers={model.carers} />
      <p className="nhsuk-body-s">{model.rounding}</p>
    </>
  );
}
