/**
 * The zip reader the caseload's workers use (src/io/zip): the directory read from the end
 * of a Blob, zip64 included, and each entry unpacked and checked on its own. Zips are made
 * here with fflate's zipSync, and with the bench's own writer where zip64 is needed.
 */
import { deflateSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BUDGET_FILE_LIMITS } from '../../src/domain/file-limits';
import type { Result } from '../../src/domain/problems';
import { budgetFileSizeProblem } from '../../src/io/budget-file';
import { readZipDirectory, ZIP_LIMITS, type ZipEntry } from '../../src/io/zip/zip-directory';
import { crc32 } from '../../src/io/zip/crc32';
import { fetchZipEntries, isJsonEntry, unpackZipEntries } from '../../src/io/zip/zip-entries';
import { readZipShare, type ShareStep } from '../../src/io/zip/zip-share';
import { zipOf } from '../../scripts/bench/zip-writer';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (read: Result<Uint8Array>) => (read.ok ? new TextDecoder().decode(read.value) : null);
/** A Blob of the zip's bytes (copied: a Blob is made of an ArrayBuffer's bytes). */
const blobOf = (zip: Uint8Array): Blob => new Blob([zip.slice()]);
const keys = (read: Result<unknown>) => (read.ok ? [] : read.problems.map((each) => each.key));

async function directory(zip: Uint8Array): Promise<readonly ZipEntry[]> {
  const read = await readZipDirectory(blobOf(zip));
  if (!read.ok) throw new Error(`not read: ${read.problems.map((each) => each.key).join()}`);
  return read.value;
}

async function unpack(zip: Uint8Array, entries = directory(zip)) {
  const listed = await entries;
  const reads = unpackZipEntries(
    await fetchZipEntries(blobOf(zip), listed, BUDGET_FILE_LIMITS.maxLength, budgetFileSizeProblem),
  );
  return new Map(listed.map((entry, index) => [entry.name, reads[index] as Result<Uint8Array>]));
}

/** The central directory header of entry `name`, to change a field of it as a hostile zip would. */
function directoryHeader(zip: Uint8Array, name: string): DataView {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; at + 46 <= zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(zip.subarray(at + 46, at + 46 + length)) === name)
      return new DataView(zip.buffer, zip.byteOffset + at);
  }
  throw new Error(`no header for ${name}`);
}

const budgetish = (index: number) =>
  `{"format":"support-budget","index":${index},"notes":"${'a fairly long line of text '.repeat(20)}"}`;

// Zips of tens of thousands of entries, and of 50 MB, take seconds on a busy machine.
describe('the zip directory', { timeout: 60_000 }, () => {
  it('reads stored and deflated entries, nested folders, and says which are .json files', async () => {
    const files: Zippable = {
      'area/': new Uint8Array(0),
      'area/budgets/': new Uint8Array(0),
      'area/budgets/ann.json': [bytes(budgetish(1)), { level: 0 }],
      'area/budgets/deep/bob.JSON': [bytes(budgetish(2)), { level: 9 }],
      'area/README.txt': bytes('not a budget'),
      '__MACOSX/area/budgets/._ann.json': bytes('\u0000\u0005\u0016\u0007'),
      'top.json': bytes(budgetish(3)),
    };
    const zip = zipSync(files);
    const listed = await directory(zip);
    expect(listed.map((entry) => entry.name)).toEqual(Object.keys(files));
    expect(listed.find((entry) => entry.name === 'area/budgets/ann.json')?.method).toBe(0);
    expect(listed.find((entry) => entry.name === 'top.json')?.method).toBe(8);
    expect(listed.filter((entry) => isJsonEntry(entry.name)).map((entry) => entry.name)).toEqual([
      'area/budgets/ann.json',
      'area/budgets/deep/bob.JSON',
      'top.json',
    ]);
    const read = await unpack(zip);
    expect(text(read.get('area/budgets/ann.json') as Result<Uint8Array>)).toBe(budgetish(1));
    expect(text(read.get('area/budgets/deep/bob.JSON') as Result<Uint8Array>)).toBe(budgetish(2));
    expect(text(read.get('top.json') as Result<Uint8Array>)).toBe(budgetish(3));
    expect(text(read.get('area/') as Result<Uint8Array>)).toBe('');
  });

  it('reads a zip64 directory, with every size and offset in its extra fields', async () => {
    const files = Array.from({ length: 40 }, (_, index) => ({
      name: `budgets/${index}.json`,
      data: bytes(budgetish(index)),
      stored: index % 3 === 0,
    }));
    const zip = zipOf(files, { zip64: true });
    // The plain end record says "see zip64" in every field.
    const end = new DataView(zip.buffer, zip.length - 22);
    expect(end.getUint16(10, true)).toBe(0xffff);
    expect(end.getUint32(16, true)).toBe(0xffffffff);
    const read = await unpack(zip);
    expect([...read.keys()]).toEqual(files.map((file) => file.name));
    for (const [index, file] of files.entries())
      expect(text(read.get(file.name) as Result<Uint8Array>)).toBe(budgetish(index));
  });

  it('reads more than 65,535 entries through the zip64 end record', async () => {
    const files = Array.from({ length: 70_000 }, (_, index) => ({
      name: `${index}.json`,
      data: bytes(String(index)),
      stored: true,
    }));
    const listed = await directory(zipOf(files));
    expect(listed).toHaveLength(70_000);
    expect(listed[69_999]?.name).toBe('69999.json');
  });

  it('refuses what is not a zip, a zip cut short, a damaged directory and entries listed twice, as the zip', async () => {
    const zip = zipSync({ 'a.json': bytes(budgetish(1)), 'b.json': bytes(budgetish(2)) });
    const notZip = await readZipDirectory(new Blob(['{"format": "support-budget"}']));
    expect(keys(notZip)).toEqual(['validation.zipBroken']);
    const cut = await readZipDirectory(blobOf(zip.subarray(0, zip.length - 30)));
    expect(keys(cut)).toEqual(['validation.zipBroken']);
    const headless = await readZipDirectory(blobOf(zip.subarray(100)));
    expect(keys(headless)).toEqual(['validation.zipBroken']);
    const damaged = zip.slice();
    directoryHeader(damaged, 'b.json').setUint32(0, 0x12345678, true);
    expect(keys(await readZipDirectory(blobOf(damaged)))).toEqual(['validation.zipBroken']);
    // One entry's data listed twice: a bomb that unpacks the same bytes over and over.
    const twice = zip.slice();
    directoryHeader(twice, 'b.json').setUint32(42, 0, true);
    expect(keys(await readZipDirectory(blobOf(twice)))).toEqual(['validation.zipBroken']);
    expect(keys(await readZipDirectory(new Blob([])))).toEqual(['validation.zipBroken']);
  });

  it(`refuses a zip listing more than ${ZIP_LIMITS.entries.toLocaleString('en-GB')} entries before reading its directory`, async () => {
    const zip = zipOf([{ name: 'a.json', data: bytes('{}') }], { zip64: true });
    // The zip64 end record's counts (it starts 76 bytes from the end).
    const record = new DataView(zip.buffer, zip.length - 22 - 20 - 56);
    record.setBigUint64(24, 300_000n, true);
    record.setBigUint64(32, 300_000n, true);
    const read = await readZipDirectory(blobOf(zip));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems[0]).toMatchObject({
      key: 'validation.zipTooManyEntries',
      values: { count: 300_000, max: ZIP_LIMITS.entries },
    });
  });
});

describe('the zip entries', { timeout: 60_000 }, () => {
  it('refuses an encrypted entry and one packed by another method, by name, and reads the rest', async () => {
    const zip = zipSync({
      'locked.json': bytes(budgetish(1)),
      'bzip.json': bytes(budgetish(2)),
      'fine.json': bytes(budgetish(3)),
    });
    directoryHeader(zip, 'locked.json').setUint16(8, 0x0001, true);
    directoryHeader(zip, 'bzip.json').setUint16(10, 12, true);
    const read = await unpack(zip);
    expect(keys(read.get('locked.json') as Result<Uint8Array>)).toEqual([
      'validation.zipEncrypted',
    ]);
    const bzip = read.get('bzip.json') as Result<Uint8Array>;
    expect(bzip.ok ? null : bzip.problems[0]).toMatchObject({
      key: 'validation.zipMethod',
      values: { method: 12 },
    });
    expect(text(read.get('fine.json') as Result<Uint8Array>)).toBe(budgetish(3));
  });

  it('refuses an entry declared larger than a budget file may be, without unpacking it', async () => {
    const large = new Uint8Array(BUDGET_FILE_LIMITS.maxLength + 10).fill(0x20);
    const read = await unpack(zipSync({ 'large.json': large, 'small.json': bytes('{}') }));
    const refused = read.get('large.json') as Result<Uint8Array>;
    expect(refused.ok ? null : refused.problems[0]).toMatchObject({
      key: 'validation.tooLarge',
      values: { size: '5.0 MB', max: '5.0 MB' },
    });
    expect(text(read.get('small.json') as Result<Uint8Array>)).toBe('{}');
  });

  it('names an entry whose sizes lie as damaged, and never unpacks more than it declares', async () => {
    const zip = zipSync({
      'shorter.json': bytes(budgetish(1)),
      'longer.json': bytes(budgetish(2)),
      'stored.json': [bytes(budgetish(3)), { level: 0 }],
    });
    // Declared one byte short, one byte long; a stored entry's compressed size short too.
    const shorter = directoryHeader(zip, 'shorter.json');
    shorter.setUint32(24, shorter.getUint32(24, true) - 1, true);
    const longer = directoryHeader(zip, 'longer.json');
    longer.setUint32(24, longer.getUint32(24, true) + 1, true);
    const stored = directoryHeader(zip, 'stored.json');
    stored.setUint32(20, stored.getUint32(20, true) - 5, true);
    const read = await unpack(zip);
    for (const name of ['shorter.json', 'longer.json', 'stored.json'])
      expect(keys(read.get(name) as Result<Uint8Array>)).toEqual(['validation.zipEntryDamaged']);
  });

  it('refuses a bomb: 50 MB of zeros declared as 100 bytes unpacks to no more than 101', async () => {
    const zeros = new Uint8Array(50_000_000);
    const packed = deflateSync(zeros);
    expect(packed.length).toBeLessThan(100_000);
    const zip = zipSync({ 'bomb.json': zeros, 'honest.json': bytes('{}') });
    const header = directoryHeader(zip, 'bomb.json');
    header.setUint32(24, 100, true);
    const read = await unpack(zip);
    expect(keys(read.get('bomb.json') as Result<Uint8Array>)).toEqual([
      'validation.zipEntryDamaged',
    ]);
    expect(text(read.get('honest.json') as Result<Uint8Array>)).toBe('{}');
  });

  it('names a damaged entry whose checksum is wrong, or whose data runs past the next', async () => {
    const zip = zipSync({
      'bent.json': [bytes(budgetish(1)), { level: 0 }],
      'long.json': bytes(budgetish(2)),
      'after.json': bytes(budgetish(3)),
    });
    directoryHeader(zip, 'bent.json').setUint32(16, crc32(bytes(budgetish(9))), true);
    const long = directoryHeader(zip, 'long.json');
    long.setUint32(20, long.getUint32(20, true) + 200, true);
    const read = await unpack(zip);
    expect(keys(read.get('bent.json') as Result<Uint8Array>)).toEqual([
      'validation.zipEntryDamaged',
    ]);
    expect(keys(read.get('long.json') as Result<Uint8Array>)).toEqual([
      'validation.zipEntryDamaged',
    ]);
    expect(text(read.get('after.json') as Result<Uint8Array>)).toBe(budgetish(3));
  });

  it('gives the same checksum as fflate writes', async () => {
    const zip = zipSync({ 'a.json': bytes(budgetish(7)) });
    const [entry] = await directory(zip);
    expect(entry?.crc).toBe(crc32(bytes(budgetish(7))));
  });
});

describe('a worker’s share of a zip', { timeout: 60_000 }, () => {
  it('cuts batches of at most 32 MB unpacked as declared, the same in every share', async () => {
    // Each just over 4 MB: seven to a batch, as eight would pass 32 MB.
    const large = bytes(`{"notes":"${'x'.repeat(4_000_000)}"}`);
    const zippable: Zippable = {};
    for (let index = 0; index < 10; index++)
      zippable[`large-${index}.json`] = [large, { level: 1 }];
    for (let index = 0; index < 2; index++) zippable[`small-${index}.json`] = bytes('{}');
    const file = blobOf(zipSync(zippable));
    const limits = {
      batch: 250,
      maxBytes: BUDGET_FILE_LIMITS.maxLength,
      sizeProblem: budgetFileSizeProblem,
    };
    const shares = [];
    for (let share = 0; share < 2; share++) {
      const steps = [];
      const zip = { name: 'z.zip', file, share, shares: 2, loaded: '' };
      for await (const step of readZipShare(zip, limits))
        steps.push(step.kind === 'listed' ? step.count : step.files.map((each) => each.name));
      shares.push(steps);
    }
    const larges = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, index) => `large-${from + index}.json`);
    expect(shares).toEqual([
      [7, larges(0, 7)],
      [5, [...larges(7, 10), 'small-0.json', 'small-1.json']],
    ]);
  });

  it('reads the next batch from the zip while this one is used, and no further ahead', async () => {
    const zippable: Zippable = {};
    for (let index = 0; index < 7; index++)
      zippable[`budget-${index}.json`] = bytes(`{"n":${index}}`);
    const file = readsCounted(blobOf(zipSync(zippable)));
    const limits = {
      batch: 2,
      maxBytes: BUDGET_FILE_LIMITS.maxLength,
      sizeProblem: budgetFileSizeProblem,
    };
    const zip = { name: 'z.zip', file: file.blob, share: 0, shares: 1, loaded: '' };
    const steps = readZipShare(zip, limits);
    await steps.next();
    const directoryReads = file.reads();
    // Each batch of consecutive entries is one slice: while the first is in hand, the
    // second has been asked for, and the third not yet.
    const seen = [];
    for (let batch = 0; batch < 4; batch++) {
      const step = (await steps.next()).value as ShareStep | undefined;
      const files = step !== undefined && step.kind === 'batch' ? step.files : [];
      seen.push([files.map((each) => text(each.read)), file.reads() - directoryReads]);
    }
    expect(seen).toEqual([
      [['{"n":0}', '{"n":1}'], 2],
      [['{"n":2}', '{"n":3}'], 3],
      [['{"n":4}', '{"n":5}'], 4],
      [['{"n":6}'], 4],
    ]);
    expect((await steps.next()).done).toBe(true);
  });
});

/** A Blob whose slices count how many of them have been read. */
function readsCounted(blob: Blob): { blob: Blob; reads: () => number } {
  let reads = 0;
  // Only what the reader uses of a Blob.
  const counted = (inner: Blob): Blob =>
    ({
      size: inner.size,
      slice: (start?: number, end?: number) => counted(inner.slice(start, end)),
      arrayBuffer: () => {
        reads++;
        return inner.arrayBuffer();
      },
    }) as unknown as Blob;
  return { blob: counted(blob), reads: () => reads };
}
