/**
 * "Building the example plan" (docs/templates.md): the example's 19 needs added in
 * Chromium to the example with no needs, once by hand and once starting each from a
 * typical need, counting every key pressed and every click the journey makes. Both end
 * on the summary, whose weekly total must be the example's, so neither journey skips a
 * field. A choice from a drop-down list counts two clicks (open, choose); replacing a
 * box's text counts one click (selecting it) and the keys typed. From templates, the
 * person types a word to search an area with more than six typical needs (personal care
 * has twelve) and reads a shorter list through, clicking the one they want.
 *
 * Run alone on a built app: `npx vite build && npx tsx scripts/bench/templates-journey.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { DAYS, type Day } from '../../src/domain/days';
import { formatMoney } from '../../src/domain/format';
import { toMoneyText } from '../../src/domain/money';
import { priceOnCard } from '../../src/domain/pricing/price-budget';
import { readBudget, readNeedTemplates, readRateCard } from '../../src/domain/read';
import type { Budget, NeedLine } from '../../src/domain/schema/budget';
import { NEW_LINE_FORM, type LineForm } from '../../src/domain/forms/line-form';
import { templateToForm } from '../../src/domain/forms/template-form';
import { freshPage, launchChromium } from './browser';
import { openBudget } from './open-budget';
import { atMost, type Figure } from './figure';

const ROOT = join(import.meta.dirname, '..', '..');
const json = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

/** A word a coordinator would type to find each of the example's needs. */
const SEARCH: Readonly<Record<string, { template: string; word: string }>> = {
  morning: { template: 'morning-personal-care', word: 'morning' },
  'after-hospital': { template: 'after-hospital', word: 'hospital' },
  shower: { template: 'shower-two-workers', word: 'hoist' },
  'shower-single': { template: 'shower-one-worker', word: 'one worker' },
  lunch: { template: 'lunch-medication', word: 'lunch' },
  bedtime: { template: 'bedtime', word: 'bed' },
  'weekend-lunch': { template: 'weekend-lunch', word: 'weekend' },
  overnight: { template: 'weekend-sleep-in', word: 'sleep' },
  cleaning: { template: 'cleaning-laundry', word: 'clean' },
  shopping: { template: 'food-shopping', word: 'shop' },
  paperwork: { template: 'post-bills', word: 'bills' },
  swimming: { template: 'swimming', word: 'swim' },
  'lunch-club': { template: 'lunch-club', word: 'club' },
  church: { template: 'worship', word: 'sunday' },
  college: { template: 'evening-class', word: 'class' },
  library: { template: 'library-group', word: 'library' },
  'phone-check': { template: 'evening-check', word: 'phone' },
  respite: { template: 'respite-fortnight', word: 'respite' },
  sitting: { template: 'sitting-fortnightly', word: 'other' },
};

/** How many typical needs a person reads through rather than search: an area with more is searched. */
const SHORT_LIST = 6;

interface Count {
  keys: number;
  clicks: number;
}

/** The person's hands: every action goes through here and is counted. */
class Hands {
  readonly count: Count = { keys: 0, clicks: 0 };
  constructor(readonly page: Page) {}
  async click(target: Locator) {
    this.count.clicks++;
    await target.click();
  }
  async type(target: Locator, text: string) {
    this.count.keys += text.length;
    await target.pressSequentially(text);
  }
  /** Select what is in the box (one click) and type over it. */
  async replace(target: Locator, text: string) {
    this.count.clicks++;
    await target.selectText();
    this.count.keys += text.length;
    await target.pressSequentially(text);
  }
  async choose(target: Locator, label: string) {
    this.count.clicks += 2;
    await target.selectOption({ label });
  }
}

const WEEKDAYS: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const DAY_NAMES: Readonly<Record<Day, string>> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};
const same = (a: readonly Day[], b: readonly Day[]) =>
  a.length === b.length && a.every((day) => b.includes(day));

const RESOURCE_LABELS: Readonly<Record<NeedLine['resource'], string>> = {
  'registered-provider': 'A registered provider',
  'personal-assistant': 'A personal assistant',
  'unpaid-carer': 'An unpaid carer',
  community: 'Community support',
};

/** Answers each question whose answer differs from what the form shows, then saves. */
async function answer(
  hands: Hands,
  line: NeedLine,
  shown: LineForm,
  budget: Budget,
): Promise<void> {
  const { page } = hands;
  const label = (text: string) => page.getByLabel(text, { exact: true });
  const box = (text: string, value: string, current: string) =>
    current === '' ? hands.type(label(text), value) : hands.replace(label(text), value);
  if (shown.activity !== line.activity)
    await box('What is the support?', line.activity, shown.activity);
  if (shown.kind !== line.kind)
    await hands.click(page.getByLabel(line.kind === 'sleep-in' ? 'A sleep-in' : /^Visits/));
  if (shown.resource !== line.resource)
    await hands.click(page.getByLabel(RESOURCE_LABELS[line.resource], { exact: true }));
  if (line.resource === 'registered-provider') {
    const name =
      budget.rateCard === 'england-2025-26' && line.provider !== undefined
        ? 'Example Homecare Ltd'
        : null;
    const select = label('Which provider?');
    const options = await select.locator('option').allTextContents();
    const wanted =
      name === null
        ? options.find((text) => text.startsWith('No particular provider'))
        : options.find((text) => text.startsWith(name));
    if ((await select.inputValue()) !== (line.provider ?? ''))
      await hands.choose(select, wanted ?? '');
  }
  if (line.carer !== undefined) await hands.choose(label('Which unpaid carer?'), 'Sam Example');
  if (line.assistant !== undefined)
    await hands.choose(label('Which personal assistant works this need? (optional)'), 'Jo Example');
  if (line.kind === 'visits') {
    if (shown.minutes !== String(line.minutes))
      await box('How long is each visit, in minutes?', String(line.minutes), shown.minutes);
    if (shown.visitsPerDay !== String(line.visitsPerDay))
      await hands.replace(label('How many visits a day?'), String(line.visitsPerDay));
  }
  if (shown.workers !== String(line.workers))
    await hands.replace(label('How many workers at once?'), String(line.workers));
  if (!same(shown.days, line.days)) {
    // The shortest way to the days: a shortcut, then the boxes that differ from it.
    const start: readonly Day[] =
      line.days.length === 7
        ? DAYS
        : WEEKDAYS.every((day) => line.days.includes(day))
          ? WEEKDAYS
          : shown.days;
    if (start === DAYS)
      await hands.click(page.getByRole('button', { name: 'Every day', exact: true }));
    else if (start === WEEKDAYS && !same(shown.days, WEEKDAYS))
      await hands.click(page.getByRole('button', { name: 'Weekdays', exact: true }));
    for (const day of DAYS) {
      if (start.includes(day) !== line.days.includes(day))
        await hands.click(page.getByLabel(DAY_NAMES[day], { exact: true }));
    }
  }
  const everyWeeks = String(line.frequency?.everyWeeks ?? '');
  const weeksAYear = String(line.frequency?.weeksAYear ?? '');
  if (everyWeeks !== shown.everyWeeks && everyWeeks !== '') {
    await hands.click(page.getByLabel('One week in every few weeks'));
    await hands.type(label('How many weeks apart?'), everyWeeks);
  }
  if (weeksAYear !== shown.weeksAYear && weeksAYear !== '') {
    await hands.click(page.getByLabel('A number of weeks a year'));
    await hands.type(label('How many weeks a year?'), weeksAYear);
  }
  for (const [field, legend] of [
    ['from', 'First day of this support (optional)'],
    ['until', 'Last day of this support (optional)'],
  ] as const) {
    const date = line[field];
    if (date === undefined) continue;
    const [year, month, day] = date.split('-') as [string, string, string];
    const group = page.getByRole('group', { name: legend });
    await hands.type(group.getByLabel('Day', { exact: true }), String(Number(day)));
    await hands.type(group.getByLabel('Month', { exact: true }), String(Number(month)));
    await hands.type(group.getByLabel('Year', { exact: true }), year);
  }
  await hands.click(page.getByRole('button', { name: 'Save this need' }));
  await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Add a need' }).waitFor();
}

async function openWithoutNeeds(page: Page, appUrl: string, example: Budget): Promise<string> {
  const empty: Budget = {
    ...example,
    lines: [],
    // The hoist's effect names needs that are not there yet: it is the needs being timed here.
    expenses: example.expenses.map(({ effect: _effect, ...expense }) => expense),
    progress: {},
  };
  return openBudget(page, appUrl, empty);
}

async function journey(
  browser: Browser,
  appUrl: string,
  fromTemplates: boolean,
): Promise<{ count: Count; weekly: string }> {
  const example = readBudget(json('examples/example-ann.json'));
  const library = readNeedTemplates(json('rate-cards/templates/typical-needs.json'));
  if (!example.ok || !library.ok) throw new Error('the example or the library does not read');
  const { context, page } = await freshPage(browser);
  try {
    const budgetUrl = await openWithoutNeeds(page, appUrl, example.value);
    const hands = new Hands(page);
    for (const line of example.value.lines) {
      // From the area's page, "Add a need": the same click in both journeys.
      await page.goto(`${budgetUrl}/domains/${line.domain}`);
      await hands.click(page.getByText('Add a need', { exact: true }));
      await page.getByLabel('What is the support?').waitFor();
      let shown = NEW_LINE_FORM;
      if (fromTemplates) {
        const wanted = SEARCH[line.id];
        const template = library.value.templates.find((each) => each.id === wanted?.template);
        if (wanted === undefined || template === undefined)
          throw new Error(`no template for ${line.id}`);
        // A short list is read and clicked; a long one is searched first.
        const offered = library.value.templates.filter(
          (each) => each.domain === line.domain,
        ).length;
        if (offered > SHORT_LIST)
          await hands.type(page.getByLabel('Search the typical needs (optional)'), wanted.word);
        await hands.click(page.getByRole('button', { name: template.name.en, exact: true }));
        shown = { ...NEW_LINE_FORM, ...templateToForm(template, 'en') };
      }
      await answer(hands, line, shown, example.value);
    }
    await page.goto(`${budgetUrl}/summary`);
    const row = page.locator('.nhsuk-summary-list__row', { hasText: 'Weekly total' }).first();
    const weekly = ((await row.locator('.nhsuk-summary-list__value').textContent()) ?? '').trim();
    return { count: hands.count, weekly };
  } finally {
    await context.close();
  }
}

export async function measureTemplateJourney(browser: Browser, appUrl: string): Promise<Figure[]> {
  const example = readBudget(json('examples/example-ann.json'));
  const card = readRateCard(json('rate-cards/england-2025-26.json'));
  if (!example.ok || !card.ok) throw new Error('the example does not read');
  const priced = priceOnCard(example.value, card.value);
  if (!priced.ok) throw new Error('the example does not price');
  const expected = formatMoney(toMoneyText(priced.value.totals.weekly), 'en-GB');
  const byHand = await journey(browser, appUrl, false);
  const templated = await journey(browser, appUrl, true);
  for (const [name, made] of [
    ['by hand', byHand],
    ['from templates', templated],
  ] as const) {
    if (made.weekly !== expected)
      throw new Error(`the example built ${name} costs ${made.weekly} a week, not ${expected}`);
  }
  const actions = (count: Count) => count.keys + count.clicks;
  const ratio = actions(templated.count) / actions(byHand.count);
  const label = 'Building the example plan (19 needs)';
  return [
    {
      id: 'example-by-hand-keys',
      label: `${label} by hand, keys pressed`,
      unit: 'keys',
      value: byHand.count.keys,
    },
    {
      id: 'example-by-hand-clicks',
      label: `${label} by hand, clicks`,
      unit: 'clicks',
      value: byHand.count.clicks,
    },
    {
      id: 'example-templates-keys',
      label: `${label} from templates, keys pressed`,
      unit: 'keys',
      value: templated.count.keys,
    },
    {
      id: 'example-templates-clicks',
      label: `${label} from templates, clicks`,
      unit: 'clicks',
      value: templated.count.clicks,
    },
    {
      id: 'example-templates-ratio',
      label: `${label}: keys and clicks from templates ÷ by hand`,
      unit: '×',
      value: Number(ratio.toFixed(3)),
      goal: atMost(0.5),
    },
  ];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { serve } = await import('./builds');
  const app = await serve(join(ROOT, 'dist'));
  const browser = await launchChromium();
  try {
    for (const figure of await measureTemplateJourney(browser, app.url))
      console.log(`${figure.label}: ${figure.value}`);
  } finally {
    await browser.close();
    await app.close();
  }
}
