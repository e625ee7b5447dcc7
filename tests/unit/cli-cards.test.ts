/**
 * `--cards <folder>`: rate cards known by id beside the shipped ones, for `price`,
 * `compare` (both sides) and `--cohort`, read with `--cohort`'s safety rules: no symbolic
 * links, regular files only, the rate card byte limit, UTF-8 only, and every problem
 * printed safely for a terminal, naming the file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toMoneyText } from '../../src/domain/money';
import { readRateCard } from '../../src/domain/read';
import { priceOnCard } from '../../src/domain/pricing/price-budget';
import type { Budget } from '../../src/domain/schema/budget';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { budgetFileText } from '../../src/io/budget-file';
import { readJson, ROOT } from '../helpers/builders';
import { price } from '../helpers/run-price';

const shippedJson = () =>
  JSON.parse(readFileSync(join(ROOT, 'rate-cards', 'england-2026-27.json'), 'utf8')) as Record<
    string,
    unknown
  >;

/** Leeds's own card: England 2026-27 with its standard provider rates £1.00 an hour higher. */
function leedsJson(): Record<string, unknown> {
  const card = shippedJson();
  const provider = card.registeredProvider as {
    standard: { day: Record<string, string>; night: Record<string, string> };
  };
  for (const part of [provider.standard.day, provider.standard.night]) {
    for (const key of Object.keys(part)) part[key] = (Number(part[key]) + 1).toFixed(2);
  }
  return { ...card, id: 'leeds-2026-27', name: 'Leeds 2026-27', area: 'Leeds' };
}
const leeds = (() => {
  const read = readRateCard(leedsJson());
  if (!read.ok) throw new Error('the Leeds card is invalid');
  return read.value;
})();

const example = readJson('examples/example-ann.json') as Budget;
const onLeeds: Budget = { ...example, rateCard: 'leeds-2026-27' };
let root = '';
let cards = '';
let budgetFile = '';

const annual = (budget: Budget, card: RateCard) => {
  const priced = priceOnCard(budget, card);
  if (!priced.ok) throw new Error('cannot price');
  return toMoneyText(priced.value.totals.annual);
};
const write = (folder: string, name: string, text: string | Uint8Array) => {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, name), text);
  return folder;
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cards-'));
  cards = write(join(root, 'cards'), 'leeds.json', JSON.stringify(leedsJson()));
  budgetFile = join(write(root, 'ann-leeds.json', budgetFileText(onLeeds)), 'ann-leeds.json');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run price -- --cards <folder>', () => {
  it('prices a budget on the local card it names by id', async () => {
    const run = await price([budgetFile, '--cards', cards]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { rateCard: string; totals: { annual: string } };
    expect(report.rateCard).toBe('leeds-2026-27');
    expect(report.totals.annual).toBe(annual(onLeeds, leeds));
    const england = readRateCard(shippedJson());
    if (!england.ok) throw new Error('the shipped card is invalid');
    expect(report.totals.annual).not.toBe(annual(example, england.value));
  });

  it('says a card in neither the shipped cards nor the folder is unknown, listing both', async () => {
    const run = await price([
      join(
        write(root, 'ann-york.json', budgetFileText({ ...example, rateCard: 'york-2026-27' })),
        'ann-york.json',
      ),
      '--cards',
      cards,
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'rateCard: names rate card "york-2026-27", which is neither a shipped card nor in the --cards folder (england-2025-26, england-2026-27, leeds-2026-27, wales-2025-26, wales-2026-27)\n',
    );
  });

  it('takes a card by id given with --rate-card from the folder too', async () => {
    const run = await price([
      join(ROOT, 'examples', 'example-ann.json'),
      '--cards',
      cards,
      '--rate-card',
      'leeds-2026-27',
    ]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { totals: { annual: string } }).totals.annual).toBe(
      annual(onLeeds, leeds),
    );
  });

  it('gives compare a card by id on both sides', async () => {
    const to = join(
      write(root, 'ann-england.json', budgetFileText({ ...example, rateCard: 'england-2026-27' })),
      'ann-england.json',
    );
    const run = await price(['compare', budgetFile, to, '--cards', cards]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      from: { rateCard: string; totals: { annual: string } };
      to: { rateCard: string };
    };
    expect(report.from.rateCard).toBe('leeds-2026-27');
    expect(report.from.totals.annual).toBe(annual(onLeeds, leeds));
    expect(report.to.rateCard).toBe('england-2026-27');
    const without = await price(['compare', budgetFile, to]);
    expect(without.code).toBe(1);
  });

  it('prices a caseload on the local card most of its budgets name', async () => {
    const cohort = join(root, 'cohort');
    write(cohort, 'a.json', budgetFileText({ ...onLeeds, id: 'a' }));
    write(cohort, 'b.json', budgetFileText({ ...onLeeds, id: 'b' }));
    const run = await price(['--cohort', cohort, '--cards', cards]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as { summary: { rateCard: string; count: number } };
    expect(output.summary).toMatchObject({ rateCard: 'leeds-2026-27', count: 2 });
  });
});

describe('the --cards folder is read safely', () => {
  const refused = async (folder: string) => {
    const run = await price([budgetFile, '--cards', folder]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    return run.stderr;
  };

  it('refuses a symbolic link in the folder, and the folder given as a link', async () => {
    const folder = write(join(root, 'linked'), 'leeds.json', JSON.stringify(leedsJson()));
    symlinkSync(join(ROOT, 'rate-cards', 'wales-2025-26.json'), join(folder, 'wales.json'));
    expect(await refused(folder)).toBe(
      `${join(folder, 'wales.json')}: is a symbolic link, so it is skipped: links are not followed, as they can count a budget twice or lead out of the folder\n`,
    );
    symlinkSync(cards, join(root, 'cards-link'));
    expect(await refused(join(root, 'cards-link'))).toMatch(/cards-link: is a symbolic link/);
  });

  it('refuses a card over the byte limit, a card not in UTF-8, and a card taking a shipped id', async () => {
    const huge = write(
      join(root, 'huge'),
      'huge.json',
      JSON.stringify({ ...leedsJson(), notes: 'x'.repeat(2_100_000) }),
    );
    expect(await refused(huge)).toMatch(/huge\.json: .*larger than the 2\.0 MB this tool opens/);
    const latin = write(
      join(root, 'latin'),
      'latin.json',
      Uint8Array.from([...Buffer.from('{"name": "Caf'), 0xe9, ...Buffer.from('"}')]),
    );
    expect(await refused(latin)).toMatch(/latin\.json: .*UTF-8/);
    const shipped = write(
      join(root, 'shipped'),
      'mine.json',
      JSON.stringify({ ...leedsJson(), id: 'england-2026-27' }),
    );
    expect(await refused(shipped)).toBe(
      `${join(shipped, 'mine.json')}: holds the card "england-2026-27", which is the id of a shipped card: give your card an id of its own\n`,
    );
  });

  it('refuses two files holding one id, a folder that is not there, and a file given as the folder', async () => {
    const twice = write(join(root, 'twice'), 'a.json', JSON.stringify(leedsJson()));
    write(twice, 'b.json', JSON.stringify(leedsJson()));
    expect(await refused(twice)).toBe(
      `${join(twice, 'b.json')}: holds the card "leeds-2026-27", which ${join(twice, 'a.json')} holds too: each card in the folder needs an id of its own\n`,
    );
    expect(await refused(join(root, 'nowhere'))).toBe(
      `${join(root, 'nowhere')}: there is no folder by that name to read rate cards from (--cards)\n`,
    );
    expect(await refused(budgetFile)).toBe(
      `${budgetFile}: is not a folder: --cards takes a folder of rate card files\n`,
    );
  });

  it('prints a file name holding terminal controls visibly, never as controls', async () => {
    const folder = write(join(root, 'controls'), 'evil\u001b]0;owned\u0007.json', '{');
    const said = await refused(folder);
    expect(said).toContain('evil\\u001b]0;owned\\u0007.json');
    expect(said.includes('\u001b') || said.includes('\u0007')).toBe(false);
  });
});
