import { screen, within } from '@testing-library/react';
import userEventBase, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readRateCard } from '../../../src/domain/read';
import { sourcesOf } from '../../../src/domain/schema/rate-card-sources';
import { useAppStore } from '../../../src/state/store';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

// The form is long: checking pointer-events up every ancestor on each click is what makes
// jsdom slow here, and the form has no overlays that could hide a field.
const userEvent = userEventBase.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

const deviceCards = () => useAppStore.getState().rateCards;
const STANDARD = 'Standard provider rates';

function openForm(from = 'england-2026-27') {
  window.location.hash = `#/rate-cards/${from}/make`;
  renderWithI18n(<Pages />);
}

/**
 * The field a label names, found as getByLabelText finds a label's field (the label's whole
 * text, then its control) but in milliseconds, not half a second: on this form of some 80
 * fields, getByLabelText asks jsdom for every element's labels, and jsdom walks the whole
 * document for each. Under a loaded machine that made single tests pass 30 s.
 */
function fieldLabelled(text: string | RegExp): HTMLInputElement | HTMLTextAreaElement {
  const named = Array.from(document.querySelectorAll('label')).filter((label) => {
    const words = (label.textContent ?? '').replace(/\s+/g, ' ').trim();
    return typeof text === 'string' ? words === text : text.test(words);
  });
  if (named.length !== 1) throw new Error(`${named.length} labels read "${String(text)}"`);
  const field = named[0]?.control;
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement))
    throw new Error(`the label "${String(text)}" names no field`);
  return field;
}

/** Replaces a field's text as a person would by pasting: the form is long, and typing is slow in jsdom. */
async function fill(label: string | RegExp, text: string) {
  const field = fieldLabelled(label);
  if (text === '') {
    await userEvent.clear(field);
    return;
  }
  // Selecting what is there and pasting over it changes the field once, as a person does.
  await (field.value === '' ? userEvent.click(field) : userEvent.tripleClick(field));
  await userEvent.paste(text);
}

async function fillDate(legend: string, day: string, month: string, year: string) {
  // Found by its legend's text: a role query walks the whole (long) form's accessibility tree.
  const group = within(
    screen.getByText(legend, { selector: 'legend' }).closest('fieldset') as HTMLElement,
  );
  for (const [label, text] of [
    ['Day', day],
    ['Month', month],
    ['Year', year],
  ] as const) {
    await userEvent.click(group.getByLabelText(label));
    await userEvent.paste(text);
  }
}

async function fillDetails() {
  await fill('Id', 'leeds-2026-27');
  await fill('Name', 'Leeds City Council 2026-27');
  await fill('Area', 'Leeds');
  await fillDate('In use from', '1', '4', '2026');
  await fillDate('In use until', '31', '3', '2027');
}

const save = () => userEvent.click(screen.getByRole('button', { name: 'Save the new card' }));
const summaryMessages = () =>
  within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => link.textContent);

// The form holds every figure of a card: rendering it in jsdom takes a few seconds.
describe('the rate card form', { timeout: 60_000 }, () => {
  it('starts from the card it is made from, with every figure filled in', () => {
    openForm();
    expect(
      screen.getByRole('heading', { level: 1, name: /Make a new rate card/ }),
    ).toBeInTheDocument();
    expect(fieldLabelled(`By day, Monday to Friday, in pounds, ${STANDARD}`)).toHaveValue('33.46');
    expect(fieldLabelled('Area')).toHaveValue('England');
    // Money is typed as text with a decimal keypad, never a number input.
    const money = fieldLabelled(`Sleep-in, for each night, in pounds, ${STANDARD}`);
    expect(money).toHaveAttribute('type', 'text');
    expect(money).toHaveAttribute('inputmode', 'decimal');
  });

  it('refuses a card without its own id, name and dates, naming each, and saves nothing', async () => {
    openForm();
    await save();
    expect(summaryMessages()).toEqual([
      'Enter an id for the card, such as leeds-2026-27',
      "Enter the card's name",
      'Enter the date the card is in use from',
      'Enter the date the card is in use until',
    ]);
    expect(document.title).toMatch(/^Error: /);
    expect(deviceCards()).toEqual({});
  });

  it("refuses a shipped card's id and an end before the start", async () => {
    openForm();
    await fillDetails();
    await fill('Id', 'england-2025-26');
    const until = within(
      screen.getByText('In use until', { selector: 'legend' }).closest('fieldset') as HTMLElement,
    );
    await userEvent.clear(until.getByLabelText('Year'));
    await userEvent.click(until.getByLabelText('Year'));
    await userEvent.paste('2025');
    await save();
    expect(summaryMessages()).toEqual([
      'Id: there is already a rate card called england-2025-26 in this tool, so choose another, such as your area and year',
      'In use until: enter a date the same as or after the date the card is in use from',
    ]);
    expect(deviceCards()).toEqual({});
  });

  it('names the figure that is wrong, and asks where a changed figure comes from, in page order', async () => {
    openForm();
    await fillDetails();
    await fill(`By day, Monday to Friday, in pounds, ${STANDARD}`, '34.105');
    await fill(`Sleep-in, for each night, in pounds, ${STANDARD}`, '165');
    await fill('Hours a week for a warning, Unpaid carer flags', '15');
    await save();
    expect(summaryMessages()).toEqual([
      `${STANDARD}, by day, Monday to Friday: enter the amount to the nearest penny, with at most two numbers after the point`,
      `Source of ${STANDARD}: enter where the changed figures come from`,
      'Unpaid carer flags, hours a week for a warning: enter the same as or more than the level before it',
      'Source of Unpaid carer flags: enter where the changed figures come from',
    ]);
    expect(
      fieldLabelled(`Where the changed figures come from, ${STANDARD}`),
    ).toHaveAccessibleDescription(
      expect.stringContaining('enter where the changed figures come from'),
    );
    expect(deviceCards()).toEqual({});
  });

  it('saves a valid card with the new figure and its source, and goes to the card', async () => {
    openForm();
    await fillDetails();
    await fill(`Sleep-in, for each night, in pounds, ${STANDARD}`, '£165');
    await fill(`Where the changed figures come from, ${STANDARD}`, 'Leeds fee review, March 2026');
    await save();
    const saved = deviceCards()['leeds-2026-27'];
    expect(saved?.origin).toBe('made');
    expect(saved?.basedOn).toBe('england-2026-27');
    const card = saved?.card;
    if (card === undefined) throw new Error('not saved');
    expect(readRateCard(card).ok).toBe(true);
    expect(card.registeredProvider.standard.sleepIn).toBe('165.00');
    expect(sourcesOf(card, 'registeredProvider.standard.sleepIn').map((s) => s.text)).toEqual([
      'Leeds fee review, March 2026',
    ]);
    expect(window.location.hash).toBe('#/rate-cards/leeds-2026-27');
  });

  it("edits the pay floor: starts from the card's, names the field when it is wrong, asks its source", async () => {
    openForm();
    const floor = fieldLabelled('Pay floor, an hour, in pounds, Pay floor');
    expect(floor).toHaveValue('12.71');
    await fillDetails();
    await fill('Pay floor, an hour, in pounds, Pay floor', '12.715');
    await save();
    expect(summaryMessages()).toEqual([
      'Pay floor, an hour: enter the amount to the nearest penny, with at most two numbers after the point',
    ]);
    await fill('Pay floor, an hour, in pounds, Pay floor', '13.10');
    await save();
    expect(summaryMessages()).toEqual([
      'Source of Pay floor: enter where the changed figures come from',
    ]);
    expect(deviceCards()).toEqual({});
    await fill(
      'Where the changed figures come from, Pay floor',
      'National Living Wage from April 2026',
    );
    await save();
    const card = deviceCards()['leeds-2026-27']?.card;
    if (card === undefined) throw new Error('not saved');
    expect(readRateCard(card).ok).toBe(true);
    expect(card.personalAssistant.payFloor).toBe('13.10');
    expect(sourcesOf(card, 'personalAssistant.payFloor').map((s) => s.text)).toEqual([
      'National Living Wage from April 2026',
    ]);
  });

  it('takes the pay floor off when it is left empty, asking no source', async () => {
    openForm();
    await fillDetails();
    await fill('Pay floor, an hour, in pounds, Pay floor', '');
    await save();
    const card = deviceCards()['leeds-2026-27']?.card;
    if (card === undefined) throw new Error('not saved');
    expect(readRateCard(card).ok).toBe(true);
    expect(card.personalAssistant.payFloor).toBeUndefined();
  });

  it('adds a provider, asks for its source, and removes one', async () => {
    openForm();
    await fillDetails();
    await userEvent.click(screen.getByRole('button', { name: 'Add a provider' }));
    expect(fieldLabelled("Provider's name, New provider")).toHaveFocus();
    await fill("Provider's name, New provider", 'Bright Care');
    for (const rate of [
      'By day, Monday to Friday',
      'By day, Saturday and Sunday',
      'Waking night, Monday to Friday',
      'Waking night, Saturday and Sunday',
      'Sleep-in, for each night',
    ]) {
      await fill(`${rate}, in pounds, Bright Care`, '30');
    }
    await userEvent.click(screen.getByRole('button', { name: 'Remove Example Home Support Ltd' }));
    await save();
    expect(summaryMessages()).toEqual([
      'Source of Bright Care: enter where the changed figures come from',
    ]);
    await fill('Where the changed figures come from, Bright Care', 'Contract 2026/114');
    await save();
    const providers = deviceCards()['leeds-2026-27']?.card.registeredProvider.providers.map(
      (p) => p.id,
    );
    expect(providers).toEqual(['example-homecare', 'example-care-partners', 'bright-care']);
  });

  it('keeps what was typed as a draft, so leaving and coming back loses nothing', async () => {
    openForm();
    await fill('Name', 'Leeds 2026-27');
    const view = fieldLabelled('Name');
    view.blur();
    const drafts = useAppStore.getState().drafts;
    expect(Object.values(drafts).some((draft) => draft['name'] === 'Leeds 2026-27')).toBe(true);
  });

  it('is a friendly not-found page for a card that does not exist', () => {
    openForm('no-such-card');
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent(/Make a new rate card/);
  });
});
