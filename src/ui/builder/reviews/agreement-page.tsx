/**
 * The plan's agreement: where it is now, each move recorded (who, role, day, any
 * approval), and a form to move it on. Above the indicative sum or the card's delegated
 * authority, agreeing asks for an approver, their authority and a reason, and says why;
 * the domain (reviews/agreement.ts) refuses the move without them.
 */
import { useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from '../../hooks/use-translation';
import { formatMoney } from '../../../domain/format';
import { moneyInput } from '../../../domain/forms/form-fields';
import type { Problem } from '../../../domain/problems';
import type { BudgetPricing } from '../../../domain/pricing/price-budget';
import {
  limitsExceeded,
  moveStatus,
  nextStatuses,
  statusOf,
} from '../../../domain/reviews/agreement';
import type { Budget, PlanStatus } from '../../../domain/schema/budget';
import { APPROVER_ROLES, type ApproverRole } from '../../../domain/schema/plan-reviews-values';
import { useAppStore } from '../../../state/store';
import { setFlash, FlashBanner } from '../../components/budget-flash';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import { FormActions } from '../../components/form-actions';
import { Page } from '../../components/page';
import { Radios } from '../../components/radios';
import { Select } from '../../components/select';
import { Table } from '../../components/table';
import { TextInput } from '../../components/text-input';
import { Textarea } from '../../components/textarea';
import { MoneyInput } from '../../components/money-input';
import { WarningCallout } from '../../components/warning-callout';
import { formatDate, useLocale } from '../../hooks/budget-format';
import { priceBudgetState, useSavedBudget } from '../../hooks/use-budget';
import { href, navigate } from '../../routes';
import { NotFoundPage } from '../../site/not-found-page';
import { dayOf, startWhoAndWhen, WhoAndWhenFields, type WhoAndWhen } from './who-and-when';
import type { MessageKey } from '../../../i18n/message-keys';

const ID = {
  to: 'agreement-to',
  date: 'agreement-date-day',
  name: 'agreement-name',
  approverName: 'agreement-approver-name',
  approverUpTo: 'agreement-approver-up-to',
  approverReason: 'agreement-approver-reason',
} as const;

export function AgreementPage({ budgetId }: { budgetId: string }) {
  const budget = useSavedBudget(budgetId)?.budget;
  if (budget === undefined) return <NotFoundPage />;
  return <Agreement budget={budget} />;
}

function Agreement({ budget }: { budget: Budget }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const budgetId = budget.id;
  const taskList = href({ page: 'task-list', budgetId });
  const pricingState = priceBudgetState(budget);
  const pricing = pricingState.kind === 'priced' ? pricingState.pricing : null;
  const status = statusOf(budget);
  const statusName = (value: PlanStatus) =>
    t(`forms.planInTime.statusName.${value}` as const satisfies MessageKey);
  return (
    <Page
      title={t('reviews.agreement.title')}
      caption={t('reviews.agreement.caption')}
      backLink={{ href: taskList }}
    >
      <FlashBanner target={href({ page: 'agreement', budgetId })} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <p className="nhsuk-body">{t('reviews.agreement.intro')}</p>
          <p className="nhsuk-body-l">
            {t('reviews.agreement.now', { status: statusName(status) })}
          </p>
          <Table
            caption={t('reviews.agreement.historyCaption')}
            captionSize="m"
            // Four columns, one of them a long word in Welsh: on a phone each move is a labelled block.
            responsive
            columns={[
              { heading: t('reviews.agreement.column.date') },
              { heading: t('reviews.agreement.column.move') },
              { heading: t('reviews.agreement.column.by') },
              { heading: t('reviews.agreement.column.approval') },
            ]}
            rows={(budget.statusChanges ?? []).map((change, index) => ({
              key: String(index),
              cells: [
                formatDate(change.date, locale),
                t('reviews.agreement.moveText', {
                  from: statusName(change.from),
                  to: statusName(change.to),
                }),
                t('reviews.agreement.byText', {
                  name: change.by.name,
                  role: t(`revisions.roleShort.${change.by.role}` as const satisfies MessageKey),
                }),
                change.approval === undefined
                  ? t('reviews.agreement.noApproval')
                  : t('reviews.agreement.approvalText', {
                      name: change.approval.name,
                      role: t(
                        `reviews.approverRole.${change.approval.role}` as const satisfies MessageKey,
                      ),
                      reason: change.approval.reason,
                    }),
              ],
            }))}
          />
          {(budget.statusChanges ?? []).length === 0 && (
            <p className="nhsuk-body">{t('reviews.agreement.noHistory')}</p>
          )}
          {budget.plan === undefined ? (
            <p className="nhsuk-body">
              {t('reviews.agreement.noPlan')}{' '}
              <a className="nhsuk-link" href={href({ page: 'about', budgetId })}>
                {t('reviews.agreement.noPlanLink')}
              </a>
            </p>
          ) : nextStatuses(budget).length === 0 ? (
            <p className="nhsuk-body">{t('reviews.agreement.ended')}</p>
          ) : pricing === null ? (
            <p className="nhsuk-body">{t('reviews.agreement.cannotPrice')}</p>
          ) : (
            <MoveForm key={status} pricing={pricing} />
          )}
        </div>
      </div>
    </Page>
  );
}

interface Approver {
  readonly name: string;
  readonly role: ApproverRole;
  readonly upTo: string;
  readonly reason: string;
}

function MoveForm({ pricing }: { pricing: BudgetPricing }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { budget } = pricing;
  const budgetId = budget.id;
  const savePlanRecords = useAppStore((state) => state.savePlanRecords);
  const options = nextStatuses(budget);
  const [to, setTo] = useState<string>(options.length === 1 ? (options[0] ?? '') : '');
  const [who, setWho] = useState<WhoAndWhen>(startWhoAndWhen);
  const [approver, setApprover] = useState<Approver>({
    name: '',
    role: 'team-manager',
    upTo: '',
    reason: '',
  });
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const over = limitsExceeded(pricing);
  const annual = formatMoney(pricing.totals.annual, locale);
  const errorFor = (fieldId: string) => errors.find((error) => error.fieldId === fieldId)?.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    const date = dayOf(who);
    if (to === '') found.push({ fieldId: ID.to, message: t('reviews.agreement.errors.toMissing') });
    if (date === null)
      found.push({ fieldId: ID.date, message: t('reviews.agreement.errors.dateMissing') });
    if (who.name.trim() === '')
      found.push({ fieldId: ID.name, message: t('reviews.agreement.errors.nameMissing') });
    const needsApprover = to === 'agreed' && over.length > 0;
    const upTo =
      needsApprover && approver.upTo.trim() !== ''
        ? moneyInput(approver.upTo, 'about', 'upTo')
        : null;
    if (upTo !== null && !upTo.ok)
      found.push({ fieldId: ID.approverUpTo, message: t('reviews.agreement.errors.upToNotMoney') });
    if (needsApprover && approver.name.trim() === '') {
      found.push({
        fieldId: ID.approverName,
        message: t('reviews.agreement.errors.approverNameMissing'),
      });
    }
    if (found.length > 0 || date === null) {
      setErrors(found);
      return;
    }
    const result = moveStatus(pricing, {
      to: to as PlanStatus,
      date,
      by: { role: who.role, name: who.name },
      approval: needsApprover
        ? {
            name: approver.name,
            role: approver.role,
            reason: approver.reason,
            ...(upTo?.ok === true ? { upTo: upTo.value } : {}),
          }
        : undefined,
    });
    if (!result.ok) {
      setErrors(result.problems.map((found) => moveError(found, t)));
      return;
    }
    savePlanRecords(budgetId, {
      plan: result.value.plan,
      statusChanges: result.value.statusChanges,
    });
    setFlash({
      target: href({ page: 'agreement', budgetId }),
      heading: 'reviews.agreement.saved',
      values: { status: t(`forms.planInTime.statusName.${to}`) },
    });
    navigate({ page: 'agreement', budgetId });
  };

  const approverFields = (
    <>
      <WarningCallout heading={t('reviews.agreement.limitHeading')}>
        <p>{t('reviews.agreement.limitAnnual', { annual })}</p>
        {over.map((limit) => (
          <p key={limit.kind}>
            {t(`reviews.agreement.limit.${limit.kind}` as const satisfies MessageKey, {
              limit: formatMoney(limit.limit, locale),
            })}
          </p>
        ))}
        <p>{t('reviews.agreement.limitRule', { annual })}</p>
      </WarningCallout>
      <TextInput
        id={ID.approverName}
        label={t('reviews.agreement.approverName')}
        error={errorFor(ID.approverName)}
        autoComplete="off"
        spellCheck={false}
        value={approver.name}
        onChange={(name) => setApprover((was) => ({ ...was, name }))}
      />
      <Select
        id="agreement-approver-role"
        label={t('reviews.agreement.approverRole')}
        value={approver.role}
        onChange={(role) => setApprover((was) => ({ ...was, role: role as ApproverRole }))}
        options={APPROVER_ROLES.map((role) => ({
          value: role,
          label: t(`reviews.approverRole.${role}` as const satisfies MessageKey),
        }))}
      />
      <MoneyInput
        id={ID.approverUpTo}
        label={t('reviews.agreement.approverUpTo')}
        hint={t('reviews.agreement.approverUpToHint')}
        error={errorFor(ID.approverUpTo)}
        value={approver.upTo}
        onChange={(upTo) => setApprover((was) => ({ ...was, upTo }))}
      />
      <Textarea
        id={ID.approverReason}
        label={t('reviews.agreement.approverReason')}
        error={errorFor(ID.approverReason)}
        rows={3}
        autoComplete="off"
        value={approver.reason}
        onChange={(reason) => setApprover((was) => ({ ...was, reason }))}
      />
    </>
  );

  return (
    <form onSubmit={submit} noValidate>
      <h2 className="nhsuk-heading-m">{t('reviews.agreement.formHeading')}</h2>
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      <Radios
        id={ID.to}
        legend={t('reviews.agreement.to')}
        legendSize="s"
        error={errorFor(ID.to)}
        value={to}
        onChange={setTo}
        options={options.map((status) => ({
          value: status,
          label: t(`forms.planInTime.statusName.${status}` as const satisfies MessageKey),
          hint: t(`forms.planInTime.status.${status}` as const satisfies MessageKey),
          ...(status === 'agreed' && over.length > 0 ? { conditional: approverFields } : {}),
        }))}
      />
      <WhoAndWhenFields
        id="agreement"
        words="reviews.agreement"
        value={who}
        onChange={setWho}
        errors={{ date: errorFor(ID.date), name: errorFor(ID.name) }}
      />
      <FormActions
        saveLabel={t('reviews.agreement.save')}
        cancelLabel={t('reviews.agreement.cancel')}
        cancelHref={href({ page: 'task-list', budgetId })}
        onCancel={() => setErrors([])}
      />
    </form>
  );
}

/** The domain's refusal, as the page says it, linked to the field at fault. */
function moveError(found: Problem, t: TFunction): FieldError {
  const key = found.key.replace(/^validation\./, '');
  const fieldId =
    found.path === 'date'
      ? ID.date
      : found.path === 'by.name'
        ? ID.name
        : found.path === 'approval.reason'
          ? ID.approverReason
          : found.path === 'approval.upTo'
            ? ID.approverUpTo
            : found.path.startsWith('approval')
              ? ID.approverName
              : ID.to;
  const message =
    key === 'requiredText'
      ? t(
          found.path === 'by.name'
            ? 'reviews.agreement.errors.nameMissing'
            : found.path === 'approval.reason'
              ? 'reviews.agreement.errors.approvalReason'
              : 'reviews.agreement.errors.approverNameMissing',
        )
      : t(`reviews.agreement.errors.${key}`, {
          ...found.values,
          ...(key === 'statusMove'
            ? {
                from: t(`forms.planInTime.statusName.${found.values.from}`),
                to: t(`forms.planInTime.statusName.${found.values.to}`),
              }
            : {}),
        });
  return { fieldId, message };
}
