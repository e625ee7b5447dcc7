import { describe, expect, it } from 'vitest';
import { aboutFormToFields, budgetToAboutForm } from '../../src/domain/forms/about-form';
import { formToAssistant, NEW_ASSISTANT_FORM } from '../../src/domain/forms/assistant-form';
import {
  carerToForm,
  formToCarer,
  NEW_CARER_FORM,
  type CarerForm,
} from '../../src/domain/forms/carer-form';
import { formToExpense, NEW_EXPENSE_FORM } from '../../src/domain/forms/expense-form';
import { moneyInput } from '../../src/domain/forms/form-fields';
import {
  formToLine,
  lineToForm,
  NEW_LINE_FORM,
  type LineForm,
} from '../../src/domain/forms/line-form';
import type { Problem, Result } from '../../src/domain/problems';
import { createI18n } from '../../src/i18n';
import { budget, carer, visits } from '../helpers/builders';

const i18n = createI18n('en');
const keysOf = <T>(result: Result<T>): string[] =>
  result.ok ? [] : result.problems.map((p) => `${p.path} ${p.key}`);
const problemsOf = <T>(result: Result<T>): readonly Problem[] => (result.ok ? [] : result.problems);
const line = (form: Partial<LineForm>) =>
  formToLine({ ...NEW_LINE_FORM, ...form }, 'l1', 'personal-care', budget());

const filled: Partial<LineForm> = {
  activity: 'Help to wash',
  resource: 'registered-provider',
  minutes: '45',
  days: ['mon', 'tue'],
};

describe('the need-line form', () => {
  it('makes a valid visits line from what was typed', () => {
    expect(line({ ...filled, minutes: ' 45 ', visitsPerDay: '2' })).toEqual({
      ok: true,
      value: {
        id: 'l1',
        kind: 'visits',
        domain: 'personal-care',
        activity: 'Help to wash',
        resource: 'registered-provider',
        minutes: 45,
        visitsPerDay: 2,
        workers: 1,
        period: 'day',
        days: ['mon', 'tue'],
      },
    });
  });

  it('names every empty required field at once, in the order of the form', () => {
    expect(keysOf(line({ minutes: '' }))).toEqual([
      'activity forms.line.activity.required',
      'resource forms.line.resource.required',
      'minutes forms.line.minutes.required',
      'days forms.line.days.required',
    ]);
  });

  it('refuses fractions, words and out-of-range minutes with their own messages', () => {
    expect(keysOf(line({ ...filled, minutes: '7.5' }))).toEqual([
      'minutes forms.line.minutes.wholeNumber',
    ]);
    expect(keysOf(line({ ...filled, minutes: 'half an hour' }))).toEqual([
      'minutes forms.line.minutes.wholeNumber',
    ]);
    expect(keysOf(line({ ...filled, minutes: '1441' }))).toEqual([
      'minutes forms.line.minutes.range',
    ]);
  });

  it('refuses visits that add up to more than a day', () => {
    expect(keysOf(line({ ...filled, minutes: '500', visitsPerDay: '3' }))).toEqual([
      'visitsPerDay forms.line.visitsPerDay.overADay',
    ]);
  });

  it('needs a carer for an unpaid-carer line, and one worker', () => {
    expect(keysOf(line({ ...filled, resource: 'unpaid-carer', workers: '2' }))).toEqual([
      'carer forms.line.carer.required',
      'workers forms.line.workers.carerOne',
    ]);
  });

  it('refuses a line that would take a carer over 168 hours a week', () => {
    const withCarer = budget({
      carers: [carer()],
      lines: [
        visits({
          id: 'other',
          resource: 'unpaid-carer',
          carer: 'c1',
          minutes: 1440,
          days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
        }),
      ],
    });
    const result = formToLine(
      { ...NEW_LINE_FORM, ...filled, resource: 'unpaid-carer', carer: 'c1' },
      'l1',
      'personal-care',
      withCarer,
    );
    expect(keysOf(result)).toEqual(['carer forms.line.carer.overAWeek']);
  });

  it('makes a sleep-in without asking for minutes', () => {
    const result = line({
      kind: 'sleep-in',
      activity: 'Overnight',
      resource: 'personal-assistant',
      minutes: '',
      days: ['fri'],
    });
    expect(result.ok && result.value).toMatchObject({
      kind: 'sleep-in',
      days: ['fri'],
      workers: 1,
    });
  });

  it('keeps the provider only on a registered-provider line', () => {
    const pa = line({ ...filled, resource: 'personal-assistant', provider: 'p1' });
    expect(pa.ok && 'provider' in pa.value).toBe(false);
    const agency = line({ ...filled, provider: 'p1' });
    expect(agency.ok && agency.value.provider).toBe('p1');
  });

  it('turns a line back into the same form', () => {
    const plan = budget({ outcomes: [{ id: 'o1', words: 'I feel fresh' }] });
    const result = formToLine(
      { ...NEW_LINE_FORM, ...filled, outcomes: ['o1'], period: 'night' },
      'l1',
      'personal-care',
      plan,
    );
    expect(result.ok && lineToForm(result.value)).toEqual({
      ...NEW_LINE_FORM,
      ...filled,
      outcomes: ['o1'],
      period: 'night',
    });
  });
});

describe('money typed into a form', () => {
  it.each([
    ['35', '35.00'],
    ['£1,800', '1800.00'],
    [' £ 12.5 ', '12.50'],
    ['0.99', '0.99'],
  ])('"%s" is £%s', (typed, text) => {
    expect(moneyInput(typed, 'expense', 'amount')).toEqual({ ok: true, value: text });
  });

  it.each([
    ['', 'forms.expense.amount.required'],
    ['-5', 'forms.money.negative'],
    ['12.345', 'forms.money.pence'],
    ['twelve', 'forms.money.format'],
    ['1000000000', 'forms.money.tooLarge'],
  ])('"%s" is refused with %s', (typed, key) => {
    const result = moneyInput(typed, 'expense', 'amount');
    expect(result.ok ? null : result.problem.key).toBe(key);
  });
});

describe('the carer, expense and about forms', () => {
  it('a carer needs a name and both yes-or-no answers; age is optional', () => {
    expect(keysOf(formToCarer(NEW_CARER_FORM, 'c1'))).toEqual([
      'name forms.carer.name.required',
      'ownHealthCondition forms.carer.ownHealthCondition.required',
      'willingAndAble forms.carer.willingAndAble.required',
    ]);
    expect(
      formToCarer(
        { ...NEW_CARER_FORM, name: 'Sam', ownHealthCondition: 'no', willingAndAble: 'yes' },
        'c1',
      ),
    ).toEqual({
      ok: true,
      value: { id: 'c1', name: 'Sam', ownHealthCondition: false, willingAndAble: true },
    });
  });

  it("a carer's own score is a number, its scale and its day, all three or none", () => {
    const sam = {
      ...NEW_CARER_FORM,
      name: 'Sam',
      ownHealthCondition: 'no',
      willingAndAble: 'yes',
    } as const;
    const scored = (fields: Partial<CarerForm>) => formToCarer({ ...sam, ...fields }, 'c1');
    const full = {
      scoreValue: ' 12.5 ',
      scoreScale: 'Carer Strain Index',
      scoreOnDay: '1',
      scoreOnMonth: '3',
      scoreOnYear: '2026',
    };
    expect(scored(full)).toEqual({
      ok: true,
      value: {
        id: 'c1',
        name: 'Sam',
        ownHealthCondition: false,
        willingAndAble: true,
        score: { value: '12.5', scale: 'Carer Strain Index', on: '2026-03-01' },
      },
    });
    expect(keysOf(scored({ ...full, scoreValue: '' }))).toEqual([
      'scoreValue forms.carer.scoreValue.required',
    ]);
    expect(keysOf(scored({ ...full, scoreValue: 'eight' }))).toEqual([
      'scoreValue forms.carer.scoreValue.number',
    ]);
    expect(keysOf(scored({ ...full, scoreValue: '1000.5' }))).toEqual([
      'scoreValue forms.carer.scoreValue.number',
    ]);
    expect(keysOf(scored({ ...full, scoreScale: ' ' }))).toEqual([
      'scoreScale forms.carer.scoreScale.required',
    ]);
    expect(keysOf(scored({ ...full, scoreOnDay: '', scoreOnMonth: '', scoreOnYear: '' }))).toEqual([
      'scoreOn forms.carer.scoreOn.required',
    ]);
    expect(keysOf(scored({ ...full, scoreOnDay: '30', scoreOnMonth: '2' }))).toEqual([
      'scoreOn forms.date.notADay',
    ]);
    // A saved score comes back into the boxes, and clearing every box removes it.
    const saved = scored(full);
    if (!saved.ok) throw new Error('not saved');
    expect(carerToForm(saved.value)).toMatchObject({
      scoreValue: '12.5',
      scoreOnDay: '1',
      scoreOnMonth: '3',
      scoreOnYear: '2026',
    });
    expect(formToCarer(carerToForm({ ...saved.value }), 'c1')).toEqual(saved);
    expect(scored({})).toMatchObject({ ok: true, value: { name: 'Sam' } });
    expect((scored({}) as { value: object }).value).not.toHaveProperty('score');
  });

  it('a personal assistant needs a name and the hours of their contract, kept as the file writes them', () => {
    const hours = (typed: string) =>
      formToAssistant({ name: 'Pat', contractedHoursWeekly: typed }, 'pa1');
    expect(keysOf(formToAssistant(NEW_ASSISTANT_FORM, 'pa1'))).toEqual([
      'name forms.assistant.name.required',
      'contractedHoursWeekly forms.assistant.contractedHoursWeekly.required',
    ]);
    for (const typed of ['16,5', '-1', '1e2', '37.12345', 'lots', '16 hours']) {
      expect(keysOf(hours(typed))).toEqual([
        'contractedHoursWeekly forms.assistant.contractedHoursWeekly.number',
      ]);
    }
    expect(keysOf(hours('168.01'))).toEqual([
      'contractedHoursWeekly forms.assistant.contractedHoursWeekly.range',
    ]);
    expect(hours(' 37.5 ')).toEqual({
      ok: true,
      value: { id: 'pa1', name: 'Pat', contractedHoursWeekly: '37.5' },
    });
    // The file's pattern takes no leading zeros: "08" is 8 hours, "0.5" half an hour.
    expect(hours('08')).toEqual({
      ok: true,
      value: { id: 'pa1', name: 'Pat', contractedHoursWeekly: '8' },
    });
    expect(hours('0.5')).toEqual({
      ok: true,
      value: { id: 'pa1', name: 'Pat', contractedHoursWeekly: '0.5' },
    });
    expect(hours('168')).toEqual({
      ok: true,
      value: { id: 'pa1', name: 'Pat', contractedHoursWeekly: '168' },
    });
  });

  it('an expense needs a description, an amount and a frequency', () => {
    expect(keysOf(formToExpense(NEW_EXPENSE_FORM, 'e1'))).toEqual([
      'description forms.expense.description.required',
      'amount forms.expense.amount.required',
      'frequency forms.expense.frequency.required',
    ]);
  });

  it('the about form keeps an empty indicative sum as none', () => {
    const form = { ...budgetToAboutForm(budget()), name: 'Ann', indicativeAnnual: '' };
    const result = aboutFormToFields(form, ['split-rates']);
    expect(result.ok && result.value.indicativeAnnual).toBeNull();
    expect(keysOf(aboutFormToFields({ ...form, rateCard: 'nowhere' }, ['split-rates']))).toEqual([
      'rateCard forms.about.rateCard.required',
    ]);
  });
});

describe('form messages', () => {
  it('every problem a form can raise has an English message', () => {
    const problems = [
      ...problemsOf(line({ minutes: '' })),
      ...problemsOf(line({ ...filled, minutes: 'x', visitsPerDay: '0', workers: '9' })),
      ...problemsOf(
        line({
          ...filled,
          minutes: '500',
          visitsPerDay: '3',
          resource: 'unpaid-carer',
          workers: '2',
        }),
      ),
      ...problemsOf(formToCarer({ ...NEW_CARER_FORM, age: '200' }, 'c1')),
      ...problemsOf(formToCarer({ ...NEW_CARER_FORM, age: 'old', name: 'x'.repeat(201) }, 'c1')),
      ...problemsOf(formToExpense({ ...NEW_EXPENSE_FORM, amount: '-1' }, 'e1')),
      ...problemsOf(formToAssistant(NEW_ASSISTANT_FORM, 'pa1')),
      ...problemsOf(formToAssistant({ name: 'Pat', contractedHoursWeekly: 'x' }, 'pa1')),
      ...problemsOf(formToAssistant({ name: 'Pat', contractedHoursWeekly: '200' }, 'pa1')),
      ...problemsOf(
        aboutFormToFields(
          {
            ...budgetToAboutForm(budget()),
            name: '',
            fundingRoute: '',
            rateCard: '',
            indicativeAnnual: 'x',
          },
          [],
        ),
      ),
    ];
    expect(problems.length).toBeGreaterThan(15);
    const missing = problems.filter((p) => !i18n.exists(p.key)).map((p) => p.key);
    expect(missing).toEqual([]);
    for (const p of problems) expect(i18n.t(p.key, { ...p.values })).not.toMatch(/\{\{/);
  });
});
