import { describe, expect, it } from 'vitest';
import {
  deriveKey,
  keyFor,
  MIN_ITERATIONS,
  newKey,
  seal,
  SealError,
  unseal,
  type SealedEnvelope,
} from '../../src/state/at-rest-crypto';

const state = {
  version: 1,
  state: { budgets: { b1: { title: 'Ann’s plan £12.50' } }, drafts: {} },
};

/** Flips one bit of one byte of a base64 field. */
function flip(base64: string, at = 0): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  bytes[at] = (bytes[at] ?? 0) ^ 1;
  return btoa(String.fromCharCode(...bytes));
}

describe('encryption at rest (AES-GCM under PBKDF2-SHA-256)', { timeout: 30_000 }, () => {
  it('a sealed value opens with the same passphrase, and is not readable as stored', async () => {
    const key = await newKey('correct horse battery');
    const envelope = await seal(state, key);
    expect(Object.keys(envelope).sort()).toEqual([
      'ciphertext',
      'format',
      'iterations',
      'iv',
      'salt',
      'version',
    ]);
    // The whole title, not 'Ann': three letters turn up by chance in base64 ciphertext,
    // a space never does.
    expect(JSON.stringify(envelope)).not.toContain('Ann’s plan');
    expect(envelope.iterations).toBe(600_000);
    expect(atob(envelope.salt)).toHaveLength(16);
    expect(atob(envelope.iv)).toHaveLength(12);
    const again = await keyFor('correct horse battery', envelope);
    expect(await unseal(envelope, again)).toEqual(state);
  });

  it('every write has a fresh IV', async () => {
    const key = await newKey('correct horse battery');
    const ivs = new Set(
      await Promise.all([1, 2, 3, 4].map(async () => (await seal(state, key)).iv)),
    );
    expect(ivs.size).toBe(4);
  });

  it('fails closed on a wrong passphrase [H9.6]', async () => {
    const envelope = await seal(state, await newKey('correct horse battery'));
    await expect(
      unseal(envelope, await keyFor('correct horse batterY', envelope)),
    ).rejects.toBeInstanceOf(SealError);
  });

  it('fails closed when the ciphertext, its tag, the IV or the salt was changed [H9.7]', async () => {
    const key = await newKey('correct horse battery');
    const envelope = await seal(state, key);
    const tagStart = atob(envelope.ciphertext).length - 1;
    const tampered: SealedEnvelope[] = [
      { ...envelope, ciphertext: flip(envelope.ciphertext) },
      { ...envelope, ciphertext: flip(envelope.ciphertext, tagStart) },
      { ...envelope, ciphertext: envelope.ciphertext.slice(0, 8) },
      { ...envelope, iv: flip(envelope.iv) },
      { ...envelope, iv: 'not base64!' },
    ];
    for (const changed of tampered)
      await expect(unseal(changed, key)).rejects.toBeInstanceOf(SealError);
    // A changed salt makes the passphrase give another key: it opens nothing.
    const otherSalt = { ...envelope, salt: flip(envelope.salt) };
    await expect(unseal(otherSalt, key)).rejects.toBeInstanceOf(SealError);
    await expect(
      unseal(otherSalt, await keyFor('correct horse battery', otherSalt)),
    ).rejects.toBeInstanceOf(SealError);
  });

  it('refuses fewer than 600,000 iterations, when making a key and in what is stored [H9.8]', async () => {
    expect(MIN_ITERATIONS).toBe(600_000);
    await expect(newKey('correct horse battery', 599_999)).rejects.toBeInstanceOf(SealError);
    await expect(
      deriveKey('correct horse battery', btoa('0123456789abcdef'), 1000),
    ).rejects.toBeInstanceOf(SealError);
    const envelope = await seal(state, await newKey('correct horse battery'));
    await expect(
      keyFor('correct horse battery', { ...envelope, iterations: 1000 }),
    ).rejects.toBeInstanceOf(SealError);
  });
});
