/**
 * Encryption at rest for the passphrase lock, with Web Crypto only (crypto.subtle):
 * AES-GCM with a fresh 96-bit IV for every write, under a key derived from the
 * passphrase with PBKDF2-SHA-256 (600,000 iterations, a random 16-byte salt).
 *
 * It seals any JSON value, not the app's own shape, so the stored state can grow new
 * fields without this file changing. What is stored holds neither the key nor the
 * passphrase: only { format, version, salt, iv, iterations, ciphertext }.
 *
 * It fails closed: a wrong passphrase, a changed byte anywhere (GCM authenticates the
 * whole ciphertext), a changed IV or salt, or fewer iterations than the minimum all
 * throw SealError, and the caller writes nothing.
 */

export const SEALED_FORMAT = 'support-budget-sealed';
export const SEALED_VERSION = 1;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; fewer is refused, on writing and reading. */
export const MIN_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

export interface SealedEnvelope {
  readonly format: typeof SEALED_FORMAT;
  readonly version: number;
  /** Base64 of the bytes. */
  readonly salt: string;
  readonly iv: string;
  readonly iterations: number;
  readonly ciphertext: string;
}

/** A key made from a passphrase, with the salt and iteration count it was made with. */
export interface AtRestKey {
  readonly key: CryptoKey;
  readonly salt: string;
  readonly iterations: number;
}

export class SealError extends Error {
  override readonly name = 'SealError';
}

export function isSealedEnvelope(value: unknown): value is SealedEnvelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { format?: unknown }).format === SEALED_FORMAT
  );
}

/** A key with a new random salt: for turning the lock on or changing the passphrase. */
export function newKey(passphrase: string, iterations = MIN_ITERATIONS): Promise<AtRestKey> {
  return deriveKey(
    passphrase,
    toBase64(crypto.getRandomValues(new Uint8Array(SALT_BYTES))),
    iterations,
  );
}

/** The key for what is stored: same salt and count, so only the right passphrase opens it. */
export async function keyFor(passphrase: string, envelope: SealedEnvelope): Promise<AtRestKey> {
  checkEnvelope(envelope);
  return deriveKey(passphrase, envelope.salt, envelope.iterations);
}

export async function deriveKey(
  passphrase: string,
  salt: string,
  iterations: number,
): Promise<AtRestKey> {
  if (!Number.isSafeInteger(iterations) || iterations < MIN_ITERATIONS) {
    throw new SealError(`iterations must be at least ${MIN_ITERATIONS}`);
  }
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false, // never extractable: the key cannot be read back out, only used
    ['encrypt', 'decrypt'],
  );
  return { key, salt, iterations };
}

export async function seal(value: unknown, atRest: AtRestKey): Promise<SealedEnvelope> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, atRest.key, plain);
  return {
    format: SEALED_FORMAT,
    version: SEALED_VERSION,
    salt: atRest.salt,
    iv: toBase64(iv),
    iterations: atRest.iterations,
    ciphertext: toBase64(new Uint8Array(ciphertext)),
  };
}

/** The value sealed, or SealError: wrong key, or anything about the envelope changed. */
export async function unseal(envelope: SealedEnvelope, atRest: AtRestKey): Promise<unknown> {
  checkEnvelope(envelope);
  // The salt and count are not secret but they are not checked by GCM either: a key made
  // with others is the wrong key, so refuse before trying.
  if (envelope.salt !== atRest.salt || envelope.iterations !== atRest.iterations)
    throw new SealError('not this key');
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(envelope.iv) },
      atRest.key,
      fromBase64(envelope.ciphertext),
    );
  } catch {
    throw new SealError('wrong passphrase or changed data');
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain)) as unknown;
  } catch {
    throw new SealError('not JSON');
  }
}

function checkEnvelope(envelope: SealedEnvelope): void {
  const fields = [envelope.salt, envelope.iv, envelope.ciphertext];
  if (envelope.version !== SEALED_VERSION || fields.some((field) => typeof field !== 'string')) {
    throw new SealError('not an envelope this version reads');
  }
  if (typeof envelope.iterations !== 'number' || envelope.iterations < MIN_ITERATIONS) {
    throw new SealError(`iterations must be at least ${MIN_ITERATIONS}`);
  }
  if (
    fromBase64(envelope.iv).length !== IV_BYTES ||
    fromBase64(envelope.salt).length !== SALT_BYTES
  ) {
    throw new SealError('wrong IV or salt length');
  }
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new SealError('not base64');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
