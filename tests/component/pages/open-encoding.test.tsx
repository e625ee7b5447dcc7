/**
 * The app's file readers keep the command line's one rule for text (security audit,
 * issue 21, finding 12): UTF-8 with at most one byte-order mark. UTF-16, two marks and
 * Windows-1252 are refused naming the encoding, in "Open a budget file", the caseload's
 * reader and "Import a rate card"; nothing is opened with replacement characters.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/state/store';
import { readBudgetFile } from '../../../src/workers/caseload/caseload-jobs';
import { ROOT } from '../../helpers/builders';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

const exampleText = readFileSync(join(ROOT, 'examples/example-ann.json'), 'utf8');
const cardText = readFileSync(join(ROOT, 'rate-cards/england-2026-27.json'), 'utf8').replace(
  '"id": "england-2026-27"',
  '"id": "leeds-2026-27"',
);
const bom = [0xef, 0xbb, 0xbf];
const again = 'save the file as UTF-8 and open it again';
/** The example, with Siân's name written by a Windows-1252 editor. */
const latin1 = new Uint8Array(
  Buffer.from(exampleText.replace('Ann Example"', 'Siân Example"'), 'latin1'),
);

const REFUSED: readonly (readonly [string, Uint8Array<ArrayBuffer>, string])[] = [
  [
    'UTF-16LE',
    new Uint8Array([0xff, 0xfe, ...Buffer.from(exampleText, 'utf16le')]),
    `is UTF-16LE text, but this tool reads only UTF-8: ${again}`,
  ],
  [
    'UTF-8 with two marks',
    new Uint8Array([...bom, ...bom, ...Buffer.from(exampleText)]),
    `is UTF-8 text that starts with two byte-order marks`,
  ],
  ['Windows-1252', latin1, 'is not UTF-8 text: byte 0xE2 at line 14, column 16 is not UTF-8'],
];

const file = (bytes: Uint8Array<ArrayBuffer>, name: string) =>
  new File([bytes], name, { type: 'application/json' });

async function openBudget(bytes: Uint8Array<ArrayBuffer>) {
  renderWithI18n(<Pages />);
  await userEvent.upload(screen.getByLabelText('Budget file'), file(bytes, 'budget.json'));
  await userEvent.click(screen.getByRole('button', { name: 'Open a budget file' }));
}

describe('the app reads files as UTF-8 only, as the command line does', () => {
  it.each(REFUSED)(
    '"Open a budget file" refuses %s, naming the encoding, and opens nothing [H14.5]',
    async (_, bytes, message) => {
      await openBudget(bytes);
      const summary = await screen.findByRole('alert');
      expect(
        within(summary)
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual([expect.stringContaining(`The file ${message}`)]);
      expect(useAppStore.getState().budgets).toEqual({});
    },
  );

  it('"Open a budget file" opens UTF-8 with one byte-order mark', async () => {
    await openBudget(new Uint8Array([...bom, ...Buffer.from(exampleText)]));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Ann Example/ }),
    ).toBeInTheDocument();
    expect(Object.keys(useAppStore.getState().budgets)).toEqual(['example-ann']);
  });

  it.each(REFUSED)("the caseload's reader refuses %s the same way", async (_, bytes, message) => {
    const read = await readBudgetFile(new Blob([bytes]));
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.problems.map((p) => p.path)).toEqual(['file']);
    expect(read.ok ? null : read.problems[0]?.key).toMatch(
      message.startsWith('is not UTF-8')
        ? 'validation.notUnicode'
        : /validation\.(encoding|twoByteOrderMarks)/,
    );
  });

  it('"Import a rate card" refuses a card saved as Windows-1252 (its £ signs), and keeps nothing [H14.6]', async () => {
    window.location.hash = '#/rate-cards/import';
    renderWithI18n(<Pages />);
    const bytes = new Uint8Array(Buffer.from(cardText, 'latin1'));
    await userEvent.upload(screen.getByLabelText('Rate card file'), file(bytes, 'card.json'));
    await userEvent.click(screen.getByRole('button', { name: 'Import the card' }));
    const links = within(await screen.findByRole('alert')).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      expect.stringMatching(
        /^file: is not UTF-8 text: byte 0xA3 at line \d+, column \d+ is not UTF-8/,
      ),
    ]);
    expect(useAppStore.getState().rateCards).toEqual({});
  });
});
