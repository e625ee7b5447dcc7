/**
 * The PDF of a 40-line and a 300-line budget made in Node with the app's own document
 * (`budgetPdfBuffer`, react-pdf's renderToBuffer), the same work the browser's PDF worker
 * does, so it can be profiled: `node --import tsx --cpu-prof scripts/bench/pdf-profile.ts`.
 * Prints each render's time; the first of each size includes loading the fonts.
 */
import { performance } from 'node:perf_hooks';
import { createI18n } from '../../src/i18n';
import { budgetPdfBuffer } from '../../src/io/pdf/pdf-node';
import { priceOnCard } from '../../src/domain/pricing/price-budget';
import { budgetOfLines, exampleRateCard } from './budget-300';

const t = createI18n('en').t;
const times = Number(process.argv[2] ?? 3);
for (const lines of [40, 300]) {
  const budget = budgetOfLines(lines);
  const priced = priceOnCard(budget, exampleRateCard(budget));
  if (!priced.ok) throw new Error(`the ${lines}-line budget did not price`);
  const seconds: string[] = [];
  for (let run = 0; run < times; run++) {
    const start = performance.now();
    const made = await budgetPdfBuffer({
      pricing: priced.value,
      t,
      language: 'en',
      madeOn: '2026-12-04',
    });
    if (!made.ok) throw new Error(`the ${lines}-line PDF was refused`);
    seconds.push(((performance.now() - start) / 1000).toFixed(2));
  }
  console.log(`${lines} lines: ${seconds.join(' s, ')} s`);
}
