/**
 * The hostile and broken input corpus (tests/fixtures/hostile/) through the headless
 * pricing command (budget-model.md, "Headless pricing"): a bad file gets exit status 1,
 * nothing on standard output, and one readable `<field path>: <message>` line per problem
 * on standard error, never a stack trace, a crash or a changed prototype.
 *
 * Every file in the corpus is derived from one small valid budget (the `valid-` file
 * there is that budget with script and formula text as data) or from the shipped card
 * england-2025-26, with one defect each unless its name says otherwise.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { price, type Run } from '../helpers/run-price';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUDGETS = join(ROOT, 'tests', 'fixtures', 'hostile', 'budgets');
const CARDS = join(ROOT, 'tests', 'fixtures', 'hostile', 'rate-cards');
const EXAMPLE = join(ROOT, 'examples', 'example-ann.json');
const VALID_BUDGET = join(BUDGETS, 'valid-script-and-formula-activity.json');


/** A field path, then a message: `lines[2].minutes: must be a whole number from 1 to 1440`. */
const PROBLEM_LINE = /^[^:\n]+: .+$/;
/** What must never reach a person: stack frames, error class names, JavaScript leaking through. */
const STACK_FRAME = /^\s*at\s+\S/;
const SOURCE_LOCATION = /\.(?:ts|tsx|js|mjs|cjs):\d+/;
const LEAKS = ['Error:', 'undefined', 'NaN', '[object Object]'];
/** Characters a terminal acts on (escapes, bells) or does not show: messages are plain printable text. */
function controlOrInvisible(line: string): string[] {
  return [...line].filter((char) => {
    const code = char.codePointAt(0) ?? 0;
    return (
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      (code >= 0x200b && code <= 0x200f) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0xfeff
    );
  });
}

/** The checks every refused file must pass, whatever its defect; returns the stderr lines. */
function expectRefusedCleanly(run: Run): string[] {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  const lines = run.stderr.slice(0, -1).split('\n');
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    expect(line, 'each stderr line is "<field path>: <message>"').toMatch(PROBLEM_LINE);
    expect(line, 'no stack frame').not.toMatch(STACK_FRAME);
    expect(line, 'no source location').not.toMatch(SOURCE_LOCATION);
    for (const leak of LEAKS) expect(line, `no "${leak}"`).not.toContain(leak);
    expect(
      controlOrInvisible(line),
      `no control or invisible characters in ${JSON.stringify(line)}`,
    ).toEqual([]);
  }
  expect(new Set(lines).size, 'each problem is said once').toBe(lines.length);
  return lines;
}

/** A field path that must start a stderr line, and optionally words its message must contain. */
type Named = readonly [path: string, message?: string];

interface Expectation {
  /** The rule, as the test title. */
  readonly rule: string;
  readonly named: readonly Named[];
  /** Words no line may contain (a message that would mislead the reader). */
  readonly absent?: readonly string[];
  /** For a file that is not JSON: where the message says parsing stopped (the first bad character). */
  readonly located?: string;
}

/** One line per problem: a file with one defect gets one line, one with several a line for each. */
function expectOneLinePerProblem(lines: readonly string[], named: readonly Named[]): void {
  expect(lines, `one line per problem in:\n${lines.join('\n')}`).toHaveLength(named.length);
}

/** `file` in a Named path stands for the file given: whole-file problems name the file. */
function expectNamed(lines: readonly string[], named: readonly Named[], prefix: string, file: string): void {
  for (const [path, message] of named) {
    const start = path === 'file' ? `${file}: ` : `${prefix}${path}: `;
    const matching = lines.filter((line) => line.startsWith(start));
    expect(matching, `a line starting "${start}" in:\n${lines.join('\n')}`).not.toHaveLength(0);
    if (message !== undefined) {
      expect(
        matching.some((line) => line.includes(message)),
        `a "${start}" line saying "${message}" in:\n${lines.join('\n')}`,
      ).toBe(true);
    }
  }
}

const WHOLE_MINUTES = 'must be a whole number from 1 to 1440';
const MONEY = 'must be an amount of money written as text with two decimals';
const NOT_JSON = 'is not valid JSON';
const AN_ID = 'must be an id of 1 to 64 letters';

const HOSTILE_BUDGETS: Readonly<Record<string, Expectation>> = {
  // Wrong types
  'minutes-as-string.json': {
    rule: 'minutes written as a string are refused, naming the field',
    named: [['lines[0].minutes', WHOLE_MINUTES]],
  },
  'activity-as-number.json': {
    rule: 'an activity written as a number is refused',
    named: [['lines[0].activity', 'must be text of 1 to 200 characters']],
  },
  'workers-as-boolean.json': {
    rule: 'workers written as true are refused',
    named: [['lines[1].workers', 'must be a whole number from 1 to 4']],
  },
  'days-as-string.json': {
    rule: 'days written as one string are refused',
    named: [['lines[0].days', 'must list between 1 and 7 different days']],
  },
  'person-as-string.json': { rule: 'a person written as a string is refused', named: [['person']] },
  'person-null.json': { rule: 'a null person is refused', named: [['person']] },
  'lines-as-object.json': {
    rule: 'lines written as an object, not a list, are refused',
    named: [['lines', 'must be a list']],
  },
  'line-as-string.json': {
    rule: 'a line written as a string is refused, naming the line',
    named: [['lines[1]']],
  },
  'carer-flag-as-string.json': {
    rule: 'a yes/no flag written as "yes" is refused',
    named: [['carers[0].willingAndAble', 'must be true or false']],
  },
  // Out of range
  'minutes-negative.json': {
    rule: 'negative minutes are refused',
    named: [['lines[0].minutes', WHOLE_MINUTES]],
  },
  'minutes-zero.json': {
    rule: 'zero minutes are refused',
    named: [['lines[0].minutes', WHOLE_MINUTES]],
  },
  'minutes-fractional.json': {
    rule: 'fractional minutes are refused',
    named: [['lines[0].minutes', WHOLE_MINUTES]],
  },
  'minutes-1441.json': {
    rule: '1441 minutes, more than a day, are refused',
    named: [['lines[1].minutes', WHOLE_MINUTES]],
  },
  'minutes-huge-number.json': {
    rule: 'minutes of 1e308 are refused once, not once per broken limit',
    named: [['lines[0].minutes', WHOLE_MINUTES]],
  },
  'visits-per-day-0.json': {
    rule: 'zero visits a day are refused',
    named: [['lines[0].visitsPerDay', 'must be a whole number from 1 to 48']],
  },
  'visits-per-day-49.json': {
    rule: '49 visits a day are refused',
    named: [['lines[0].visitsPerDay', 'must be a whole number from 1 to 48']],
  },
  'workers-5.json': {
    rule: 'five workers on a visit are refused',
    named: [['lines[0].workers', 'must be a whole number from 1 to 4']],
  },
  'carer-age-negative.json': {
    rule: 'a negative carer age is refused',
    named: [['carers[0].age', 'must be a whole number from 0 to 120']],
  },
  'day-over-24-hours.json': {
    rule: 'minutes × visits a day over 1440 is refused, with the total',
    named: [['lines[1].visitsPerDay', '1560 minutes, more than the 1440 in a day']],
  },
  // Days
  'repeated-days.json': {
    rule: 'a day named twice on a line is refused',
    named: [['lines[0].days', 'must name each day at most once']],
  },
  'empty-days.json': {
    rule: 'a line on no days is refused',
    named: [['lines[1].days', 'must list between 1 and 7 different days']],
  },
  'unknown-day-monday.json': {
    rule: 'the day "monday" is refused, listing the day names',
    named: [['lines[1].days[0]', 'must be one of: mon, tue, wed, thu, fri, sat, sun']],
  },
  // Unknown values
  'unknown-resource.json': {
    rule: 'an unknown resource is refused, listing the resources',
    named: [
      [
        'lines[1].resource',
        'must be one of: registered-provider, personal-assistant, unpaid-carer, community',
      ],
    ],
  },
  'unknown-kind.json': {
    rule: 'an unknown line kind is refused at the kind',
    named: [['lines[1].kind', 'must be "visits" or "sleep-in"']],
  },
  'missing-kind.json': {
    rule: 'a line without a kind is refused at the kind',
    named: [['lines[1].kind', 'must be "visits" or "sleep-in"']],
  },
  'unknown-funding-route.json': {
    rule: 'an unknown funding route is refused, listing the routes',
    named: [['fundingRoute', 'must be one of: direct-payment, notional, third-party']],
  },
  'unknown-frequency.json': {
    rule: 'an unknown expense frequency is refused',
    named: [['expenses[0].frequency', 'must be one of: weekly, monthly, annual, one-off']],
  },
  // Carers, providers and the card
  'unpaid-carer-without-carer.json': {
    rule: 'an unpaid-carer line without a carer is refused',
    named: [['lines[2].carer', 'is required on an unpaid-carer line']],
  },
  'carer-not-in-list.json': {
    rule: 'a line naming a carer not in the list is refused, naming the carer',
    named: [['lines[2].carer', 'names carer "alex", who is not in the list of carers']],
  },
  'carer-on-provider-line.json': {
    rule: 'a carer on a provider line is refused',
    named: [['lines[0].carer', 'is only for unpaid-carer lines']],
  },
  'provider-on-pa-line.json': {
    rule: 'a provider on a personal assistant line is refused',
    named: [['lines[1].provider', 'is only for registered-provider lines']],
  },
  'provider-not-on-card.json': {
    rule: 'a provider not on the rate card is refused, naming the card',
    named: [
      [
        'lines[0].provider',
        'names provider "acme-care", which is not on rate card england-2025-26',
      ],
    ],
  },
  'domain-not-on-card.json': {
    rule: 'a line domain not on the rate card is refused',
    named: [
      ['lines[1].domain', 'is "gardening", which is not a domain of rate card england-2025-26'],
    ],
  },
  'expense-domain-not-on-card.json': {
    rule: 'an expense domain not on the rate card is refused',
    named: [
      ['expenses[0].domain', 'is "holidays", which is not a domain of rate card england-2025-26'],
    ],
  },
  'unpaid-carer-two-workers.json': {
    rule: 'two workers on an unpaid-carer line are refused',
    named: [['lines[2].workers', 'must be 1 on an unpaid-carer line']],
  },
  'carer-over-168-hours.json': {
    rule: 'a carer over 168 hours a week is refused, with the hours',
    named: [
      ['carers[0]', 'gives this carer 169.00 hours a week, more than the 168 hours in a week'],
    ],
  },
  'rate-card-not-shipped.json': {
    rule: 'a budget naming a card that is not shipped is refused, listing the shipped cards',
    named: [
      [
        'rateCard',
        'names rate card "narnia-2025-26", which is not a shipped card (england-2025-26',
      ],
    ],
  },
  // Money
  'money-as-number.json': {
    rule: 'money written as a JSON number is refused, naming the field',
    named: [['expenses[0].amount', MONEY]],
  },
  'money-one-decimal.json': {
    rule: 'money with one decimal is refused',
    named: [['expenses[0].amount', MONEY]],
  },
  'money-three-decimals.json': {
    rule: 'money with three decimals is refused',
    named: [['expenses[0].amount', MONEY]],
  },
  'money-pound-sign.json': {
    rule: 'money with a £ sign is refused',
    named: [['expenses[0].amount', 'no £ sign']],
  },
  'money-negative.json': {
    rule: 'negative money is refused',
    named: [['expenses[0].amount', MONEY]],
  },
  'money-exponent.json': {
    rule: 'money written as 1e9 is refused',
    named: [['expenses[0].amount', MONEY]],
  },
  'money-nan.json': {
    rule: 'money written as "NaN" is refused',
    named: [['expenses[0].amount', MONEY]],
  },
  'money-thousands-comma.json': {
    rule: 'money with a thousands comma is refused',
    named: [['expenses[0].amount', MONEY]],
  },
  'indicative-annual-as-number.json': {
    rule: 'an indicative sum written as a JSON number is refused',
    named: [['indicativeAnnual', MONEY]],
  },
  // Ids
  'duplicate-line-ids.json': {
    rule: 'two lines with one id are refused, naming the first',
    named: [['lines[3].id', 'repeats the id "morning" of item 0']],
  },
  'duplicate-carer-ids.json': {
    rule: 'two carers with one id are refused',
    named: [['carers[1].id', 'repeats the id "kim" of item 0']],
  },
  'script-in-id.json': {
    rule: 'a script tag as a line id is refused by the id pattern',
    named: [['lines[0].id', AN_ID]],
  },
  'formula-in-id.json': {
    rule: 'a spreadsheet formula as the budget id is refused by the id pattern',
    named: [['id', AN_ID]],
  },
  'formula-in-expense-id.json': {
    rule: 'a DDE payload as an expense id is refused by the id pattern',
    named: [['expenses[0].id', AN_ID]],
  },
  // Fields
  'unknown-extra-field.json': {
    rule: 'an unknown field on a line is refused, naming it',
    named: [['lines[0].colour', 'is not a field this part of the file can have']],
  },
  'unknown-top-level-field.json': {
    rule: 'an unknown top-level field is refused, naming it',
    named: [['budgetTotal', 'is not a field this part of the file can have']],
  },
  'minutes-on-sleep-in.json': {
    rule: 'minutes on a sleep-in line are refused',
    named: [['lines[3].minutes']],
  },
  'missing-lines.json': {
    rule: 'a budget without lines is refused',
    named: [['lines', 'is required']],
  },
  'missing-person.json': {
    rule: 'a budget without a person is refused',
    named: [['person', 'is required']],
  },
  'missing-id.json': { rule: 'a budget without an id is refused', named: [['id', 'is required']] },
  'missing-minutes.json': {
    rule: 'a visits line without minutes is refused',
    named: [['lines[1].minutes', 'is required']],
  },
  'activity-blank.json': {
    rule: 'an activity of only spaces is refused',
    named: [['lines[0].activity', 'must be text of 1 to 200 characters']],
  },
  'activity-too-long.json': {
    rule: 'an activity over 200 characters is refused',
    named: [['lines[0].activity', 'must be text of 1 to 200 characters']],
  },
  // Format and version
  'wrong-format.json': {
    rule: 'a wrong format string is refused',
    named: [['format', 'must be "support-budget"']],
  },
  'newer-version-99.json': {
    rule: 'a newer version is refused with a clear message',
    named: [['version', 'made by a newer version of this tool']],
  },
  'version-0.json': {
    rule: 'version 0 is refused',
    named: [['version', 'must be a whole number from 1']],
  },
  'version-as-string.json': {
    rule: 'version written as the string "1" is refused',
    named: [['version', 'must be a whole number from 1']],
  },
  'version-missing.json': { rule: 'a budget without a version is refused', named: [['version']] },
  // Several defects
  'several-field-defects.json': {
    rule: 'every field problem in a file is named, not just the first',
    named: [['fundingRoute'], ['lines[0].minutes', WHOLE_MINUTES], ['expenses[0].amount', MONEY]],
  },
  'several-rule-defects.json': {
    rule: 'every cross-field problem in a file is named, not just the first',
    named: [
      ['lines[3].id', 'repeats the id'],
      ['lines[1].provider', 'only for registered-provider'],
      ['lines[2].carer', 'is required'],
    ],
  },
  // Not a budget at all
  'truncated.json': {
    rule: 'a file cut short is refused as not valid JSON',
    named: [['file', NOT_JSON]],
  },
  'empty.json': { rule: 'an empty file is refused as not valid JSON', named: [['file', NOT_JSON]] },
  'whitespace-only.json': {
    rule: 'a file of only whitespace is refused as not valid JSON',
    named: [['file', NOT_JSON]],
  },
  'trailing-comma.json': {
    rule: 'a trailing comma is refused as not valid JSON, in one line, at the bracket after it',
    named: [['file', NOT_JSON]],
    located: 'line 21, column 3',
  },
  'top-level-array.json': {
    rule: 'a JSON array at top level is refused',
    named: [['file', 'must be a JSON object']],
  },
  'top-level-null.json': {
    rule: 'null at top level is refused',
    named: [['file', 'must be a JSON object']],
  },
  'top-level-number.json': {
    rule: 'a number at top level is refused',
    named: [['file', 'must be a JSON object']],
  },
  'top-level-string.json': {
    rule: 'a string at top level is refused',
    named: [['file', 'must be a JSON object']],
  },
  'plain-sentence.txt': {
    rule: 'a sentence of text is refused as not valid JSON, at its first letter',
    named: [['file', NOT_JSON]],
    located: 'line 1, column 1',
  },
  'email-text.txt': {
    rule: 'text of several lines is refused in one message line, not echoed line by line, at its first letter',
    named: [['file', NOT_JSON]],
    located: 'line 1, column 1',
  },
  'terminal-escape.txt': {
    rule: 'terminal escape sequences in a file are never echoed to the terminal, and are located at the first one',
    named: [['file', NOT_JSON]],
    located: 'line 1, column 1',
  },
  'csv-instead-of-json.txt': {
    rule: 'a CSV file given as a budget is refused without invisible characters in the message, at its start',
    named: [['file', NOT_JSON]],
    located: 'line 1, column 1',
  },
  // Hostile structure
  'proto-key-in-line.json': {
    rule: 'a __proto__ key inside a line is refused',
    named: [['file', 'contains a field named "__proto__"']],
  },
  'proto-key-top-level.json': {
    rule: 'a __proto__ key at top level is refused',
    named: [['file', 'contains a field named "__proto__"']],
  },
  'constructor-key.json': {
    rule: 'a constructor key is refused, and the prototype key inside it',
    named: [
      ['file', 'contains a field named "constructor"'],
      ['file', 'contains a field named "prototype"'],
    ],
  },
  'prototype-key.json': {
    rule: 'a prototype key is refused',
    named: [['file', 'contains a field named "prototype"']],
  },
  'deep-nesting.json': {
    rule: '10,000 nested arrays as a field value are refused before parsing',
    named: [['file', 'nests more than 16 levels deep']],
  },
  'brackets-in-string.json': {
    rule: 'brackets inside a string are text, not nesting',
    named: [['notes', 'is not a field this part of the file can have']],
  },
};

/** Files in the budgets folder that are valid on purpose. */
const VALID_BUDGETS = ['valid-script-and-formula-activity.json'];

const PROTOTYPE_FILES = [
  'proto-key-in-line.json',
  'proto-key-top-level.json',
  'constructor-key.json',
  'prototype-key.json',
];

const HOSTILE_CARDS: Readonly<Record<string, Expectation>> = {
  'unsourced-figure.json': {
    rule: 'a rate card figure without a source is refused, naming the figure',
    named: [['sources', 'has no entry for settings[residential].weeklyFee']],
  },
  'source-names-nothing.json': {
    rule: 'a source naming no figure of the card is refused',
    named: [
      [
        'sources[23].figure',
        'names "registeredProvider.standard.evening", which is not a figure of this card',
      ],
    ],
  },
  'missing-core-domain.json': {
    rule: 'a rate card without a core domain is refused, naming the domain',
    named: [['domains', 'must include the domain "education"']],
  },
  'valid-to-before-from.json': {
    rule: 'a rate card valid to a date before it is valid from is refused',
    named: [['validTo', 'must not be before validFrom']],
  },
  'impossible-date.json': {
    rule: 'a rate card valid to 30 February is refused, not read as 2 March',
    named: [['validTo', 'must be a date written as YYYY-MM-DD']],
  },
  'money-as-number.json': {
    rule: 'a rate written as a JSON number is refused, naming the figure',
    named: [['registeredProvider.standard.day.weekday', MONEY]],
  },
  'negative-rate.json': {
    rule: 'a negative rate is refused',
    named: [['personalAssistant.pay.day.weekday', MONEY]],
  },
  'percent-over-100.json': {
    rule: 'an on-cost over 100 percent is refused',
    named: [['personalAssistant.onCosts[0].percent', 'from 0 to 100']],
  },
  'duplicate-provider-id.json': {
    rule: 'two providers with one id are refused, and the source left naming the renamed one',
    named: [
      ['registeredProvider.providers[1].id', 'repeats the id "example-homecare" of item 0'],
      ['sources[5].figure', 'names "registeredProvider.providers[example-care-partners].rates"'],
    ],
  },
  'thresholds-out-of-order.json': {
    rule: 'carer thresholds out of order are refused',
    named: [['carerPolicy.veryHighHours', 'must not be lower than highHours']],
  },
  'weeks-per-year-60.json': {
    rule: '60 weeks a year is refused',
    named: [['weeksPerYear', 'from 52 to 53']],
  },
  'weeks-per-year-as-number.json': {
    rule: 'weeks a year written as a JSON number is refused',
    named: [['weeksPerYear', 'must be a number written as text']],
  },
  'newer-version.json': {
    rule: 'a rate card of a newer version is refused with a clear message',
    named: [['version', 'made by a newer version of this tool']],
  },
  'wrong-format.json': {
    rule: 'a budget given as a rate card is refused by its format',
    named: [['format', 'must be "support-rate-card"']],
  },
  'unknown-extra-field.json': {
    rule: 'an unknown rate card field is refused, naming it',
    named: [['vatPercent', 'is not a field this part of the file can have']],
  },
  'missing-sleep-in.json': {
    rule: 'a rate card without a sleep-in rate is refused',
    named: [['registeredProvider.standard.sleepIn', 'is required']],
  },
  'nights-per-week-as-string.json': {
    rule: 'a count written as a string is refused',
    named: [['carerPolicy.nightsPerWeek', 'must be a whole number from 1 to 7']],
  },
  'proto-key.json': {
    rule: 'a __proto__ key in a rate card is refused',
    named: [['file', 'contains a field named "__proto__"']],
  },
  'constructor-key.json': {
    rule: 'a constructor key in a rate card is refused, and the prototype key inside it',
    named: [
      ['file', 'contains a field named "constructor"'],
      ['file', 'contains a field named "prototype"'],
    ],
  },
  'truncated.json': {
    rule: 'a rate card cut short is refused as not valid JSON, and not called a budget file',
    named: [['file', NOT_JSON]],
    absent: ['budget file'],
  },
  'top-level-array.json': {
    rule: 'a rate card that is a JSON array is refused',
    named: [['file', 'must be a JSON object']],
  },
};

const CARD_PROTOTYPE_FILES = ['proto-key.json', 'constructor-key.json'];

/** What Object.prototype looks like before any hostile file is read. */
function prototypeSnapshot(): string[] {
  return Reflect.ownKeys(Object.prototype).map((key) => {
    const descriptor = Object.getOwnPropertyDescriptor(Object.prototype, key);
    return `${String(key)}:${typeof descriptor?.value}:${String(descriptor?.enumerable)}`;
  });
}
const PROTOTYPE_BEFORE = prototypeSnapshot();

function expectPrototypesUntouched(): void {
  const empty: Record<string, unknown> = {};
  expect(empty['polluted']).toBeUndefined();
  expect(empty['isAdmin']).toBeUndefined();
  expect(empty['prototype']).toBeUndefined();
  expect(({} as object).constructor).toBe(Object);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect(prototypeSnapshot()).toEqual(PROTOTYPE_BEFORE);
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect((Object as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
}

describe('hostile budget files', () => {
  it('the corpus holds at least 40 hostile budgets, every one with an expectation', () => {
    const files = readdirSync(BUDGETS).sort();
    const hostile = files.filter((name) => !VALID_BUDGETS.includes(name));
    expect(hostile.length).toBeGreaterThanOrEqual(40);
    expect(hostile).toEqual(Object.keys(HOSTILE_BUDGETS).sort());
    for (const name of VALID_BUDGETS) expect(files).toContain(name);
  });

  it('the valid budget the corpus is derived from prices, so each file fails only for its defect', async () => {
    const run = await price([VALID_BUDGET]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  describe.each(Object.entries(HOSTILE_BUDGETS))('%s', (name, expectation) => {
    it(expectation.rule, async () => {
      const lines = expectRefusedCleanly(await price([join(BUDGETS, name)]));
      expectNamed(lines, expectation.named, '', join(BUDGETS, name));
      expectOneLinePerProblem(lines, expectation.named);
      for (const words of expectation.absent ?? []) {
        for (const line of lines) expect(line).not.toContain(words);
      }
      if (expectation.located !== undefined) expect(lines[0]).toContain(expectation.located);
    });
  });

  it('no __proto__, constructor or prototype key changes Object.prototype', async () => {
    for (const name of PROTOTYPE_FILES) {
      expect((await price([join(BUDGETS, name)])).code).toBe(1);
      expectPrototypesUntouched();
    }
  });
});

describe('hostile budgets generated at test time', () => {
  let dir = '';
  const base = (): Record<string, unknown> & { lines: Record<string, unknown>[] } =>
    JSON.parse(readFileSync(VALID_BUDGET, 'utf8')) as Record<string, unknown> & {
      lines: Record<string, unknown>[];
    };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hostile-budgets-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function write(name: string, text: string): string {
    const path = join(dir, name);
    writeFileSync(path, text, 'utf8');
    return path;
  }

  it('a file over 5 MB is refused by its size, before it is read', async () => {
    const budget = base();
    const path = write('huge.json', JSON.stringify({ ...budget, title: 'x'.repeat(5_100_000) }));
    const lines = expectRefusedCleanly(await price([path]));
    expectNamed(lines, [['file', 'larger than the 5.0 MB this tool opens']], '', path);
  });

  it('a file over 5 MB of padding around a valid budget is refused too', async () => {
    const path = write('padded.json', `${JSON.stringify(base())}${' '.repeat(5_000_001)}`);
    expectNamed(expectRefusedCleanly(await price([path])), [['file', 'larger than the 5.0 MB']], '', path);
  });

  it('3,000 lines, over the 2,000 a budget may have, are refused in one message', async () => {
    const budget = base();
    const line = budget.lines[1] as Record<string, unknown>;
    budget.lines = Array.from({ length: 3000 }, (_, index) => ({ ...line, id: `l${index}` }));
    const path = write('3000-lines.json', JSON.stringify(budget));
    const lines = expectRefusedCleanly(await price([path]));
    expectNamed(lines, [['lines', 'must be a list of 0 to 2000 items']], '', path);
    expect(lines).toHaveLength(1);
  });

  it('3,000 broken lines get one message about the list, not thousands', async () => {
    const budget = { ...base(), lines: Array.from({ length: 3000 }, () => ({})) };
    const lines = expectRefusedCleanly(
      await price([write('3000-broken-lines.json', JSON.stringify(budget))]),
    );
    expect(lines).toEqual(['lines: must be a list of 0 to 2000 items']);
  });

  it('100,000 days on one line are refused as a list, not one message per day', async () => {
    const budget = base();
    budget.lines[1] = { ...budget.lines[1], days: Array.from({ length: 100_000 }, () => 'funday') };
    const lines = expectRefusedCleanly(await price([write('100k-days.json', JSON.stringify(budget))]));
    expect(lines).toEqual([
      'lines[1].days: must list between 1 and 7 different days, from: mon, tue, wed, thu, fri, sat, sun',
    ]);
  });

  it('2,000 lines, the limit itself, are priced', async () => {
    const budget = base();
    const line = budget.lines[1] as Record<string, unknown>;
    budget.lines = Array.from({ length: 2000 }, (_, index) => ({ ...line, id: `l${index}` }));
    const run = await price([write('2000-lines.json', JSON.stringify(budget))]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { lines: unknown[] }).lines).toHaveLength(2000);
  });

  it('a rate card over 2 MB is refused by its size, naming the card', async () => {
    const card = JSON.parse(
      readFileSync(join(ROOT, 'rate-cards', 'england-2025-26.json'), 'utf8'),
    ) as Record<string, unknown>;
    const path = write('huge-card.json', JSON.stringify({ ...card, notes: 'x'.repeat(2_100_000) }));
    const lines = expectRefusedCleanly(await price([EXAMPLE, '--rate-card', path]));
    expectNamed(lines, [['file', 'larger than the 2.0 MB this tool opens']], `${path} `, path);
  });
});

describe('hostile rate cards, given with --rate-card beside the valid example budget', () => {
  it('the corpus holds at least 12 hostile rate cards, every one with an expectation', () => {
    const files = readdirSync(CARDS).sort();
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(files).toEqual(Object.keys(HOSTILE_CARDS).sort());
  });

  it('the card the corpus is derived from prices the example, so each card fails only for its defect', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostile-card-base-'));
    try {
      const card = JSON.parse(
        readFileSync(join(ROOT, 'rate-cards', 'england-2025-26.json'), 'utf8'),
      ) as Record<string, unknown>;
      delete card['notes'];
      card['id'] = 'hostile-card-base';
      const path = join(dir, 'base.json');
      writeFileSync(path, JSON.stringify(card, null, 2));
      const run = await price([EXAMPLE, '--rate-card', path]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe.each(Object.entries(HOSTILE_CARDS))('%s', (name, expectation) => {
    it(expectation.rule, async () => {
      const path = join(CARDS, name);
      const lines = expectRefusedCleanly(await price([EXAMPLE, '--rate-card', path]));
      // Rate-card problems are prefixed with the card reference, so they are not taken for the budget's.
      for (const line of lines) expect(line.startsWith(path)).toBe(true);
      expectNamed(lines, expectation.named, `${path} `, path);
      expectOneLinePerProblem(lines, expectation.named);
      for (const words of expectation.absent ?? []) {
        for (const line of lines) expect(line).not.toContain(words);
      }
    });
  });

  it('no __proto__ or constructor key in a rate card changes Object.prototype', async () => {
    for (const name of CARD_PROTOTYPE_FILES) {
      expect((await price([EXAMPLE, '--rate-card', join(CARDS, name)])).code).toBe(1);
      expectPrototypesUntouched();
    }
  });
});
