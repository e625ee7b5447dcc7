/**
 * Free text is plain text (docs/plain-text.md): the file rules and the app's forms refuse
 * control characters, direction overrides and (in one-line fields) line breaks, naming
 * the field, the character and where it is; and the text report, the comparison, the CSV
 * and the PDF print any that got past as one harmless line.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aboutFormToFields, budgetToAboutForm } from '../../src/domain/forms/about-form';
import { formToCarer, NEW_CARER_FORM } from '../../src/domain/forms/carer-form';
import { formToExpense, NEW_EXPENSE_FORM } from '../../src/domain/forms/expense-form';
import { formToLine, NEW_LINE_FORM, type LineForm } from '../../src/domain/forms/line-form';
import { formToOutcome, NEW_OUTCOME_FORM } from '../../src/domain/forms/outcome-form';
import { rateCardToForm } from '../../src/domain/forms/rate-card-form';
import { formToRateCard } from '../../src/domain/forms/rate-card-form-parse';
import { formToRevision, NEW_REVISION_FORM } from '../../src/domain/forms/revision-form';
import { firstRefusedCharacter, inertText } from '../../src/domain/plain-text';
import { priceBudget } from '../../src/domain/pricing/price-budget';
import type { Problem, Result } from '../../src/domain/problems';
import { readBudget, readRateCard } from '../../src/domain/read';
import { addRevision } from '../../src/domain/revisions/history';
import { diffPricings } from '../../src/domain/revisions/diff';
import type { Budget } from '../../src/domain/schema/budget';
import { createI18n } from '../../src/i18n';
import { describeProblem } from '../../src/i18n/problems';
import { budgetCsv } from '../../src/io/budget-csv';
import { diffText } from '../../src/io/diff-text';
import { textReport } from '../../src/io/text-report';
import {
  budget,
  carer,
  expense,
  loadCard,
  readJson,
  ROOT,
  splitCard,
  visits,
} from '../helpers/builders';
import { render, RENDER_TIMEOUT, withPdfFolder } from '../helpers/pdf-render';
import { refusedCharacters } from '../helpers/refused-characters';

const english = createI18n('en');
const welsh = createI18n('cy');

/** What a hostile file would put in a field: a forged line, an escape, a direction override. */
const FORGED_LINE = 'Help to get up\nTotals\n------\nWeekly total: £0.00';
const ESCAPE = 'Kim\u001b[2J\u001b[31m';
const OVERRIDE = 'Bo \u202eelpmaxE';
/** One of each kind refused everywhere, and the line feed refused in one-line fields only. */
const REFUSED_EVERYWHERE = [
  '\t',
  '\r',
  '\u0000',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u2028',
  '\u2029',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
];

const problemsOf = (result: Result<unknown>): readonly Problem[] =>
  result.ok ? [] : result.problems;
const keysOf = (result: Result<unknown>): string[] =>
  problemsOf(result).map((p) => `${p.path} ${p.key}`);

type Json = Record<string, unknown>;
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A valid budget file with a revision, so that every free-text field of the format is there. */
function fullBudget(): Json {
  const plan = budget({
    title: 'Support plan',
    person: { name: 'Bo Example', reference: 'TEST-001' },
    carers: [carer({ relationship: 'son' })],
    outcomes: [{ id: 'o1', words: 'Up and dressed', goodLooksLike: 'Dressed by nine' }],
    lines: [visits({ outcomes: ['o1'] })],
    expenses: [expense()],
  });
  return copy(
    addRevision(plan, {
      date: '2026-05-01',
      reason: 'First plan',
      role: 'care-coordinator',
      name: 'Ceri',
    }),
  );
}

/** Sets the text at a path like `lines.0.activity` in a copy. */
function withText(file: Json, path: string, value: string): Json {
  const changed = copy(file);
  const parts = path.split('.');
  const last = parts.pop() as string;
  let node = changed as Record<string, unknown>;
  for (const part of parts) node = node[part] as Record<string, unknown>;
  node[last] = value;
  return changed;
}

const BUDGET_ONE_LINE = [
  'title',
  'person.name',
  'person.reference',
  'carers.0.name',
  'carers.0.relationship',
  'lines.0.activity',
  'expenses.0.description',
  'revisions.0.madeBy.name',
  'revisions.0.snapshot.lines.0.activity',
];
const BUDGET_MANY_LINES = [
  'outcomes.0.words',
  'outcomes.0.goodLooksLike',
  'revisions.0.reason',
  'revisions.0.snapshot.outcomes.0.words',
];

const card = (): Json => readJson('rate-cards/england-2025-26.json') as Json;
const CARD_ONE_LINE = [
  'name',
  'area',
  'domains.0.name',
  'registeredProvider.providers.0.name',
  'registeredProvider.providers.0.quality',
  'personalAssistant.onCosts.0.name',
  'personalAssistant.employerCosts.0.name',
  'settings.0.name',
  'sources.0.url',
];
const CARD_MANY_LINES = ['notes', 'sources.0.text'];

/** `lines.0.activity` as the problem names it: `lines[0].activity`. */
const fieldName = (path: string) => path.replace(/\.(\d+)/g, '[$1]');

describe('a budget file', () => {
  it('is read with every free-text field filled, the multi-line ones over several lines', () => {
    let file = fullBudget();
    for (const path of BUDGET_MANY_LINES) file = withText(file, path, 'First line\nSecond line');
    expect(keysOf(readBudget(file))).toEqual([]);
  });

  it.each(BUDGET_ONE_LINE)(
    'refuses a line break, a control character or a direction override in %s',
    (path) => {
      for (const character of ['\n', ...REFUSED_EVERYWHERE]) {
        const result = readBudget(withText(fullBudget(), path, `Ab${character}c`));
        expect(keysOf(result), JSON.stringify(character)).toEqual([
          `${fieldName(path)} validation.oneLineText`,
        ]);
        expect(problemsOf(result)[0]?.values).toEqual({
          character: `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
          position: '3',
        });
      }
    },
  );

  it.each(BUDGET_MANY_LINES)(
    'keeps line breaks in %s but refuses every other control character',
    (path) => {
      expect(readBudget(withText(fullBudget(), path, 'Ab\nc')).ok).toBe(true);
      for (const character of REFUSED_EVERYWHERE) {
        expect(
          keysOf(readBudget(withText(fullBudget(), path, `Ab\n${character}`))),
          JSON.stringify(character),
        ).toEqual([`${fieldName(path)} validation.plainText`]);
      }
    },
  );

  it('says which field, which character and where, in English and in Welsh, on one line', () => {
    const [found] = problemsOf(readBudget(withText(fullBudget(), 'lines.0.activity', FORGED_LINE)));
    expect(found).toBeDefined();
    const problem = found as Problem;
    expect(describeProblem(problem, english.t)).toBe(
      'lines[0].activity: must be one line of plain text, with no line breaks, tabs, control characters or direction overrides: character 15 is U+000A',
    );
    expect(describeProblem(problem, welsh.t)).toBe(
      'lines[0].activity: rhaid iddo fod yn un llinell o destun plaen, heb doriadau llinell, tabiau, nodau rheoli na nodau gwrthdroi cyfeiriad: nod 15 yw U+000A',
    );
  });

  it('counts the place of the character as a person does: an emoji before it is one character', () => {
    expect(firstRefusedCharacter('🙂\u202e', 'one')).toEqual({ character: 'U+202E', position: 2 });
    expect(firstRefusedCharacter('a\nb', 'many')).toBeNull();
  });
});

describe('a rate card file', () => {
  it('is read with notes and source text over several lines', () => {
    const file = withText(
      withText(card(), 'notes', 'First line\nSecond line'),
      'sources.0.text',
      'From:\nthe table',
    );
    expect(problemsOf(readRateCard(file))).toEqual([]);
  });

  it.each(CARD_ONE_LINE)(
    'refuses a line break, a control character or a direction override in %s',
    (path) => {
      for (const character of ['\n', '\u001b', '\u202e']) {
        expect(keysOf(readRateCard(withText(card(), path, `Ab${character}c`)))).toEqual([
          `${fieldName(path)} validation.oneLineText`,
        ]);
      }
    },
  );

  it.each(CARD_MANY_LINES)(
    'keeps line breaks in %s but refuses every other control character',
    (path) => {
      for (const character of REFUSED_EVERYWHERE) {
        expect(
          keysOf(readRateCard(withText(card(), path, `Ab\n${character}`))),
          JSON.stringify(character),
        ).toEqual([`${fieldName(path)} validation.plainText`]);
      }
    },
  );
});

describe('the app’s forms', () => {
  const line = (form: Partial<LineForm>) =>
    formToLine(
      {
        ...NEW_LINE_FORM,
        resource: 'registered-provider',
        minutes: '45',
        days: ['mon'],
        activity: 'Help',
        ...form,
      },
      'l1',
      'personal-care',
      budget(),
    );

  it('refuse a one-line field holding a hidden character, saying which and where in what was typed [H18.1]', () => {
    const result = line({ activity: `  ${OVERRIDE}` });
    expect(keysOf(result)).toEqual(['activity forms.oneLineText']);
    expect(english.t(problemsOf(result)[0]?.key ?? '', { ...problemsOf(result)[0]?.values })).toBe(
      'Must be one line of plain text: remove the hidden character U+202E (character 6), such as a line break, tab or direction override, often pasted in with the text',
    );
    expect(
      keysOf(
        formToCarer(
          { ...NEW_CARER_FORM, name: ESCAPE, ownHealthCondition: 'no', willingAndAble: 'yes' },
          'c1',
        ),
      ),
    ).toEqual(['name forms.oneLineText']);
    expect(
      keysOf(
        formToExpense(
          { ...NEW_EXPENSE_FORM, description: 'Day\tcentre', amount: '5', frequency: 'weekly' },
          'e1',
        ),
      ),
    ).toEqual(['description forms.oneLineText']);
    const about = budgetToAboutForm(budget());
    expect(keysOf(aboutFormToFields({ ...about, name: FORGED_LINE }, ['split-rates']))).toEqual([
      'name forms.oneLineText',
    ]);
    expect(keysOf(aboutFormToFields({ ...about, reference: 'A\u2066B' }, ['split-rates']))).toEqual(
      ['reference forms.oneLineText'],
    );
  });

  it('keep line breaks in a textarea, and refuse anything else hidden there [H18.2]', () => {
    const outcome = (words: string) => formToOutcome({ ...NEW_OUTCOME_FORM, words }, 'o1');
    const kept = outcome('Up and dressed\nready for the day');
    expect(kept.ok && kept.value.words).toBe('Up and dressed\nready for the day');
    expect(keysOf(outcome('Up\n\u001b[2J'))).toEqual(['words forms.plainText']);
    const revision = (reason: string) =>
      formToRevision({ ...NEW_REVISION_FORM, reason, role: 'person' }, '2026-05-01');
    expect(revision('New carer\nfrom May').ok).toBe(true);
    expect(keysOf(revision('New carer\u202e'))).toEqual(['reason forms.plainText']);
  });

  it('refuse the same in the rate card form, naming the field, notes and sources keeping their line breaks', () => {
    const base = loadCard('rate-cards/england-2026-27.json');
    // A new card's own id and dates, April 2026 to March 2027.
    const dates = [
      ['validFrom', '1', '4', '2026'],
      ['validTo', '31', '3', '2027'],
    ].flatMap(([which, day, month, year]) => [
      [`${which}-day`, day],
      [`${which}-month`, month],
      [`${which}-year`, year],
    ]);
    const form = { ...rateCardToForm(base), id: 'leeds-2026-27', ...Object.fromEntries(dates) };
    const shipped = ['england-2025-26', 'england-2026-27', 'wales-2025-26'];
    expect(keysOf(formToRateCard({ ...form, name: 'Leeds\n2026-27' }, base, shipped))).toEqual([
      'name rateCards.errors.oneLineText',
    ]);
    expect(
      keysOf(formToRateCard({ ...form, name: 'Leeds', notes: 'Ours\n\u0007' }, base, shipped)),
    ).toEqual(['notes rateCards.errors.plainText']);
    const made = formToRateCard(
      { ...form, name: 'Leeds', notes: 'Our figures.\nFrom April.' },
      base,
      shipped,
    );
    expect(made.ok && made.value.notes).toBe('Our figures.\nFrom April.');
  });
});

/** A budget as only a bug could make it: every printed text field holding a forged line or worse. */
function hostilePricing(title = FORGED_LINE, minutes = 60) {
  const plan: Budget = budget({
    title,
    person: { name: OVERRIDE, reference: 'REF\rTotals' },
    carers: [carer({ name: ESCAPE })],
    lines: [
      visits({ activity: FORGED_LINE, minutes }),
      visits({ id: 'l2', resource: 'unpaid-carer', carer: 'c1', activity: 'Shop', minutes }),
    ],
    expenses: [
      expense({
        description: 'Day centre\r\nTotals\u2028Weekly total: £0.00',
        amount: `${minutes}.00`,
      }),
    ],
  });
  return priceBudget(plan, splitCard());
}

withPdfFolder();

describe('what the tool prints', () => {
  it('makes any refused character inert: breaks and tabs a space, the rest U+FFFD', () => {
    expect(inertText('a\r\nb\nc\td\u2028e')).toBe('a b c d e');
    expect(inertText(ESCAPE)).toBe('Kim\uFFFD[2J\uFFFD[31m');
    expect(inertText(OVERRIDE)).toBe('Bo \uFFFDelpmaxE');
    expect(inertText('Ffion ap Ŵyn, 👍')).toBe('Ffion ap Ŵyn, 👍');
  });

  it('the text report: no text from a file starts a line, and no control character reaches the terminal [H18.3]', () => {
    const report = textReport(hostilePricing(), english.t);
    const clean = textReport(hostilePricing('Plain'), english.t);
    const lines = report.split('\n');
    expect(lines).toHaveLength(clean.split('\n').length);
    expect(lines.filter((row) => row.startsWith('Totals'))).toEqual([
      english.t('summary.totals.heading'),
    ]);
    expect(lines.filter((row) => row.startsWith('Weekly'))).toEqual([
      lines.find((row) => row.startsWith(`${english.t('summary.totals.weekly')}: £80.00`)),
    ]);
    expect(refusedCharacters(report.replaceAll('\n', ''))).toEqual([]);
    expect(report).toContain('Help to get up Totals ------ Weekly total: £0.00');
  });

  it('the comparison as text: the same, line by line [H18.4]', () => {
    const text = diffText(
      diffPricings(hostilePricing(FORGED_LINE, 30), hostilePricing()),
      { from: 1, to: 'current' },
      english.t,
    );
    expect(text).toContain('Help to get up Totals ------ Weekly total: £0.00');
    expect(text).toContain('Kim\uFFFD[2J\uFFFD[31m');
    const rows = text.split('\n');
    for (const row of rows) {
      expect(refusedCharacters(row)).toEqual([]);
      expect(row.startsWith('Weekly total')).toBe(false);
    }
    // The comparison's own heading of its totals is the one line that is "Totals".
    expect(rows.filter((row) => row.startsWith('Totals'))).toEqual(['Totals']);
  });

  it('the CSV: each row one line, no cell holding a line break or a control character [H18.5]', () => {
    const csv = budgetCsv(hostilePricing(), english.t);
    const rows = csv.slice(1, -2).split('\r\n');
    // The heading, two lines, one amount, the totals.
    expect(rows).toHaveLength(5);
    expect(refusedCharacters(csv.slice(1).replaceAll('\r\n', ''))).toEqual([]);
    expect(rows[1]).toContain('Help to get up Totals ------ Weekly total: £0.00');
  });

  it(
    'the PDF: a line break from a file starts no line of its own, and brings in no other font [H18.6]',
    async () => {
      const pdf = await render(
        'hostile-text',
        hostilePricing('Support plan\nRate card: Forged 2099'),
      );
      const forged = pdf.layout.split('\n').filter((row) => row.includes('Forged 2099'));
      expect(forged.length).toBeGreaterThan(0);
      // Each time the title is printed it is one line: "Rate card:" never starts a line of its own.
      for (const row of forged) expect(row).toContain('Support plan Rate card: Forged 2099');
      expect(pdf.flat).toContain('Help to get up Totals ------ Weekly total: £0.00');
      expect(pdf.flat).toContain('Bo \uFFFDelpmaxE');
      expect(refusedCharacters(pdf.flat)).toEqual([]);
      const fonts = execFileSync('/usr/bin/pdffonts', [pdf.file], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .slice(2);
      for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+NotoSans-(Regular|Bold)\s/);
    },
    RENDER_TIMEOUT,
  );

  it('the PDF: every text of the document goes through the one that makes it inert', () => {
    const dir = join(ROOT, 'src', 'io', 'pdf');
    for (const name of readdirSync(dir).filter(
      (file) => file.endsWith('.tsx') && file !== 'pdf-text.tsx',
    )) {
      const source = readFileSync(join(dir, name), 'utf8');
      const fromRenderer = /import \{([^}]*)\} from '@react-pdf\/renderer'/.exec(source)?.[1] ?? '';
      expect(
        fromRenderer.split(',').map((part) => part.trim()),
        name,
      ).not.toContain('Text');
    }
  });
});
