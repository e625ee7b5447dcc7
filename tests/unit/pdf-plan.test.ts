/**
 * The PDF is the plan (issue 16, item 7): the example plan with its risks, contingency,
 * who pays and a carer's own score, rendered in English and Welsh and read back with
 * pdftotext, section by section, with the figures the domain works out.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/domain/format';
import type { Money } from '../../src/domain/money';
import { priceContingency } from '../../src/domain/plan-cover/contingency';
import { whoPays } from '../../src/domain/plan-cover/who-pays';
import { outcomeCosts } from '../../src/domain/outcomes/outcome-costs';
import type { Budget } from '../../src/domain/schema/budget';
import { createI18n } from '../../src/i18n';
import { loadCard, price, readJson } from '../helpers/builders';
import { render, RENDER_TIMEOUT, withPdfFolder, type Rendered } from '../helpers/pdf-render';

withPdfFolder();

const LEAKS =
  /\b(?:pdf|terms|report|summary|planCover)\.[a-zA-Z]|\{\{|undefined|NaN|\[object Object\]/;

/** The example plan, Ann's, with the plan around the money written in. */
export function annsWholePlan(): Partial<Budget> {
  const ann = readJson('examples/example-ann.json') as Budget;
  return {
    ...ann,
    carers: ann.carers.map((carer) => ({
      ...carer,
      score: { value: '8', scale: 'Carer Strain Index', on: '2026-03-01' },
    })),
    risks: [
      {
        id: 'r1',
        what: 'Sam is taken ill and cannot help in the evenings',
        likelihood: 'medium',
        inPlace: "The agency can add an evening visit at a day's notice",
      },
      { id: 'r2', what: 'A fall at night', likelihood: 'low' },
    ],
    contingency: {
      carer: { id: 'sam', resource: 'registered-provider' },
      providerCover: { days: 14 },
    },
    whoPays: { contributionWeekly: '35.00', funder: 'joint', icbPercent: '60' },
  };
}

/** How many times the words appear in the text. */
const count = (text: string, words: string) => text.split(words).length - 1;
/** The labels of each signing box: a name, a role, a signature and the date. */
const SIGNING_LABELS = [
  'pdf.signatures.name',
  'pdf.signatures.role',
  'pdf.signatures.signature',
  'summary.words.date',
] as const;

describe.each(['en', 'cy'] as const)('the PDF is the plan (%s)', (language) => {
  const { t } = createI18n(language);
  const card = loadCard('rate-cards/england-2025-26.json');
  const pricing = price(annsWholePlan(), card);
  const money = (amount: Money) => formatMoney(amount, 'en-GB');
  let pdf: Rendered;
  beforeAll(async () => {
    pdf = await render(`plan-${language}`, pricing, undefined, language);
  }, RENDER_TIMEOUT);

  /** The text from one section's heading to the next heading given. */
  const section = (heading: string, next: string) => {
    const start = pdf.flat.indexOf(heading);
    expect(start, heading).toBeGreaterThan(-1);
    const end = pdf.flat.indexOf(next, start + heading.length);
    expect(end, next).toBeGreaterThan(start);
    return pdf.flat.slice(start, end);
  };

  it('has nothing untranslated in it', () => {
    expect(pdf.flat).not.toMatch(LEAKS);
  });

  it('reads the outcomes with what each costs, adding to the totals', () => {
    const text = section(t('summary.outcomes.heading'), t('summary.lines.heading'));
    for (const cost of outcomeCosts(pricing).outcomes) {
      expect(text).toContain(cost.outcome.words);
      expect(text).toContain(money(cost.weekly));
      expect(text).toContain(money(cost.annual));
    }
    expect(text).toContain(money(pricing.totals.annual));
  });

  it('reads the risks, with how likely and what is in place', () => {
    const text = section(t('planCover.risks.heading'), t('planCover.contingency.heading'));
    expect(text).toContain('Sam is taken ill and cannot help in the evenings');
    expect(text).toContain(t('planCover.likelihood.medium'));
    expect(text).toContain("The agency can add an evening visit at a day's notice");
    expect(text).toContain(t('planCover.risks.nothingInPlace'));
  });

  it('reads the contingency priced, apart from the budget', () => {
    const contingency = priceContingency(pricing);
    if (contingency === null || contingency.carer === null || contingency.providerCover === null)
      throw new Error('no contingency');
    const text = section(t('planCover.contingency.heading'), t('planCover.reviews.heading'));
    expect(text).toContain(t('planCover.contingency.oneCarer', { name: 'Sam Example' }));
    expect(text).toContain(money(contingency.carer.annual));
    expect(text).toContain(t('planCover.contingency.providerCover', { count: 14 }));
    expect(text).toContain(money(contingency.providerCover.annual));
    expect(text).toContain(money(contingency.total.annual));
    expect(text).toContain(t('planCover.contingency.apart'));
  });

  it("reads the reviews: the plan's dates and the next review by the schedule", () => {
    const text = section(t('planCover.reviews.heading'), t('planCover.whoPays.heading'));
    expect(text).toContain(t('planCover.reviews.start'));
    expect(text).toContain(t('planCover.reviews.next'));
    // Ann's plan has no revision yet; her first outcome is due by 30 September 2026.
    expect(text).not.toContain(t('planCover.reviews.lastRevision'));
    expect(text).toMatch(/30 (September|Medi) 2026/);
    // An NHS plan from 1 April 2025 with no review held: the first review, 3 months on.
    expect(text).toMatch(/1 (July|Gorffennaf) 2025/);
    expect(text).not.toContain(t('planCover.reviews.nextToAgree').slice(0, 20));
  });

  it('reads who pays: the person, the ICB and the council, adding to the budget', () => {
    const statement = whoPays(pricing, priceContingency(pricing));
    if (statement === null) throw new Error('no statement');
    const text = section(t('planCover.whoPays.heading'), t('planCover.agreement.heading'));
    expect(text).toContain(t('planCover.whoPays.person'));
    expect(text).toContain(money(statement.person.weekly));
    expect(text).toContain(t('planCover.whoPays.funderShare.icb', { percent: '60' }));
    expect(text).toContain(t('planCover.whoPays.funderShare.council', { percent: '40' }));
    for (const share of statement.funders) expect(text).toContain(money(share.annual));
    expect(text).toContain(money(statement.cost.annual));
  });

  it('ends with the agreement and the spaces to sign: the person and the coordinator, each with name, role, signature and date', () => {
    const text = pdf.flat.slice(pdf.flat.indexOf(t('planCover.agreement.heading')));
    expect(text).toContain(t('planCover.status.active'));
    const signing = text.slice(text.indexOf(t('pdf.signatures.heading')));
    expect(signing).toContain(t('pdf.signatures.person'));
    expect(signing).toContain(t('pdf.signatures.coordinator'));
    for (const label of SIGNING_LABELS)
      expect(count(signing, t(label)), label).toBeGreaterThanOrEqual(2);
    // Ann's plan is within her indicative sum and was agreed by no approver: no third box.
    expect(signing).not.toContain(t('pdf.signatures.approver'));
  });

  it("gives the carer's own score as a number with its scale and date, never questions", () => {
    expect(pdf.flat).toContain(t('planCover.score.label'));
    expect(pdf.flat).toMatch(/8 (on the|ar y) Carer Strain Index, 1 (March|Mawrth) 2026/);
  });
});

describe.each(['en', 'cy'] as const)('a plan agreed above its indicative sum (%s)', (language) => {
  const { t } = createI18n(language);
  const card = loadCard('rate-cards/england-2025-26.json');
  const by = { role: 'care-coordinator', name: 'Jo Example' } as const;
  const pricing = price(
    {
      ...annsWholePlan(),
      indicativeAnnual: '40000.00',
      statusChanges: [
        { from: 'draft', to: 'proposed', date: '2025-03-20', by },
        {
          from: 'proposed',
          to: 'agreed',
          date: '2025-03-27',
          by: { role: 'commissioner', name: 'Sam Commissioner' },
          approval: {
            name: 'Pat Approver',
            role: 'head-of-service',
            reason: 'Two carers at night after the fall in March',
          },
        },
        { from: 'agreed', to: 'active', date: '2025-04-01', by },
      ],
    },
    card,
  );
  let pdf: Rendered;
  beforeAll(async () => {
    pdf = await render(`plan-approver-${language}`, pricing, undefined, language);
  }, RENDER_TIMEOUT);

  it('has a third box for the approver, naming the one recorded, with the same four lines', () => {
    const signing = pdf.flat.slice(pdf.flat.indexOf(t('pdf.signatures.heading')));
    expect(signing).toContain(t('pdf.signatures.person'));
    expect(signing).toContain(t('pdf.signatures.coordinator'));
    expect(signing).toContain(t('pdf.signatures.approver'));
    expect(signing).toContain(
      t('pdf.signatures.recorded', {
        name: 'Pat Approver',
        role: t('reviews.approverRole.head-of-service'),
      }),
    );
    for (const label of SIGNING_LABELS)
      expect(count(signing, t(label)), label).toBeGreaterThanOrEqual(3);
    expect(pdf.flat).not.toMatch(LEAKS);
  });
});
