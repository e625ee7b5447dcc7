/** 10,000 generated budgets checked and priced in Node, one after another. */
import { performance } from 'node:perf_hooks';
import { priceOnCard } from '../../src/domain/pricing/price-budget';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { CASELOAD, SEED, type GenerateBudgets } from './caseload-generator';
import { tidy, unavailable, under, type Figure } from './figure';

const LABEL = `Price ${CASELOAD.toLocaleString('en-GB')} generated budgets in Node`;

export function measureNodeCaseload(generate: GenerateBudgets | string, card: RateCard): Figure[] {
  if (typeof generate === 'string') {
    return [
      unavailable('caseload-node-s', `${LABEL}, total`, 's', under(3), generate),
      unavailable('caseload-node-rate', `${LABEL}, budgets a second`, 'per s', undefined, generate),
    ];
  }
  const budgets = generate({ count: CASELOAD, seed: SEED, rateCard: card });
  const start = performance.now();
  let priced = 0;
  for (const budget of budgets) if (priceOnCard(budget, card).ok) priced++;
  const seconds = (performance.now() - start) / 1000;
  if (priced !== budgets.length)
    throw new Error(`${budgets.length - priced} generated budgets did not price`);
  return [
    {
      id: 'caseload-node-s',
      label: `${LABEL}, total`,
      unit: 's',
      value: tidy(seconds),
      goal: under(3),
    },
    {
      id: 'caseload-node-rate',
      label: `${LABEL}, budgets a second`,
      unit: 'per s',
      value: Math.round(budgets.length / seconds),
    },
  ];
}
