/**
 * The PDF of a 300-line budget made in the browser, CPU four times slower, through the
 * app's own path: "Download the PDF" on the summary page, which loads the PDF renderer
 * the first time. Timed from the press to the download starting (the PDF is complete).
 */
import type { Page } from 'playwright-core';
import { CPU_SLOWDOWN, throttle } from './browser';
import { percentiles, tidy, under, type Figure } from './figure';

const REPEATS = 2;

async function makePdf(page: Page): Promise<number> {
  const start = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    // A click from the page itself: Playwright's click would wait for the download's
    // "navigation", which waits on the very main thread that is making the PDF.
    page.getByRole('button', { name: 'Download the PDF' }).evaluate((button: HTMLElement) => button.click()),
  ]);
  const elapsed = performance.now() - start;
  await download.delete();
  // The button is free again once the page says the PDF is downloaded.
  await page.getByText(/downloaded/).first().waitFor();
  return elapsed;
}

export async function measurePdf(page: Page, budgetUrl: string): Promise<Figure[]> {
  await page.goto(`${budgetUrl}/summary`);
  await page.getByRole('button', { name: 'Download the PDF' }).waitFor();
  await throttle(page);
  const first = await makePdf(page);
  const repeated: number[] = [];
  for (let i = 0; i < REPEATS; i++) repeated.push(await makePdf(page));
  await throttle(page, 1);
  const label = `PDF of a 300-line budget in the browser (${CPU_SLOWDOWN}× CPU slowdown)`;
  return [
    { id: 'pdf-first', label: `${label}, first (loads the renderer)`, unit: 's', value: tidy(first / 1000), goal: under(2) },
    { id: 'pdf-repeated', label: `${label}, repeated (median of ${REPEATS})`, unit: 's', value: tidy(percentiles(repeated).median / 1000), goal: under(2) },
  ];
}
