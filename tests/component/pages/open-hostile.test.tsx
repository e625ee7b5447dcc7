/**
 * Every hostile budget file of the corpus opened through the app's own "Open a budget
 * file", with a budget already saved: each is refused with an error summary naming its
 * fields, nothing is added, and what is saved on the device (the store and the stored
 * bytes in IndexedDB) is identical afterwards. A valid budget that does not fit its card
 * opens as a budget of its own that says it cannot be priced, and leaves the saved one alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createStore, get } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUDGET_FILE_LIMITS, parseJsonBytes } from '../../../src/domain/json-text';
import { withItemNames } from '../../../src/domain/problems';
import { readBudget } from '../../../src/domain/read';
import { createI18n } from '../../../src/i18n';
import { describeProblemInWords } from '../../../src/i18n/problems';
import { deviceStorage, useAppStore } from '../../../src/state/store';
import { readJson } from '../../helpers/builders';
import { HOSTILE_BUDGETS } from '../../helpers/hostile-budgets';
import { expectPrototypesUntouched, HOSTILE_BUDGET_DIR } from '../../helpers/hostile-corpus';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

const saved = (() => {
  const read = readBudget(readJson('examples/example-ann.json'));
  if (!read.ok) throw new Error('the shipped example is invalid');
  return read.value;
})();

/** What the app keeps: the store's saved state, and the bytes IndexedDB holds for it. */
async function onDevice(): Promise<string> {
  await deviceStorage.flush();
  const stored: unknown = await get(
    'support-budgets',
    createStore('support-budget-builder', 'state'),
  );
  const { budgets, drafts } = useAppStore.getState();
  return JSON.stringify({ budgets, drafts, stored });
}

async function open(name: string): Promise<void> {
  const text = readFileSync(join(HOSTILE_BUDGET_DIR, name));
  renderWithI18n(<Pages />);
  await userEvent.upload(
    screen.getByLabelText('Budget file'),
    new File([text], name, { type: 'application/json' }),
  );
  await userEvent.click(screen.getByRole('button', { name: 'Open a budget file' }));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How the page names a field: in words ("The first need (Help to get up): minutes"), the
 * path the command line gives turned by the page's own wording, with the name from the file.
 */
function pageWords(name: string, path: string): string {
  // Only a file read as JSON (no forbidden key) lends its names; else the place alone.
  const json = parseJsonBytes(
    new Uint8Array(readFileSync(join(HOSTILE_BUDGET_DIR, name))),
    BUDGET_FILE_LIMITS,
  );
  const raw: unknown = json.ok ? json.value : null;
  const [found] = withItemNames([{ path, key: 'validation.invalid', values: {} }], raw);
  if (found === undefined) throw new Error('no problem');
  const t = createI18n('en').t;
  return describeProblemInWords(found, t).slice(0, -t('validation.invalid').length).trimEnd();
}

beforeEach(() => {
  useAppStore.getState().addBudget(saved);
  useAppStore.getState().setDraft(`${saved.id}/about/-`, { name: 'Ann, half typed' });
});

const refused = Object.entries(HOSTILE_BUDGETS).filter(
  ([, expectation]) => expectation.cardOnly !== true,
);
const cardOnly = Object.entries(HOSTILE_BUDGETS).filter(
  ([, expectation]) => expectation.cardOnly === true,
);

describe('opening a hostile budget file in the app', () => {
  it.each(refused)(
    '%s is refused, naming its fields, and nothing saved changes [H10.1]',
    async (name, expectation) => {
      const before = await onDevice();
      await open(name);
      const summary = await screen.findByRole('alert');
      const links = within(summary).getAllByRole('link');
      expect(links).toHaveLength(expectation.named.length);
      for (const [path, words = ''] of expectation.named) {
        expect(
          within(summary).getByRole('link', {
            name: new RegExp(`^${escape(pageWords(name, path))} .*${escape(words)}`),
          }),
        ).toBeInTheDocument();
      }
      // The page speaks of needs and fields, never of the file's paths.
      expect(summary.textContent).not.toMatch(/[a-z]\[\d+\]\./);
      expect(document.title).toBe('Error: Support budget builder');
      expect(window.location.hash).toBe('');
      expect(await onDevice()).toBe(before);
      expectPrototypesUntouched();
    },
  );

  it('a file over 5 MB is refused by its size before it is read, and nothing saved changes', async () => {
    const before = await onDevice();
    renderWithI18n(<Pages />);
    const huge = new File([`{"title": "${'x'.repeat(5_100_000)}"}`], 'huge.json', {
      type: 'application/json',
    });
    await userEvent.upload(screen.getByLabelText('Budget file'), huge);
    await userEvent.click(screen.getByRole('button', { name: 'Open a budget file' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: /^The file is 5\.1 MB, larger than the 5\.0 MB this tool opens/,
      }),
    ).toBeInTheDocument();
    expect(await onDevice()).toBe(before);
  });

  it.each(cardOnly)(
    '%s opens as a budget of its own that cannot be priced, and the saved one is untouched',
    async (name) => {
      const before = JSON.stringify(useAppStore.getState().budgets[saved.id]);
      await open(name);
      expect(
        await screen.findByRole('heading', { name: /This budget cannot be priced yet/ }),
      ).toBeInTheDocument();
      expect(Object.keys(useAppStore.getState().budgets)).toHaveLength(2);
      expect(JSON.stringify(useAppStore.getState().budgets[saved.id])).toBe(before);
      expectPrototypesUntouched();
    },
  );
});
