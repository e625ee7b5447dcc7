/**
 * Compare any two versions: a revision and another revision, or the current draft. The
 * choice is kept in a draft like every form; the page owns it so its errors reach the
 * page's error summary.
 */
import type { FormEvent } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { problem, type Problem } from '../../domain/problems';
import type { Revision } from '../../domain/schema/budget';
import { draftKey } from '../../state/drafts-slice';
import { Button } from '../components/button';
import { Select } from '../components/select';
import { useForm, type FieldIds } from '../hooks/use-form';
import { CURRENT, navigate } from '../routes';

type CompareForm = { readonly from: string; readonly to: string };
const FIELD_IDS: FieldIds<CompareForm> = { from: 'compare-from', to: 'compare-to' };

export function useCompareForm(budgetId: string, revisions: readonly Revision[]) {
  const latest = revisions[revisions.length - 1]?.number;
  return useForm(
    draftKey(budgetId, 'compare'),
    { from: latest === undefined ? '' : String(latest), to: CURRENT },
    FIELD_IDS,
  );
}

export interface RevisionsCompareFormProps {
  readonly budgetId: string;
  readonly revisions: readonly Revision[];
  readonly compare: ReturnType<typeof useCompareForm>;
}

export function RevisionsCompareForm({ budgetId, revisions, compare }: RevisionsCompareFormProps) {
  const { t } = useTranslation();
  const { form, set, setProblems, errorFor, clearDraft } = compare;
  const numbers = revisions.map((revision) => String(revision.number));
  const options = numbers.map((number) => ({
    value: number,
    label: t('revisions.version.revision', { number }),
  }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Problem[] = [];
    if (!numbers.includes(form.from))
      found.push(problem(['from'], 'revisions.compareForm.fromRequired'));
    if (form.to !== CURRENT && !numbers.includes(form.to))
      found.push(problem(['to'], 'revisions.compareForm.toRequired'));
    else if (form.to === form.from) found.push(problem(['to'], 'revisions.compareForm.same'));
    if (found.length > 0) {
      setProblems(found);
      return;
    }
    clearDraft();
    navigate({ page: 'compare', budgetId, from: form.from, to: form.to });
  };
  return (
    <form onSubmit={submit} noValidate>
      <h2 className="nhsuk-heading-m">{t('revisions.compareForm.heading')}</h2>
      <Select
        id={FIELD_IDS.from}
        label={t('revisions.compareForm.from')}
        error={errorFor('from')}
        options={options}
        value={form.from}
        onChange={set('from')}
      />
      <Select
        id={FIELD_IDS.to}
        label={t('revisions.compareForm.to')}
        error={errorFor('to')}
        options={[...options, { value: CURRENT, label: t('revisions.version.current') }]}
        value={form.to}
        onChange={set('to')}
      />
      <Button type="submit" variant="secondary">
        {t('revisions.compareForm.submit')}
      </Button>
    </form>
  );
}
