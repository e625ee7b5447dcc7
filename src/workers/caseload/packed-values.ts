/**
 * Plain JSON values (budgets read from files) kept packed, to be unpacked one at a time:
 * what a caseload worker holds of every budget it read, so that a new card or day prices
 * them again without reading the files. A budget parsed into objects costs about 8 KB of
 * heap for 20 lines; packed, each value is one 16-bit word (three where its word does not
 * fit in 16 bits: a string among the later hundred thousand, a large or negative number),
 * each object's keys are kept once for every object with the same keys, and each distinct
 * string once, so the same budget costs about an eighth of that.
 *
 * A value unpacks equal to the value packed: the same keys in the same order, the same
 * strings, numbers (-0 and fractions included), booleans, nulls and `undefined`s. Only
 * plain objects, arrays and those primitives can be packed; anything else is refused.
 */

/** What a word holds, in its lowest three bits; the rest of the word is its payload. */
const NULL = 0;
/** Payload 0 or 1. */
const BOOLEAN = 1;
const UNDEFINED = 2;
/** Payload: the whole number itself. */
const INTEGER = 3;
/** Payload: its place among the kept fractions and large numbers. */
const FLOAT = 4;
/** Payload: its place among the kept strings. */
const STRING = 5;
/** Payload: its length; its items follow. */
const ARRAY = 6;
/** Payload: its keys' place among the kept key lists; its values follow, in that order. */
const OBJECT = 7;

const TAG_BITS = 3;
const TAG_MASK = (1 << TAG_BITS) - 1;
/** Payloads are signed and must fit in a word with the tag. */
const MOST = 2 ** (31 - TAG_BITS) - 1;
const LEAST = -(2 ** (31 - TAG_BITS));
/**
 * Kept in place of a word that does not fit in 16 bits, which follows as its low and then
 * its high 16 bits. Most of a budget's words are small (its keys' lists, short arrays, the
 * strings every budget shares, small numbers), so the store is about half what 32-bit
 * words made it: at a nation's 200,000 budgets, about 136 MB less.
 */
const ESCAPE = 0xffff;
/** 16-bit words a page of the store holds; a value larger than a page has a page of its own. */
const PAGE = 1 << 21;

/** A node of the tree of key lists: each step one more key, in order. */
interface KeysNode {
  readonly next: Map<string, KeysNode>;
  id: number;
}

export class PackedValues {
  private readonly pages: Uint16Array[] = [];
  /** The words used in the last page. */
  private used = PAGE;
  /** Each value's page and where it begins in it. */
  private readonly pageOf: number[] = [];
  private readonly startOf: number[] = [];
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  private readonly floats: number[] = [];
  private readonly keyLists: (readonly string[])[] = [];
  private readonly keysRoot: KeysNode = { next: new Map(), id: -1 };
  /** The value being packed, before it is copied into a page. */
  private scratch = new Uint16Array(1024);
  private length = 0;

  /** How many values are kept. */
  get size(): number {
    return this.pageOf.length;
  }

  /** Keeps `value`; gives its index, for `at`. */
  add(value: unknown): number {
    this.length = 0;
    this.pack(value);
    if (this.used + this.length > PAGE) {
      this.pages.push(new Uint16Array(Math.max(PAGE, this.length)));
      this.used = 0;
    }
    const page = this.pages.length - 1;
    (this.pages[page] as Uint16Array).set(this.scratch.subarray(0, this.length), this.used);
    this.pageOf.push(page);
    this.startOf.push(this.used);
    this.used += this.length;
    return this.pageOf.length - 1;
  }

  /** The value kept at `index`, unpacked afresh (a new object each time). */
  at(index: number): unknown {
    const page = this.pages[this.pageOf[index] ?? -1];
    if (page === undefined) throw new RangeError(`No value is kept at ${index}`);
    return new Reader(page, this.startOf[index] as number, this).value();
  }

  /** Called by Reader: the kept tables, by their place. */
  stringAt(id: number): string {
    return this.strings[id] as string;
  }
  floatAt(id: number): number {
    return this.floats[id] as number;
  }
  keysAt(id: number): readonly string[] {
    return this.keyLists[id] as readonly string[];
  }

  private write(tag: number, payload: number): void {
    if (this.length + 3 > this.scratch.length) {
      const larger = new Uint16Array(this.scratch.length * 2);
      larger.set(this.scratch);
      this.scratch = larger;
    }
    const word = (payload << TAG_BITS) | tag;
    if (word >= 0 && word < ESCAPE) this.scratch[this.length++] = word;
    else {
      this.scratch[this.length++] = ESCAPE;
      this.scratch[this.length++] = word & 0xffff;
      this.scratch[this.length++] = word >>> 16;
    }
  }

  private pack(value: unknown): void {
    if (value === null) this.write(NULL, 0);
    else if (value === undefined) this.write(UNDEFINED, 0);
    else if (typeof value === 'boolean') this.write(BOOLEAN, value ? 1 : 0);
    else if (typeof value === 'number') {
      if (Number.isInteger(value) && value >= LEAST && value <= MOST && !Object.is(value, -0))
        this.write(INTEGER, value);
      else {
        this.floats.push(value);
        this.write(FLOAT, this.floats.length - 1);
      }
    } else if (typeof value === 'string') {
      let id = this.stringIds.get(value);
      if (id === undefined) {
        id = this.strings.push(value) - 1;
        this.stringIds.set(value, id);
      }
      this.write(STRING, id);
    } else if (Array.isArray(value)) {
      this.write(ARRAY, value.length);
      for (const item of value as unknown[]) this.pack(item);
    } else if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      this.write(OBJECT, this.keysId(keys));
      for (const key of keys) this.pack(record[key]);
    } else throw new TypeError(`Only plain JSON values can be packed, not ${String(value)}`);
  }

  /** The place of this list of keys, kept once for every object with the same keys. */
  private keysId(keys: readonly string[]): number {
    let node = this.keysRoot;
    for (const key of keys) {
      let next = node.next.get(key);
      if (next === undefined) {
        next = { next: new Map(), id: -1 };
        node.next.set(key, next);
      }
      node = next;
    }
    if (node.id < 0) node.id = this.keyLists.push(keys) - 1;
    return node.id;
  }
}

/** Unpacks one value from its words. */
class Reader {
  constructor(
    private readonly words: Uint16Array,
    private at: number,
    private readonly tables: PackedValues,
  ) {}

  value(): unknown {
    let word = this.words[this.at++] as number;
    if (word === ESCAPE) {
      // The high half shifted into place gives the 32-bit word its sign again.
      word = (this.words[this.at] as number) | ((this.words[this.at + 1] as number) << 16);
      this.at += 2;
    }
    const payload = word >> TAG_BITS;
    switch (word & TAG_MASK) {
      case NULL:
        return null;
      case BOOLEAN:
        return payload === 1;
      case UNDEFINED:
        return undefined;
      case INTEGER:
        return payload;
      case FLOAT:
        return this.tables.floatAt(payload);
      case STRING:
        return this.tables.stringAt(payload);
      case ARRAY: {
        const items: unknown[] = [];
        for (let index = 0; index < payload; index++) items.push(this.value());
        return items;
      }
      case OBJECT: {
        const record: Record<string, unknown> = {};
        for (const key of this.tables.keysAt(payload)) {
          // An own key "__proto__" (JSON.parse makes one) stays a key, as it was packed.
          if (key === '__proto__')
            Object.defineProperty(record, key, {
              value: this.value(),
              enumerable: true,
              writable: true,
              configurable: true,
            });
          else record[key] = this.value();
        }
        return record;
      }
      default:
        throw new RangeError(`Not a packed value: ${word}`);
    }
  }
}
