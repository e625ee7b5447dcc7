/**
 * A nation's caseload as files on disk, as a commissioner would choose a folder of them:
 * `count` budgets of `lines` lines from the generator's seed, one budget file each (the
 * app's own file format), written once into the system's temporary folder and kept for
 * later runs (writing 200,000 takes minutes). A folder whose marker file says it is
 * complete is reused; any other is written again.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { budgetStream } from '../../src/generate/generate-budgets';
import { budgetFileText } from '../../src/io/budget-file';

export interface NationFolder {
  readonly folder: string;
  /** Bytes of every file together. */
  readonly bytes: number;
}

const MARKER = 'complete.txt';

export function nationFolder(
  count: number,
  seed: number,
  lines: number,
  card: RateCard,
): NationFolder {
  const root = join(tmpdir(), `caseload-nation-${card.id}-seed${seed}-${count}x${lines}`);
  const folder = join(root, 'budgets');
  const marker = join(root, MARKER);
  if (existsSync(marker)) return { folder, bytes: Number(readFileSync(marker, 'utf8')) };
  rmSync(root, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  let bytes = 0;
  let index = 0;
  for (const budget of budgetStream({ count, seed, rateCard: card, linesPerBudget: lines })) {
    const text = budgetFileText(budget);
    bytes += Buffer.byteLength(text);
    // The index keeps names unique and in the stream's order.
    writeFileSync(join(folder, `${String(index++).padStart(6, '0')}-${budget.id}.json`), text);
  }
  writeFileSync(marker, String(bytes));
  return { folder, bytes };
}
