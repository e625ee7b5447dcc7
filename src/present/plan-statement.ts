/**
 * The plan around the money in words and rows, the same for every document: risks and the
 * priced contingency, reviews, who pays (the personal budget statement), the agreement, and
 * a carer's own score. Figures are the domain's (src/domain/plan-cover); this only puts them
 * into rows and sentences.
 */
import { priceContingency, type ContingencyPricing } from '../domain/plan-cover/contingency';
import { whoPays, type Columns, type WhoPaysStatement } from '../domain/plan-cover/who-pays';
import type { BudgetPricing } from '../domain/pricing/price-budget';
import { agreement, limitsExceeded } from '../domain/reviews/agreement';
import { nextReviewDate } from '../domain/reviews/schedule';
import type { Budget, CarerScore } from '../domain/schema/budget';
import type { DocumentFormat } from './format';
import type { Figure, FigureTable, Row } from './summary';
import type { MessageKey } from '../i18n/message-keys';

export interface Section<T> {
  readonly heading: string;
  readonly intro: string;
  /** Said when the plan has nothing for this section yet: there is no table then. */
  readonly none: string;
  readonly table: T | null;
}

export interface ContingencySection extends Section<FigureTable> {
  /** Whether the contingency is counted in the budget's total, in a sentence. */
  readonly counted: string | null;
}

export interface WhoPaysSection extends Section<FigureTable> {
  /** Why the person pays less than asked, and the rounding rule. */
  readonly notes: readonly string[];
}

export interface PlanStatementModel {
  readonly risks: Section<FigureTable>;
  readonly contingency: ContingencySection;
  readonly reviews: {
    readonly heading: string;
    readonly intro: string;
    readonly entries: readonly Figure[];
  };
  readonly whoPays: WhoPaysSection;
  readonly agreement: {
    readonly heading: string;
    readonly intro: string;
    readonly entries: readonly Figure[];
  };
  /** Who signs: the person, the coordinator, and the approver where the plan needed one. */
  readonly signatures: readonly SignatureBox[];
}

export interface SignatureBox {
  readonly id: 'person' | 'coordinator' | 'approver';
  readonly who: string;
  /** What the file already says of the signer (a recorded approver's name and role), or null. */
  readonly recorded: string | null;
}

export function planStatementModel(
  pricing: BudgetPricing,
  format: DocumentFormat,
): PlanStatementModel {
  const contingency = priceContingency(pricing);
  return {
    risks: risksSection(pricing.budget, format),
    contingency: contingencySection(pricing, contingency, format),
    reviews: reviewsSection(pricing.budget, format),
    whoPays: whoPaysSection(whoPays(pricing, contingency), format),
    agreement: agreementSection(pricing, format),
    signatures: signatureBoxes(pricing, format),
  };
}

/**
 * The person (or their representative) and the care coordinator sign every plan; an
 * approver too when the plan is over its indicative sum or the card's delegated authority,
 * or was agreed with an approver recorded (docs/plan-around-money.md, "Agreement").
 */
export function signatureBoxes(pricing: BudgetPricing, format: DocumentFormat): SignatureBox[] {
  const { t } = format;
  const boxes: SignatureBox[] = [
    { id: 'person', who: t('pdf.signatures.person'), recorded: null },
    { id: 'coordinator', who: t('pdf.signatures.coordinator'), recorded: null },
  ];
  const approval = agreement(pricing.budget)?.approval;
  if (approval !== undefined || limitsExceeded(pricing).length > 0)
    boxes.push({
      id: 'approver',
      who: t('pdf.signatures.approver'),
      recorded:
        approval === undefined
          ? null
          : t('pdf.signatures.recorded', {
              name: approval.name,
              role: t(`reviews.approverRole.${approval.role}` as const satisfies MessageKey),
            }),
    });
  return boxes;
}

function risksSection(budget: Budget, format: DocumentFormat): Section<FigureTable> {
  const { t } = format;
  const risks = budget.risks ?? [];
  const base = {
    heading: t('planCover.risks.heading'),
    intro: t('planCover.risks.intro'),
    none: t('planCover.risks.none'),
  };
  if (risks.length === 0) return { ...base, table: null };
  return {
    ...base,
    table: {
      caption: t('planCover.risks.caption'),
      columns: [
        { heading: t('planCover.risks.what'), numeric: false },
        { heading: t('planCover.risks.likelihood'), numeric: false },
        { heading: t('planCover.risks.inPlace'), numeric: false },
      ],
      rows: risks.map((risk) => ({
        id: risk.id,
        cells: [
          risk.what,
          t(`planCover.likelihood.${risk.likelihood}` as const satisfies MessageKey),
          risk.inPlace ?? t('planCover.risks.nothingInPlace'),
        ],
      })),
    },
  };
}

function contingencySection(
  pricing: BudgetPricing,
  contingency: ContingencyPricing | null,
  format: DocumentFormat,
): ContingencySection {
  const { t, money } = format;
  const base = {
    heading: t('planCover.contingency.heading'),
    intro: t('planCover.contingency.intro'),
    none: t('planCover.contingency.none'),
  };
  if (contingency === null) return { ...base, table: null, counted: null };
  const cells = (
    name: string,
    amounts: { weekly: Columns['weekly']; annual: Columns['annual'] },
  ) => [name, money(amounts.weekly), money(amounts.annual)];
  const rows: Row[] = [];
  const { carer, providerCover } = contingency;
  if (carer !== null) {
    const name = pricing.budget.carers.find((one) => one.id === carer.carer)?.name;
    rows.push({
      id: 'carer',
      cells: cells(
        name === undefined
          ? t('planCover.contingency.allCarers')
          : t('planCover.contingency.oneCarer', { name }),
        carer,
      ),
      notes: {
        0: t(`planCover.contingency.givenBy.${carer.resource}` as const satisfies MessageKey),
      },
    });
  }
  if (providerCover !== null) {
    rows.push({
      id: 'provider-cover',
      cells: cells(
        t('planCover.contingency.providerCover', { count: providerCover.days }),
        providerCover,
      ),
      notes: {
        0: t('planCover.contingency.providerCoverNote', {
          week: money(providerCover.providerWeekly),
        }),
      },
    });
  }
  rows.push({ id: 'total', cells: cells(t('planCover.contingency.total'), contingency.total) });
  rows.push({
    id: 'budget',
    cells: cells(
      contingency.inBudget
        ? t('planCover.contingency.budgetWith')
        : t('planCover.contingency.budgetWithout'),
      contingency.budgetWith,
    ),
  });
  return {
    ...base,
    table: {
      caption: t('planCover.contingency.caption'),
      columns: [
        { heading: t('planCover.columns.what'), numeric: false },
        { heading: t('planCover.columns.weekly'), numeric: true },
        { heading: t('planCover.columns.annual'), numeric: true },
      ],
      rows,
    },
    counted: contingency.inBudget
      ? t('planCover.contingency.counted')
      : t('planCover.contingency.apart'),
  };
}

/**
 * What the file holds today about reviewing the plan: its dates, its last revision, and the
 * days its outcomes are due by. A review schedule adds its entries here.
 */
export function reviewEntries(budget: Budget, format: DocumentFormat): Figure[] {
  const { t, date } = format;
  const entries: Figure[] = [];
  const { plan } = budget;
  if (plan !== undefined) {
    entries.push({ id: 'start', label: t('planCover.reviews.start'), value: date(plan.start) });
    entries.push({
      id: 'end',
      label: t('planCover.reviews.end'),
      value: plan.end === undefined ? t('planCover.reviews.noEnd') : date(plan.end),
    });
  }
  const last = budget.revisions?.at(-1);
  if (last !== undefined)
    entries.push({
      id: 'last-revision',
      label: t('planCover.reviews.lastRevision'),
      value: t('planCover.reviews.revisionValue', {
        number: last.number,
        date: date(last.date),
        reason: last.reason,
      }),
    });
  for (const outcome of budget.outcomes ?? []) {
    if (outcome.byWhen !== undefined)
      entries.push({
        id: `outcome-${outcome.id}`,
        label: t('planCover.reviews.outcomeBy', { words: outcome.words }),
        value: date(outcome.byWhen),
      });
  }
  // The schedule's next review (docs/plan-around-money.md); a plan with no start, or
  // ending first, has none, and the meeting writes one in.
  const next = nextReviewDate(budget);
  entries.push({
    id: 'next',
    label: t('planCover.reviews.next'),
    value: next === null ? t('planCover.reviews.nextToAgree') : date(next),
  });
  return entries;
}

function reviewsSection(budget: Budget, format: DocumentFormat): PlanStatementModel['reviews'] {
  const { t } = format;
  return {
    heading: t('planCover.reviews.heading'),
    intro: t('planCover.reviews.intro'),
    entries: reviewEntries(budget, format),
  };
}

function whoPaysSection(
  statement: WhoPaysStatement | null,
  format: DocumentFormat,
): WhoPaysSection {
  const { t, money } = format;
  const base = {
    heading: t('planCover.whoPays.heading'),
    intro: t('planCover.whoPays.intro'),
    none: t('planCover.whoPays.none'),
  };
  if (statement === null) return { ...base, table: null, notes: [] };
  const cells = (name: string, amounts: Columns) => [
    name,
    money(amounts.weekly),
    money(amounts.annual),
    money(amounts.oneOff),
  ];
  const rows: Row[] = [
    { id: 'person', cells: cells(t('planCover.whoPays.person'), statement.person) },
    ...statement.funders.map((share) => ({
      id: share.funder,
      cells: cells(
        statement.funder === 'joint'
          ? t(`planCover.whoPays.funderShare.${share.funder}` as const satisfies MessageKey, {
              percent: share.percent,
            })
          : t(`planCover.whoPays.funder.${share.funder}` as const satisfies MessageKey),
        share,
      ),
    })),
    { id: 'total', cells: cells(t('planCover.whoPays.total'), statement.cost) },
  ];
  const notes = [
    ...(statement.cappedBy === 'card'
      ? [
          t('planCover.whoPays.cappedByCard', {
            asked: money(statement.asked),
            cap: money(statement.cap ?? statement.asked),
          }),
        ]
      : []),
    ...(statement.cappedBy === 'cost'
      ? [t('planCover.whoPays.cappedByCost', { asked: money(statement.asked) })]
      : []),
    ...(statement.cap !== null && statement.cappedBy !== 'card'
      ? [t('planCover.whoPays.cap', { cap: money(statement.cap) })]
      : []),
    t('planCover.whoPays.rounding'),
  ];
  return {
    ...base,
    table: {
      caption: t('planCover.whoPays.caption'),
      columns: [
        { heading: t('planCover.whoPays.who'), numeric: false },
        { heading: t('planCover.columns.weekly'), numeric: true },
        { heading: t('planCover.columns.annual'), numeric: true },
        { heading: t('planCover.columns.oneOff'), numeric: true },
      ],
      rows,
    },
    notes,
  };
}

function agreementSection(
  pricing: BudgetPricing,
  format: DocumentFormat,
): PlanStatementModel['agreement'] {
  const { t, money } = format;
  const status = pricing.budget.plan?.status ?? 'draft';
  const entries: Figure[] = [
    {
      id: 'status',
      label: t('planCover.agreement.status'),
      value: t(`planCover.status.${status}` as const satisfies MessageKey),
    },
    {
      id: 'annual',
      label: t('planCover.agreement.annual'),
      value: money(pricing.totals.annual),
      total: true,
    },
  ];
  const { indicative } = pricing;
  if (indicative !== null) {
    entries.push({
      id: 'indicative',
      label: t('planCover.agreement.indicative'),
      value: money(indicative.amount),
    });
    if (indicative.difference.greaterThan(0))
      entries.push({
        id: 'over',
        label: t('planCover.agreement.over'),
        value: money(indicative.difference),
      });
  }
  return {
    heading: t('planCover.agreement.heading'),
    intro: t('planCover.agreement.intro'),
    entries,
  };
}

/** A carer's own score in a sentence: "8 on the Carer Strain Index, 1 March 2026". */
export function carerScoreWords(score: CarerScore, format: DocumentFormat): string {
  return format.t('planCover.score.value', {
    value: score.value,
    scale: score.scale,
    date: format.date(score.on),
  });
}
