/**
 * A caseload given as one zip, read by the engines themselves (each its share of the
 * entries, batch by batch in turn): the engines read, check and price exactly what they do
 * from the same files chosen one by one and shared the page's way (batch k to engine k
 * modulo the engines), so the rows, the files refused and the summary are the same. What
 * is not a budget file is passed over; a zip that cannot be read is named, once.
 */
import { zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { budgetFileText } from '../../src/io/budget-file';
import {
  CaseloadEngine,
  CHUNK_SIZE,
  type FileRead,
  type JobChunk,
  type JobRequest,
} from '../../src/workers/caseload/caseload-jobs';
import { loadCard } from '../helpers/builders';

const card = loadCard('rate-cards/england-2025-26.json');
const AS_OF = '2025-11-03';
const ENGINES = 2;

async function chunksOf(engine: CaseloadEngine, request: JobRequest): Promise<JobChunk[]> {
  const chunks: JobChunk[] = [];
  for await (const chunk of engine.run(request)) chunks.push(chunk);
  return chunks;
}

const files = [
  ...generateBudgets({ count: 610, seed: 47, rateCard: card }).map((budget, index) => ({
    name: `area/${index % 3 === 0 ? 'north/' : ''}${budget.id}.json`,
    text: budgetFileText(budget),
  })),
  { name: 'area/broken.json', text: '{"format": "support-budget", ' },
];

/** What the engines send back: each engine's read and priced chunks, and the summary of their parts. */
async function caseloadOf(read: (engine: CaseloadEngine, index: number) => Promise<JobChunk[]>) {
  const engines = Array.from({ length: ENGINES }, () => new CaseloadEngine());
  const reads: JobChunk[][] = [];
  const priced: JobChunk[][] = [];
  const parts: Uint8Array[] = [];
  for (const [index, engine] of engines.entries()) {
    reads.push((await read(engine, index)).filter((chunk) => chunk.kind === 'read'));
    const chunks = await chunksOf(engine, {
      kind: 'price',
      job: 2,
      card,
      asOf: AS_OF,
      nextCard: null,
    });
    priced.push(chunks.filter((chunk) => chunk.kind === 'price'));
    for (const chunk of chunks) if (chunk.kind === 'part') parts.push(chunk.part);
  }
  const summary = await chunksOf(engines[0] as CaseloadEngine, {
    kind: 'summary',
    job: 2,
    parts,
    card,
    asOf: AS_OF,
  });
  return { reads, priced, summary };
}

/** The files chosen one by one, in batches handed to the engines in turn. */
function byFiles(engine: CaseloadEngine, index: number): Promise<JobChunk[]> {
  const reads: FileRead[] = [];
  for (let at = index * CHUNK_SIZE; at < files.length; at += ENGINES * CHUNK_SIZE)
    for (const { name, text } of files.slice(at, at + CHUNK_SIZE))
      reads.push({ name, read: { ok: true, value: new TextEncoder().encode(text) } });
  return chunksOf(engine, { kind: 'read', job: 1, files: reads, last: true });
}

function zipShare(zip: Blob, name = 'area.zip') {
  return (engine: CaseloadEngine, share: number) =>
    chunksOf(engine, {
      kind: 'read',
      job: 1,
      zip: { name, file: zip, share, shares: ENGINES, loaded: '' },
      last: true,
    });
}

describe('a caseload given as one zip', () => {
  it('gives the same rows, refused files and summary as its files chosen one by one', async () => {
    const zippable: Zippable = {
      '__MACOSX/area/._first.json': new Uint8Array([0, 5, 22, 7]),
      'area/': new Uint8Array(0),
      'area/README.txt': new TextEncoder().encode('Budgets for the quarter'),
    };
    for (const { name, text } of files) zippable[name] = new TextEncoder().encode(text);
    const zip = new Blob([zipSync(zippable).slice()]);

    const expected = await caseloadOf(byFiles);
    const fromZip = await caseloadOf(zipShare(zip));
    expect(fromZip).toStrictEqual(expected);
    // The broken file is named by its path in the zip; nothing else is refused.
    const invalid = fromZip.reads
      .flat()
      .flatMap((chunk) => (chunk.kind === 'read' ? chunk.invalid : []));
    expect(invalid.map((each) => each.file)).toEqual(['area/broken.json']);
    const summary = fromZip.summary.at(-1);
    expect(summary?.kind === 'summary' && summary.summary.count).toBe(610);
  }, 60_000);

  it('counts each engine’s share once the directory is read, and leaves out names already loaded', async () => {
    const zippable: Zippable = {};
    for (const { name, text } of files) zippable[name] = new TextEncoder().encode(text);
    const zip = new Blob([zipSync(zippable).slice()]);
    const loaded = [files[0]?.name, files[300]?.name].join('\n');
    const listed = [];
    for (let share = 0; share < ENGINES; share++) {
      const chunks = await chunksOf(new CaseloadEngine(), {
        kind: 'read',
        job: 1,
        zip: { name: 'area.zip', file: zip, share, shares: ENGINES, loaded },
        last: true,
      });
      expect(chunks[0]?.kind).toBe('listed');
      listed.push(chunks[0]);
      const read = chunks.reduce(
        (count, chunk) => count + (chunk.kind === 'read' ? chunk.count : 0),
        0,
      );
      expect(chunks[0]?.kind === 'listed' && chunks[0].count).toBe(read);
    }
    // 611 files less the two loaded: 250 + 109 in share 0, 250 in share 1.
    expect(listed).toEqual([
      { kind: 'listed', job: 1, count: 359, repeated: 2 },
      { kind: 'listed', job: 1, count: 250, repeated: 0 },
    ]);
  }, 60_000);

  it('names a zip that cannot be read, or holds no budget files, once, by its own name', async () => {
    const notZip = new Blob(['this is not a zip']);
    const noBudgets = new Blob([
      zipSync({ 'notes.txt': new TextEncoder().encode('hello') }).slice(),
    ]);
    for (const [zip, key] of [
      [notZip, 'validation.zipBroken'],
      [noBudgets, 'validation.zipNoBudgets'],
    ] as const) {
      const shares = await Promise.all(
        [0, 1].map((share) => zipShare(zip, 'quarter-3.zip')(new CaseloadEngine(), share)),
      );
      expect(shares).toEqual([
        [
          { kind: 'listed', job: 1, count: 1, repeated: 0 },
          {
            kind: 'read',
            job: 1,
            count: 1,
            cards: [],
            plans: [],
            invalid: [{ file: 'quarter-3.zip', problems: [{ path: 'file', key, values: {} }] }],
          },
        ],
        [{ kind: 'listed', job: 1, count: 0, repeated: 0 }],
      ]);
    }
  });
});
