/**
 * Rate card version 2 keeps the card's policies in one `policy` with named parts. A
 * version 1 card, as people keep on their devices, with `chargingPolicy` and
 * `monitoringPolicy` beside `policy`, still opens: each moves into `policy` and the sources
 * naming their figures move with them, so the cap, the red flags and the delegated authority
 * read as before.
 */
import { describe, expect, it } from 'vitest';
import { flagPolicy } from '../../src/domain/ledger/policy';
import { cardPoliciesInOne } from '../../src/domain/migrate-card-policy';
import { maxWeeklyCharge } from '../../src/domain/plan-cover/who-pays';
import { readRateCard } from '../../src/domain/read';
import { readJson } from '../helpers/builders';

type Json = Record<string, unknown>;

/** The frozen version 1 card with all three policies as version 1 wrote them. */
function oldCard(): Json {
  const card = readJson('tests/fixtures/versions/rate-card-v1.json') as Json;
  return {
    ...card,
    policy: { delegatedAuthorityLimit: '40000.00' },
    chargingPolicy: { maxWeeklyCharge: '100.00' },
    monitoringPolicy: { overspendPercent: '10', careGapWeeks: 6, source: 'Council policy, 2025' },
    sources: [
      ...(card['sources'] as Json[]),
      { figure: 'policy.delegatedAuthorityLimit', text: 'Scheme of delegation, 2025' },
      { figure: 'chargingPolicy.maxWeeklyCharge', text: 'Welsh Government, 6 December 2024' },
    ],
  };
}

describe('a version 1 card with the old policy names', () => {
  it('opens as version 2 with one policy, every figure where it was and sourced', () => {
    const result = readRateCard(oldCard());
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const card = result.value;
    expect(card.version).toBe(2);
    expect(card.policy).toEqual({
      delegatedAuthorityLimit: '40000.00',
      charging: { maxWeeklyCharge: '100.00' },
      monitoring: { overspendPercent: '10', careGapWeeks: 6, source: 'Council policy, 2025' },
    });
    expect(card).not.toHaveProperty('chargingPolicy');
    expect(card).not.toHaveProperty('monitoringPolicy');
    expect(card.sources.map((source) => source.figure)).toEqual(
      expect.arrayContaining(['policy.delegatedAuthorityLimit', 'policy.charging.maxWeeklyCharge']),
    );
    expect(card.sources.map((source) => source.figure)).not.toContain(
      'chargingPolicy.maxWeeklyCharge',
    );
    expect(maxWeeklyCharge(card)).toBe('100.00');
    const flags = flagPolicy(card);
    expect(flags.overspendPercent.toString()).toBe('10');
    expect(flags.careGapWeeks).toBe(6);
    expect(flags.source).toBe('Council policy, 2025');
  });

  it('renames a source naming the old object itself, and leaves other sources alone', () => {
    const moved = cardPoliciesInOne({
      chargingPolicy: { maxWeeklyCharge: '100.00' },
      sources: [
        { figure: 'chargingPolicy', text: 'a' },
        { figure: 'chargingPolicyX', text: 'b' },
        { figure: 'carerPolicy.noticeHours', text: 'c' },
      ],
    });
    expect(moved).toEqual({
      policy: { charging: { maxWeeklyCharge: '100.00' } },
      sources: [
        { figure: 'policy.charging', text: 'a' },
        { figure: 'chargingPolicyX', text: 'b' },
        { figure: 'carerPolicy.noticeHours', text: 'c' },
      ],
    });
  });

  it('refuses, naming the old field, a card that gives a part both ways rather than drop one', () => {
    const card = { ...oldCard(), policy: { charging: { maxWeeklyCharge: '90.00' } } };
    const result = readRateCard(card);
    expect(result.ok ? [] : result.problems.map((found) => found.path)).toContain('chargingPolicy');
  });

  it('is refused with the old names at version 2: they are version 1 names only', () => {
    const result = readRateCard({ ...oldCard(), version: 2 });
    const paths = result.ok ? [] : result.problems.map((found) => found.path);
    expect(paths).toEqual(expect.arrayContaining(['chargingPolicy', 'monitoringPolicy']));
  });

  it('with none of the old names is the same card, version aside', () => {
    const card = readJson('tests/fixtures/versions/rate-card-v1.json') as Json;
    expect(cardPoliciesInOne(card)).toBe(card);
  });
});

describe('the shipped cards', () => {
  it('are version 2, Wales giving its cap in policy.charging', () => {
    for (const id of ['england-2025-26', 'england-2026-27', 'wales-2025-26']) {
      const result = readRateCard(readJson(`rate-cards/${id}.json`));
      expect(result.ok && result.value.version, id).toBe(2);
    }
    const wales = readRateCard(readJson('rate-cards/wales-2025-26.json'));
    expect(wales.ok && maxWeeklyCharge(wales.value)).toBe('100.00');
  });
});
