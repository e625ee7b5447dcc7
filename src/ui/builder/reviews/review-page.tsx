/**
 * Recording a review: for each of the person's outcomes, met, partly met or not met, with
 * notes; who held it and when. Saving keeps a revision of the plan as reviewed and the
 * review naming it (domain/reviews/record-review.ts).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import { recordReview, type ReviewFinding } from '../../../domain/reviews/record-review';
import type { Budget } from '../../../domain/schema/budget';
import { REVIEW_RESULTS, type ReviewResult } from '../../../domain/schema/plan-reviews-values';
import { useAppStore } from '../../../state/store';
import { setFlash } from '../../components/budget-flash';
import type { FieldError } from '../../components/error-summary';
import { FormActions } from '../../components/form-actions';
import { Page } from '../../components/page';
import { Radios } from '../../components/radios';
import { Textarea } from '../../components/textarea';
import { useSavedBudget } from '../../hooks/use-budget';
import { href, navigate } from '../../routes';
import { NotFoundPage } from '../../site/not-found-page';
import { dayOf, startWhoAndWhen, WhoAndWhenFields, type WhoAndWhen } from './who-and-when';
import type { MessageKey } from '../../../i18n/message-keys';

const resultId = (index: number) => `review-outcome-${index + 1}`;

export function ReviewPage({ budgetId }: { budgetId: string }) {
  const budget = useSavedBudget(budgetId)?.budget;
  if (budget === undefined) return <NotFoundPage />;
  return <ReviewForm budget={budget} />;
}

function ReviewForm({ budget }: { budget: Budget }) {
  const { t } = useTranslation();
  const budgetId = budget.id;
  const reviewsPage = href({ page: 'reviews', budgetId });
  const outcomes = budget.outcomes ?? [];
  const savePlanRecords = useAppStore((state) => state.savePlanRecords);
  const [who, setWho] = useState<WhoAndWhen>(startWhoAndWhen);
  const [findings, setFindings] = useState<readonly ReviewFinding[]>(() =>
    outcomes.map((outcome) => ({ outcome: outcome.id, result: null, notes: '' })),
  );
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const errorFor = (fieldId: string) => errors.find((error) => error.fieldId === fieldId)?.message;
  const setFinding = (index: number, change: Partial<ReviewFinding>) =>
    setFindings((was) =>
      was.map((finding, at) => (at === index ? { ...finding, ...change } : finding)),
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const date = dayOf(who);
    const found: FieldError[] = [];
    if (date === null)
      found.push({ fieldId: 'review-date-day', message: t('reviews.record.errors.dateMissing') });
    if (who.name.trim() === '')
      found.push({ fieldId: 'review-name', message: t('reviews.record.errors.nameMissing') });
    const result =
      date === null
        ? null
        : recordReview(budget, {
            date,
            by: { role: who.role, name: who.name },
            findings,
            notes,
            revisionReason: t('reviews.record.revisionReason', { date }),
          });
    if (result !== null && !result.ok) {
      for (const problem of result.problems) {
        const index = /^findings\[(\d+)\]/.exec(problem.path)?.[1];
        if (index !== undefined) {
          found.push({
            fieldId: resultId(Number(index)),
            message: t('reviews.record.errors.resultMissing', { words: problem.values.words }),
          });
        } else if (problem.key === 'validation.reviewNeedsPlan') {
          found.push({
            fieldId: 'review-date-day',
            message: t('reviews.record.errors.reviewNeedsPlan'),
          });
        }
      }
    }
    if (found.length > 0 || result === null || !result.ok) {
      setErrors(found);
      return;
    }
    const { plan, reviews, revisions } = result.value;
    savePlanRecords(budgetId, { plan, reviews, revisions });
    setFlash({
      target: reviewsPage,
      heading: 'reviews.record.saved',
      values: { number: revisions?.length ?? 0 },
    });
    navigate({ page: 'reviews', budgetId });
  };

  return (
    <Page
      title={t('reviews.record.title')}
      caption={t('reviews.agreement.caption')}
      errors={errors}
      backLink={{ href: reviewsPage }}
    >
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <p className="nhsuk-body">{t('reviews.record.intro')}</p>
          {outcomes.length === 0 && (
            <p className="nhsuk-body">
              {t('reviews.record.noOutcomes')}{' '}
              <a className="nhsuk-link" href={href({ page: 'outcomes', budgetId })}>
                {t('reviews.record.noOutcomesLink')}
              </a>
            </p>
          )}
          <form onSubmit={submit} noValidate>
            {outcomes.map((outcome, index) => (
              <div key={outcome.id}>
                <Radios
                  id={resultId(index)}
                  legend={t('reviews.record.outcomeLegend', { words: outcome.words })}
                  legendSize="s"
                  hint={t('reviews.record.outcomeHint')}
                  error={errorFor(resultId(index))}
                  value={findings[index]?.result ?? ''}
                  onChange={(value) => setFinding(index, { result: value as ReviewResult })}
                  options={REVIEW_RESULTS.map((result) => ({
                    value: result,
                    label: t(`reviews.result.${result}` as const satisfies MessageKey),
                  }))}
                />
                <Textarea
                  id={`${resultId(index)}-notes`}
                  label={t('reviews.record.outcomeNotes')}
                  rows={2}
                  autoComplete="off"
                  value={findings[index]?.notes ?? ''}
                  onChange={(value) => setFinding(index, { notes: value })}
                />
              </div>
            ))}
            <Textarea
              id="review-notes"
              label={t('reviews.record.notes')}
              rows={3}
              autoComplete="off"
              value={notes}
              onChange={setNotes}
            />
            <WhoAndWhenFields
              id="review"
              words="reviews.record"
              value={who}
              onChange={setWho}
              errors={{ date: errorFor('review-date-day'), name: errorFor('review-name') }}
            />
            <FormActions
              saveLabel={t('reviews.record.save')}
              cancelLabel={t('reviews.record.cancel')}
              cancelHref={reviewsPage}
              onCancel={() => setErrors([])}
            />
          </form>
        </div>
      </div>
    </Page>
  );
}
