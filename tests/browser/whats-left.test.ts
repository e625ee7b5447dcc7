/**
 * The person's spending in the built app in Chromium, by keyboard alone once the example
 * budget is open: from the task list to "What's left", adding a payment (its problems
 * named, then saved with the suggestion left unconfirmed), confirming the suggestion from
 * the list of what will be confirmed, and importing a statement to its preview. axe finds
 * nothing wrong on each page, in English and in Welsh.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, setLanguage } from './a11y';
import { launch, openWatched } from './chromium';
import { tabTo } from './tab-to';

let browser: Browser;
let folder = '';
beforeAll(async () => {
  browser = await launch();
  folder = mkdtempSync(join(tmpdir(), 'whats-left-'));
});
afterAll(async () => {
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
});

async function press(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter') {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

const h1 = (page: Page, name: RegExp) => page.getByRole('heading', { level: 1, name });

describe("what's left for the person", () => {
  it(
    'is reached, filled in and checked by keyboard, with nothing for axe to find in English or Welsh',
    { timeout: 240_000 },
    async () => {
      const { page, context, faults } = await openWatched(browser);
      await page.getByLabel('Budget file').setInputFiles('examples/example-ann.json');
      await page.getByRole('button', { name: 'Open a budget file' }).click();
      await page.waitForURL('**/#/budgets/example-ann');

      await press(
        page,
        page.getByRole('link', { name: "What's left: what has been spent and what is left" }),
      );
      await h1(page, /What's left/).waitFor();
      await page.getByRole('heading', { name: 'What is coming' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // A payment: saved with nothing filled in, each field's problem is named.
      await press(page, page.getByRole('button', { name: 'Add a payment' }));
      await h1(page, /Add a payment/).waitFor();
      await press(page, page.getByRole('button', { name: 'Save the payment' }));
      await page.getByRole('link', { name: 'Enter the amount of the payment' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await typeInto(page, page.getByRole('textbox', { name: 'Day' }), '2');
      await typeInto(page, page.getByRole('textbox', { name: 'Month' }), '5');
      await typeInto(page, page.getByRole('textbox', { name: 'Year' }), '2025');
      await typeInto(page, page.getByRole('textbox', { name: /^Amount, in pounds/ }), '£612.40');
      await typeInto(page, page.getByRole('textbox', { name: /^Who was paid/ }), 'J EXAMPLE');
      const suggestion = page.getByRole('radio', {
        name: "The suggestion: Jo Example (personal assistant's pay)",
      });
      await suggestion.waitFor();
      expect(await suggestion.isChecked()).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
      await page.waitForTimeout(1000); // the save button's double-click window
      await press(page, page.getByRole('button', { name: 'Save the payment' }));
      await h1(page, /Payments/).waitFor();
      await page.getByText('Payment to J EXAMPLE added').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // Confirming all suggestions lists what will be confirmed first.
      await press(
        page,
        page.getByRole('button', { name: 'Check and confirm all suggested matches (1)' }),
      );
      const list = page.getByRole('list', { name: 'The payments and what each was for' });
      await list.waitFor();
      expect(await list.getByRole('listitem').allTextContents()).toEqual([
        "2 May 2025, J EXAMPLE, £612.40: Jo Example (personal assistant's pay)",
      ]);
      expect(await axeViolations(page)).toEqual([]);
      await press(page, page.getByRole('button', { name: 'Yes, confirm this 1' }));
      await page.getByText('Suggested matches confirmed: 1').waitFor();

      // A statement: the file, its columns, the preview.
      const statement = join(folder, 'statement.csv');
      writeFileSync(
        statement,
        'Date,Name,Details,Amount\r\n09/05/2025,Argos,Kettle,-24.99\r\n10/05/2025,N EXAMPLE,Wages,-100.00\r\n',
      );
      await press(page, page.getByRole('button', { name: 'Import a statement' }));
      await h1(page, /Import a statement/).waitFor();
      await page.getByLabel('CSV file').setInputFiles(statement);
      await press(page, page.getByRole('button', { name: 'Choose this file' }));
      await page.getByRole('heading', { name: 'Check which column holds what' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await press(page, page.getByRole('button', { name: 'Read the file with these columns' }));
      await page.getByRole('heading', { name: 'What will be added' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // The same pages in Welsh.
      await setLanguage(page, 'cy');
      await page.getByRole('heading', { name: 'Beth fydd yn cael ei ychwanegu' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await press(page, page.getByRole('button', { name: "Ychwanegu'r rhain at y gwariant" }));
      await h1(page, /Taliadau/).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await press(page, page.getByRole('link', { name: 'Yn ôl' }));
      await h1(page, /Beth sydd ar ôl/).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(faults).toEqual([]);
      await context.close();
    },
  );
});
