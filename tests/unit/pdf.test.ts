/**
 * The budget PDF (issue 5): rendered in Node by budgetPdfBuffer, read back with Debian's
 * pdftotext, and checked for the figures the screen shows, formatted by the one
 * formatter. Each document is rendered once, in beforeAll, to keep the file fast.
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatHours, formatMoney } from '../../src/domain/format';
import { toReport } from '../../src/domain/report';
import type { Budget } from '../../src/domain/schema/budget';
import { carer, expense, loadCard, price, readJson, sleepIn, visits } from '../helpers/builders';
import { render, RENDER_TIMEOUT, t, withPdfFolder, type Rendered } from '../helpers/pdf-render';

const PDFFONTS = '/usr/bin/pdffonts';

/** A translation key, a placeholder or a JavaScript value that reached the page. */
const LEAKS = /\b(?:pdf|terms|report|summary)\.[a-zA-Z]|\{\{|undefined|NaN|\[object Object\]/;

withPdfFolder();

const words = (text: string) => text.replace(/\s+/g, ' ');

/** The stretch of the table row that starts with this activity, up to the next row's. */
function row(flat: string, activity: string, activities: readonly string[]): string {
  const start = flat.indexOf(activity, flat.indexOf(t('summary.lines.heading')));
  expect(start, activity).toBeGreaterThan(-1);
  const ends = activities
    .map((other) => flat.indexOf(other, start + activity.length))
    .filter((index) => index > start);
  return flat.slice(start, Math.min(flat.length, ...ends));
}

describe('the PDF of the example budget (Ann, England 2025-26)', () => {
  const card = loadCard('rate-cards/england-2025-26.json');
  const pricing = price(readJson('examples/example-ann.json') as Partial<Budget>, card);
  const money = (amount: Parameters<typeof formatMoney>[0]) => formatMoney(amount, 'en-GB');
  let pdf: Rendered;
  beforeAll(async () => {
    pdf = await render('ann', pricing);
  }, RENDER_TIMEOUT);

  it('is a PDF with nothing untranslated or JavaScript-shaped in it', () => {
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.flat).not.toMatch(LEAKS);
  });

  it('names the person, reference, funding route and rate card with its dates [H3.3]', () => {
    expect(pdf.layout).toContain('Ann Example');
    expect(pdf.layout).toContain('EXAMPLE-001');
    expect(pdf.layout).toContain(t('terms.fundingRoute.direct-payment'));
    expect(pdf.flat).toContain('England 2025-26, national reference figures (illustrative)');
    expect([card.validFrom, card.validTo]).toEqual(['2025-04-01', '2026-03-31']);
    expect(pdf.layout).toContain('1 April 2025 to 31 March 2026');
    expect(pdf.layout).toContain(card.weeksPerYear);
    expect(pdf.flat).toContain(t('pdf.about.illustrative'));
  });

  it('shows the four totals exactly as the json report has them', () => {
    const { totals } = toReport(pricing);
    expect(totals).toEqual({
      weekly: '869.79',
      annual: '45353.54',
      oneOff: '1800.00',
      firstYear: '47153.54',
    });
    for (const amount of Object.values(totals)) expect(pdf.layout).toContain(money(amount));
    expect(pdf.layout).toMatch(/Weekly total\s+£869\.79/);
    expect(pdf.layout).toMatch(/First-year total\s+£47,153\.54/);
  });

  it("shows each line's activity with its hours (or nights), weekly and annual cost", () => {
    const activities = pricing.lines.map((priced) => priced.line.activity);
    for (const priced of pricing.lines) {
      const cells = row(pdf.flat, priced.line.activity, activities);
      const amount =
        priced.line.kind === 'sleep-in'
          ? t('lines.working.nights', { count: priced.nights })
          : formatHours(priced.hours, 'en-GB');
      expect(cells, priced.line.id).toContain(amount);
      expect(cells, priced.line.id).toContain(money(priced.weekly));
      expect(cells, priced.line.id).toContain(money(priced.annual));
    }
    // A PA's rate is shown unrounded, with its on-costs, as the working has it.
    expect(row(pdf.flat, 'Prepare lunch and prompt medication', activities)).toContain(
      '£15.476915 an hour',
    );
  });

  it('lists expenses, then investments, then the personal assistant employer costs', () => {
    const order = ['Day centre fee', 'Ceiling track hoist', 'Employer'].map((text) =>
      pdf.flat.indexOf(text),
    );
    expect(order.every((index) => index > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(pdf.flat).toContain(`${money('40.50')} monthly`);
    expect(pdf.flat).toContain(`${money('1800.00')} one-off`);
  });

  it('shows each carer with their flags, what was found and what would bring them under it', () => {
    const [sam] = pricing.carers;
    expect(sam?.flags.map((flag) => flag.id)).toEqual(['carer-no-break']);
    expect(pdf.flat).toContain('Sam Example (daughter)');
    for (const flag of sam?.flags ?? []) expect(pdf.flat).toContain(t(`terms.flag.${flag.id}`));
    expect(pdf.flat).toContain(
      'Sam Example gives some care on all 7 days of the week, so has no day off.',
    );
    expect(pdf.flat).toContain('move 0.25 hours a week to paid support');
    expect(pdf.flat).toContain(
      `about ${money('3.87')} a week with a personal assistant, or ${money('8.04')}`,
    );
  });

  it('says there is nothing to check when there are no warnings', () => {
    expect(pricing.warnings).toEqual([]);
    expect(pdf.flat).toContain(t('summary.warnings.none'));
  });

  it('compares the plan with each care-home setting and with the indicative sum', () => {
    for (const setting of toReport(pricing).settings) {
      expect(pdf.layout).toContain(money(setting.weekly));
      expect(pdf.layout).toContain(money(setting.annual));
      expect(pdf.flat).toContain(
        `This plan costs ${money(setting.difference.replace('-', ''))} a year less`,
      );
      expect(pdf.flat).toContain(`${setting.extraProviderHoursWeekly} more hours a week`);
    }
    expect(pdf.layout).toMatch(/Indicative sum\s+£48,000\.00 a year/);
    expect(pdf.flat).toContain(`${money('2646.46')} under the indicative sum`);
  });

  it('gives the revision, the date made, the rounding rule and page numbers', () => {
    expect(pdf.layout).toMatch(/Revision\s+not yet revised \(draft\)/);
    expect(pdf.layout).toMatch(/Document made on\s+1 May 2026/);
    expect(pdf.flat).toContain(t('summary.totals.rounding'));
    const pages = [...pdf.layout.matchAll(/Page (\d+) of (\d+)/g)];
    const total = Number(pages[0]?.[2]);
    expect(total).toBeGreaterThan(1);
    expect(pages.map((match) => Number(match[1]))).toEqual(
      Array.from({ length: total }, (_, i) => i + 1),
    );
    expect(pages.every((match) => Number(match[2]) === total)).toBe(true);
    expect(pdf.layout.match(/Made on 1 May 2026/g)).toHaveLength(total);
  });

  it('ends with a signature block for the person and the care coordinator', () => {
    const signatures = pdf.flat.slice(pdf.flat.lastIndexOf(t('pdf.signatures.heading')));
    expect(signatures).toContain(t('pdf.signatures.person'));
    expect(signatures).toContain(t('pdf.signatures.coordinator'));
    expect(signatures.match(/Signature/g)).toHaveLength(2);
    expect(signatures.match(/Date/g)).toHaveLength(2);
  });
});

describe('the PDF of a budget in Wales with Welsh letters and warnings', () => {
  const card = loadCard('rate-cards/wales-2025-26.json');
  const pricing = price(
    {
      id: 'sion',
      title: '',
      person: { name: 'Siôn Ŵyn Ŷr', reference: 'CYM-0042' },
      fundingRoute: 'notional',
      rateCard: 'wales-2025-26',
      indicativeAnnual: '1000.00',
      carers: [carer({ id: 'nain', name: 'Gwenllïan Dŵr', age: 78, relationship: 'nain' })],
      lines: [
        visits({
          id: 'quick',
          activity: 'Paned a sgwrs yn y tŷ',
          minutes: 15,
          days: ['mon', 'wed'],
        }),
        visits({
          id: 'pa',
          activity: 'Siopa',
          resource: 'personal-assistant',
          minutes: 120,
          days: ['tue'],
        }),
        visits({
          id: 'family',
          activity: 'Gofal gan y teulu',
          resource: 'unpaid-carer',
          carer: 'nain',
          minutes: 360,
          days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
        }),
        sleepIn({
          id: 'nights',
          resource: 'unpaid-carer',
          carer: 'nain',
          days: ['mon', 'tue', 'wed', 'thu'],
        }),
      ],
      expenses: [expense({ id: 'bus', description: 'Tocyn bws i lan y dŵr', amount: '12.50' })],
    },
    card,
  );
  const money = (amount: Parameters<typeof formatMoney>[0]) => formatMoney(amount, 'en-GB');
  let pdf: Rendered;
  beforeAll(async () => {
    pdf = await render('sion', pricing, { number: 3, date: '2026-06-15' });
  }, RENDER_TIMEOUT);

  it('renders ŵ, ŷ, ô and ï exactly, and £ signs', () => {
    expect(pdf.layout).toContain('Siôn Ŵyn Ŷr');
    expect(pdf.flat).toContain('Paned a sgwrs yn y tŷ');
    expect(pdf.flat).toContain('Tocyn bws i lan y dŵr');
    expect(pdf.flat).toContain('Gwenllïan Dŵr (nain)');
    expect(pdf.layout).toContain(money(pricing.totals.weekly));
    expect(pdf.layout.match(/£\d/g)?.length).toBeGreaterThan(20);
    expect(pdf.flat).not.toMatch(LEAKS);
  });

  it('names the Wales card and its dates', () => {
    expect(pdf.flat).toContain('Wales 2025-26, reference figures');
    expect(pdf.layout).toContain('1 April 2025 to 31 March 2026');
  });

  it('states every warning, naming the line it is about', () => {
    expect(pricing.warnings.map((warning) => warning.id).sort()).toEqual([
      'over-indicative',
      'pa-needs-direct-payment',
      'short-visit',
    ]);
    const notional = t('terms.fundingRoute.notional');
    expect(pdf.flat).toContain(t('summary.warnings.shortVisit.heading'));
    expect(pdf.flat).toContain('• Paned a sgwrs yn y tŷ: 15 minutes a visit');
    expect(pdf.flat).toContain(t('summary.warnings.paNeedsDirectPayment.heading'));
    expect(pdf.flat).toContain(
      words(t('summary.warnings.paNeedsDirectPayment.body', { route: notional })),
    );
    expect(pdf.flat).toContain('• Siopa');
    const over = toReport(pricing).warnings.find(
      (warning) => warning.id === 'over-indicative',
    )?.over;
    expect(over).toMatch(/^\d+\.\d{2}$/);
    expect(pdf.flat).toContain(t('summary.warnings.overIndicative.heading'));
    expect(pdf.flat).toContain(
      `The annual total is ${money(over ?? '')} more than the indicative sum of ${money('1000.00')} a year.`,
    );
  });

  it('sets every letter in the shipped Noto Sans, embedded: never the built-in Helvetica', () => {
    const fonts = execFileSync(PDFFONTS, [pdf.file], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts)
      expect(font).toMatch(/^[A-Z]{6}\+NotoSans-(Regular|Bold)\s.*\byes\s+yes\s+yes\b/);
  });

  it("names each of the carer's flags", () => {
    const [nain] = pricing.carers;
    expect(nain?.flags.length).toBeGreaterThan(2);
    for (const flag of nain?.flags ?? []) expect(pdf.flat).toContain(t(`terms.flag.${flag.id}`));
    expect(pdf.flat).toContain(
      t('summary.carers.found.nights', { name: 'Gwenllïan Dŵr', found: '4', threshold: '3' }),
    );
  });

  it('shows the revision it is given, with its date', () => {
    expect(pdf.layout).toMatch(/Revision\s+3, agreed on 15 June 2026/);
  });
});
