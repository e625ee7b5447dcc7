/**
 * A nation's caseload as files on disk, as a commissioner would choose a folder of them:
 * `count` budgets of `lines` lines from the generator's seed, one budget file each (the
 * app's own file format), written once into the system's temporary folder and kept for
 * later runs (writing 200,000 takes minutes). A folder whose marker file says it is
 * complete is reused; any other is written again.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { budgetStream } from '../../src/generate/generate-budgets';
import { budgetFileText } from '../../src/io/budget-file';
import { ZipWriter } from './zip-writer';

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

/**
 * The same caseload as one zip of its folder (`budgets/…json`, deflated, zip64 past 65,535
 * files), as an area would send it: written once beside the folder, from its files in
 * order, and kept for later runs.
 */
export function nationZip(
  count: number,
  seed: number,
  lines: number,
  card: RateCard,
): NationFolder {
  const { folder } = nationFolder(count, seed, lines, card);
  const root = join(folder, '..');
  const zip = join(root, 'budgets.zip');
  const marker = join(root, 'zip-complete.txt');
  if (existsSync(marker) && existsSync(zip))
    return { folder: zip, bytes: Number(readFileSync(marker, 'utf8')) };
  const out = openSync(zip, 'w');
  let bytes = 0;
  try {
    const writer = new ZipWriter((part) => {
      writeSync(out, part);
      bytes += part.length;
    });
    for (const name of readdirSync(folder).sort())
      writer.add(`budgets/${name}`, readFileSync(join(folder, name)));
    writer.finish();
  } finally {
    closeSync(out);
  }
  writeFileSync(marker, String(bytes));
  return { folder: zip, bytes };
}
