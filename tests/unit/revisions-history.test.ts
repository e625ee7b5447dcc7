/** Budget file version 2: the history of revisions, saving, restoring and reading it. */
import { describe, expect, it } from 'vitest';
import { readBudget } from '../../src/domain/read';
import {
  addRevision,
  latestRevision,
  matchesRevision,
  restoreRevision,
} from '../../src/domain/revisions/history';
import { BUDGET_VERSION, type Budget } from '../../src/domain/schema/budget';
import { budget, readJson, visits } from '../helpers/builders';
import { planA, planB } from '../helpers/revision-budgets';

const details = {
  date: '2026-05-01',
  reason: 'Annual review',
  role: 'care-coordinator' as const,
  name: ' Jo Smith ',
};

function read(data: unknown): Budget {
  const result = readBudget(JSON.parse(JSON.stringify(data)));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

function problemsOf(data: unknown): string[] {
  const result = readBudget(JSON.parse(JSON.stringify(data)));
  return result.ok ? [] : result.problems.map((p) => `${p.path} ${p.key}`);
}

describe('saving a revision', () => {
  it('numbers revisions from 1 and records the date, reason, who made it and the card', () => {
    const once = addRevision(planA(), details);
    const twice = addRevision(
      { ...once, lines: planB().lines },
      { ...details, reason: 'Sam moved away', role: 'social-worker', name: '' },
    );
    expect(twice.revisions?.map((r) => [r.number, r.date, r.reason, r.madeBy, r.rateCard])).toEqual(
      [
        [
          1,
          '2026-05-01',
          'Annual review',
          { role: 'care-coordinator', name: 'Jo Smith' },
          'split-rates',
        ],
        [2, '2026-05-01', 'Sam moved away', { role: 'social-worker' }, 'split-rates'],
      ],
    );
    expect(twice.revisions?.[0]?.snapshot.lines.map((line) => line.id)).toEqual(['l1', 'l2']);
    expect(twice.revisions?.[1]?.snapshot.lines.map((line) => line.id)).toEqual(['l1', 'l3']);
  });

  it('keeps a snapshot that later edits of the draft cannot reach', () => {
    const draft = planA();
    const saved = addRevision(draft, details);
    (draft.lines[0] as { minutes: number }).minutes = 5;
    expect(saved.revisions?.[0]?.snapshot.lines[0]).toMatchObject({ minutes: 60 });
  });

  it('knows whether the draft is still the latest revision', () => {
    const saved = addRevision(planA(), details);
    const revision = latestRevision(saved);
    expect(revision && matchesRevision(saved, revision)).toBe(true);
    expect(revision && matchesRevision({ ...saved, rateCard: 'other' }, revision)).toBe(false);
    expect(revision && matchesRevision(read(saved), revision)).toBe(true);
  });
});

describe('restoring a revision', () => {
  it('makes the revision the current draft and keeps the whole history', () => {
    const one = addRevision(planA(), details);
    const two = addRevision(
      { ...one, lines: planB().lines, rateCard: 'split-rates-next' },
      details,
    );
    const restored = restoreRevision(two, 1);
    expect(restored?.lines.map((line) => line.id)).toEqual(['l1', 'l2']);
    expect(restored?.rateCard).toBe('split-rates');
    expect(restored?.revisions).toEqual(two.revisions);
    expect(restoreRevision(two, 3)).toBeNull();
  });

  it('clears an indicative sum the revision did not have', () => {
    const one = addRevision(planA(), details);
    expect(
      restoreRevision({ ...one, indicativeAnnual: '9000.00' }, 1)?.indicativeAnnual,
    ).toBeNull();
  });
});

describe('reading the history from a file (version 2)', () => {
  it('opens a version 1 file as the current version with no revisions', () => {
    const v1 = readJson('tests/worked-examples/01-anchor-provider-28-hours.json') as {
      budget: { version: number };
    };
    expect(v1.budget.version).toBe(1);
    const opened = read(v1.budget);
    expect(opened.version).toBe(BUDGET_VERSION);
    expect(opened.revisions).toEqual([]);
  });

  it('keeps revisions through a save and a read', () => {
    const saved = addRevision(planA(), details);
    expect(read(saved).revisions).toEqual(saved.revisions);
  });

  it('refuses revisions out of order, naming the number expected', () => {
    const saved = addRevision(addRevision(planA(), details), details);
    const swapped = { ...saved, revisions: [saved.revisions?.[1], saved.revisions?.[0]] };
    expect(problemsOf(swapped)).toEqual([
      'revisions[0].number validation.revisionNumber',
      'revisions[1].number validation.revisionNumber',
    ]);
  });

  it('checks each snapshot with the rules of a budget, naming the field inside it', () => {
    const saved = addRevision(budget({ lines: [visits()] }), details);
    const broken = JSON.parse(JSON.stringify(saved)) as {
      revisions: { snapshot: { lines: Record<string, unknown>[] } }[];
    };
    for (const line of broken.revisions[0]?.snapshot.lines ?? []) line['carer'] = 'ghost';
    expect(problemsOf(broken)).toEqual([
      'revisions[0].snapshot.lines[0].carer validation.carerOnlyOnUnpaid',
    ]);
  });

  it('refuses an unknown role and a reason left blank', () => {
    const saved = addRevision(planA(), details);
    const bad = JSON.parse(JSON.stringify(saved)) as {
      revisions: { reason: string; madeBy: { role: string } }[];
    };
    for (const revision of bad.revisions) {
      revision.reason = '  ';
      revision.madeBy.role = 'mayor';
    }
    expect(problemsOf(bad)).toEqual([
      'revisions[0].reason validation.requiredText',
      'revisions[0].madeBy.role validation.oneOf',
    ]);
  });
});
