/**
 * What a keystroke in a need's form costs the pricing, in Node, so it can be profiled:
 * `node --import tsx --cpu-prof scripts/bench/keystroke-profile.ts [edits]`. The 300-line
 * budget's first need is edited as the keystroke bench types into it (its minutes, a digit
 * added and taken away), each edit made into the line the form describes, put into the
 * budget and priced with the pricing of the edit before it, as the need page does. Prints
 * the median and p95 of an edit's pricing; the profile shows where the time goes.
 */
import { performance } from 'node:perf_hooks';
import { withLine } from '../../src/domain/budget-edits';
import { formToLine, lineToForm } from '../../src/domain/forms/line-form';
import { priceOnCard, type BudgetPricing } from '../../src/domain/pricing/price-budget';
import { budgetOf300Lines, exampleRateCard } from './budget-300';
import { percentiles, tidy } from './figure';

const edits = Number(process.argv[2] ?? 100);
const budget = budgetOf300Lines();
const card = exampleRateCard(budget);
const edited = budget.lines[0];
if (edited === undefined) throw new Error('the 300-line budget has no lines');
const form = lineToForm(edited);

const first = priceOnCard(budget, card);
if (!first.ok) throw new Error('the 300-line budget did not price');
let earlier: BudgetPricing = first.value;
const samples: number[] = [];
for (let edit = 0; edit < edits; edit++) {
  const minutes = edit % 2 === 0 ? `${form.minutes}5` : form.minutes;
  const start = performance.now();
  const line = formToLine({ ...form, minutes }, edited.id, edited.domain, budget);
  if (!line.ok) throw new Error(`edit ${edit} made no line`);
  const priced = priceOnCard(withLine(budget, line.value), card, { earlier });
  if (!priced.ok) throw new Error(`edit ${edit} did not price`);
  earlier = priced.value;
  samples.push(performance.now() - start);
}
const { median, p95 } = percentiles(samples);
console.log(
  `${edits} edits of a 300-line budget: median ${tidy(median)} ms, p95 ${tidy(p95)} ms an edit`,
);
