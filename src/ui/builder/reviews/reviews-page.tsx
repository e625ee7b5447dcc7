/**
 * The plan's reviews: when the next is (due or overdue by the app's clock), the schedule
 * with a form to change it, the way to record one, and each review held with what it
 * found for each outcome and the revision it saved.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import { calendarDate, dateBoxes, type DateBoxes } from '../../../domain/forms/date-fields';
import {
  DEFAULT_REVIEW_EVERY_MONTHS,
  defaultFirstReview,
  firstReviewOf,
  reviewEveryMonthsOf,
  reviewStatus,
} from '../../../domain/reviews/schedule';
import type { Budget, Plan } from '../../../domain/schema/budget';
import { REVIEW_LIMITS } from '../../../domain/schema/plan-reviews-values';
import { today } from '../../../state/clock';
import { useAppStore } from '../../../state/store';
import { ButtonLink } from '../../components/button-link';
import { FlashBanner, setFlash } from '../../components/budget-flash';
import { Card } from '../../components/card';
import { DateInput } from '../../components/date-input';
import type { FieldError } from '../../components/error-summary';
import { FormActions } from '../../components/form-actions';
import { Page } from '../../components/page';
import { Select } from '../../components/select';
import { SummaryList } from '../../components/summary-list';
import { formatDate, useLocale } from '../../hooks/budget-format';
import { useSavedBudget } from '../../hooks/use-budget';
import { href, navigate } from '../../routes';
import { NotFoundPage } from '../../site/not-found-page';
import { ReviewStateTag } from './review-state-tag';
import type { MessageKey } from '../../../i18n/message-keys';

export function ReviewsPage({ budgetId }: { budgetId: string }) {
  const budget = useSavedBudget(budgetId)?.budget;
  if (budget === undefined) return <NotFoundPage />;
  return <Reviews budget={budget} />;
}

function Reviews({ budget }: { budget: Budget }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const budgetId = budget.id;
  const { plan } = budget;
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const date = (iso: string) => formatDate(iso, locale);
  const outcomeWords = new Map(
    (budget.outcomes ?? []).map((outcome) => [outcome.id, outcome.words]),
  );
  const held = [...(budget.reviews ?? [])].reverse();
  return (
    <Page
      title={t('reviews.schedule.title')}
      caption={t('reviews.agreement.caption')}
      errors={errors}
      backLink={{ href: href({ page: 'task-list', budgetId }) }}
    >
      <FlashBanner target={href({ page: 'reviews', budgetId })} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <p className="nhsuk-body">{t('reviews.schedule.intro')}</p>
          {plan === undefined ? (
            <p className="nhsuk-body">
              {t('reviews.schedule.noPlan')}{' '}
              <a className="nhsuk-link" href={href({ page: 'about', budgetId })}>
                {t('reviews.agreement.noPlanLink')}
              </a>
            </p>
          ) : (
            <>
              <ScheduleSummary budget={budget} plan={plan} />
              <ButtonLink href={href({ page: 'review', budgetId })}>
                {t('reviews.schedule.record')}
              </ButtonLink>
              <ScheduleForm
                key={`${plan.firstReview ?? ''}|${plan.reviewEveryMonths ?? ''}`}
                budget={budget}
                plan={plan}
                onErrors={setErrors}
                errors={errors}
              />
            </>
          )}
          <h2 className="nhsuk-heading-m">{t('reviews.schedule.heldHeading')}</h2>
          {held.length === 0 && <p className="nhsuk-body">{t('reviews.schedule.noneHeld')}</p>}
          {held.map((review) => (
            <Card
              key={review.id}
              heading={t('reviews.schedule.heldTitle', { date: date(review.date) })}
              headingLevel={3}
            >
              <SummaryList
                rows={[
                  {
                    key: t('reviews.schedule.heldBy'),
                    value: t('reviews.agreement.byText', {
                      name: review.by.name,
                      role: t(
                        `revisions.roleShort.${review.by.role}` as const satisfies MessageKey,
                      ),
                    }),
                  },
                  ...review.outcomes.map((finding) => ({
                    key: outcomeWords.get(finding.outcome) ?? finding.outcome,
                    value: (
                      <>
                        {t(`reviews.result.${finding.result}` as const satisfies MessageKey)}
                        {finding.notes !== undefined && (
                          <p className="nhsuk-body-s nhsuk-u-margin-bottom-0 app-pre-line">
                            {finding.notes}
                          </p>
                        )}
                      </>
                    ),
                  })),
                  ...(review.notes === undefined
                    ? []
                    : [
                        {
                          key: t('reviews.schedule.heldNotes'),
                          value: <span className="app-pre-line">{review.notes}</span>,
                        },
                      ]),
                  {
                    key: t('reviews.schedule.heldRevisionKey'),
                    value: (
                      <a
                        className="nhsuk-link"
                        href={href({
                          page: 'revision',
                          budgetId,
                          revision: String(review.revision),
                        })}
                      >
                        {t('reviews.schedule.heldRevision', { number: review.revision })}
                      </a>
                    ),
                  },
                ]}
              />
            </Card>
          ))}
        </div>
      </div>
    </Page>
  );
}

function ScheduleSummary({ budget, plan }: { budget: Budget; plan: Plan }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const status = reviewStatus(budget, today());
  const every = reviewEveryMonthsOf(plan);
  return (
    <SummaryList
      label={t('reviews.schedule.label')}
      rows={[
        {
          key: t('reviews.schedule.next'),
          value:
            status.next === null ? (
              t('reviews.schedule.none')
            ) : (
              <>
                {formatDate(status.next, locale)} <ReviewStateTag state={status.state} />
              </>
            ),
        },
        {
          key: t('reviews.schedule.first'),
          value:
            plan.firstReview === undefined
              ? t('reviews.schedule.firstDefault', {
                  date: formatDate(defaultFirstReview(plan), locale),
                })
              : formatDate(firstReviewOf(plan), locale),
        },
        {
          key: t('reviews.schedule.every'),
          value: t('reviews.schedule.everyValue', { count: every }),
        },
      ]}
    />
  );
}

function ScheduleForm({
  budget,
  plan,
  errors,
  onErrors,
}: {
  budget: Budget;
  plan: Plan;
  errors: readonly FieldError[];
  onErrors: (errors: readonly FieldError[]) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const savePlanRecords = useAppStore((state) => state.savePlanRecords);
  const [first, setFirst] = useState<DateBoxes>(dateBoxes(plan.firstReview));
  const [every, setEvery] = useState(String(reviewEveryMonthsOf(plan)));
  const error = errors.find((found) => found.fieldId === 'schedule-first-day')?.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = calendarDate(first);
    if (typed === null) {
      onErrors([
        { fieldId: 'schedule-first-day', message: t('reviews.schedule.errors.firstNotADay') },
      ]);
      return;
    }
    if (typed !== 'empty' && typed <= plan.start) {
      onErrors([
        {
          fieldId: 'schedule-first-day',
          message: t('reviews.schedule.errors.firstNotAfterStart', {
            start: formatDate(plan.start, locale),
          }),
        },
      ]);
      return;
    }
    const months = Number(every);
    const { firstReview: _first, reviewEveryMonths: _every, ...rest } = plan;
    savePlanRecords(budget.id, {
      plan: {
        ...rest,
        ...(typed === 'empty' ? {} : { firstReview: typed }),
        ...(months === DEFAULT_REVIEW_EVERY_MONTHS ? {} : { reviewEveryMonths: months }),
      },
    });
    onErrors([]);
    setFlash({
      target: href({ page: 'reviews', budgetId: budget.id }),
      heading: 'reviews.schedule.saved',
    });
    navigate({ page: 'reviews', budgetId: budget.id });
  };
  return (
    <form onSubmit={submit} noValidate>
      <h2 className="nhsuk-heading-m">{t('reviews.schedule.changeHeading')}</h2>
      <DateInput
        id="schedule-first"
        legend={t('reviews.schedule.firstLegend')}
        hint={t('reviews.schedule.firstHint', {
          date: formatDate(defaultFirstReview(plan), locale),
        })}
        error={error}
        labels={{
          day: t('forms.date.day'),
          month: t('forms.date.month'),
          year: t('forms.date.year'),
        }}
        value={first}
        onChange={(part, typed) => setFirst((was) => ({ ...was, [part]: typed }))}
      />
      <Select
        id="schedule-every"
        label={t('reviews.schedule.everyLabel')}
        value={every}
        onChange={setEvery}
        options={Array.from({ length: REVIEW_LIMITS.everyMonths }, (_, index) => ({
          value: String(index + 1),
          label: t('reviews.schedule.everyValue', { count: index + 1 }),
        }))}
      />
      <FormActions
        saveLabel={t('reviews.schedule.save')}
        cancelLabel={t('reviews.record.cancel')}
        cancelHref={href({ page: 'task-list', budgetId: budget.id })}
        onCancel={() => onErrors([])}
      />
    </form>
  );
}
