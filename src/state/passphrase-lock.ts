/**
 * The passphrase lock's actions: unlock, lock, turn on, turn off, change the passphrase.
 * Each works on whatever state the store saves (it re-saves the store as it is), and each
 * checks a passphrase by opening what is stored, so a wrong one changes nothing.
 */
import { keyFor, newKey, SealError, unseal, type AtRestKey } from './at-rest-crypto';
import { atRest, deviceStorage, STORE_NAME, useAppStore } from './store';

/** Idle minutes before the app locks itself; tests may shorten it (see idleLockMs). */
export const IDLE_LOCK_MINUTES = 15;
/** At least this long: NCSC advises long passphrases, such as three random words. */
export const MIN_PASSPHRASE_LENGTH = 10;

export type Outcome = 'done' | 'wrong-passphrase' | 'not-saved';

interface TestConfig {
  readonly idleLockMs?: unknown;
}

/**
 * How long without a keypress, click or touch before locking. A browser test can shorten
 * it by setting `supportBudgetTestConfig.idleLockMs` before the app starts; nothing in
 * the app's pages can change it.
 */
export function idleLockMs(): number {
  const config = (globalThis as { supportBudgetTestConfig?: TestConfig }).supportBudgetTestConfig;
  const override = config?.idleLockMs;
  return typeof override === 'number' && override > 0 ? override : IDLE_LOCK_MINUTES * 60_000;
}

/** The key for what is stored, if this passphrase opens it; null if it does not. */
async function checkPassphrase(passphrase: string): Promise<AtRestKey | null> {
  const envelope = await atRest.envelope(STORE_NAME);
  if (envelope === null) return null;
  try {
    const key = await keyFor(passphrase, envelope);
    await unseal(envelope, key);
    return key;
  } catch (error) {
    if (error instanceof SealError) return null;
    throw error;
  }
}

/** Saves the whole store as it is now, under the current layer; false if it could not. */
async function saveNow(): Promise<boolean> {
  deviceStorage.rewriteWhole();
  useAppStore.setState({});
  await deviceStorage.flush();
  return (
    deviceStorage.health().kind !== 'write-failed' && deviceStorage.health().kind !== 'refused'
  );
}

export async function unlock(passphrase: string): Promise<Outcome> {
  const key = await checkPassphrase(passphrase);
  if (key === null) return 'wrong-passphrase';
  atRest.readWith(key);
  await useAppStore.persist.rehydrate();
  atRest.useKey(key);
  await deviceStorage.flush(); // copies set aside while reading locked are written (sealed) now
  return 'done';
}

/** Saves what is pending (sealed), then forgets the key and every budget in memory. */
export async function lockNow(): Promise<void> {
  if (atRest.state.get() !== 'open') return;
  await deviceStorage.flush();
  atRest.forgetKey();
  useAppStore.setState(useAppStore.getInitialState(), true);
  await deviceStorage.flush(); // refused while locked: this drops the emptied state, unwritten
}

export async function turnOn(passphrase: string): Promise<Outcome> {
  await deviceStorage.flush();
  atRest.useKey(await newKey(passphrase));
  if (await saveNow()) return 'done';
  atRest.usePlain(); // what is stored is still the plain copy: keep reading it as such
  return 'not-saved';
}

export async function turnOff(passphrase: string): Promise<Outcome> {
  const key = await checkPassphrase(passphrase);
  if (key === null) return 'wrong-passphrase';
  await deviceStorage.flush();
  atRest.usePlain();
  if (await saveNow()) return 'done';
  atRest.useKey(key);
  return 'not-saved';
}

export async function changePassphrase(current: string, next: string): Promise<Outcome> {
  const old = await checkPassphrase(current);
  if (old === null) return 'wrong-passphrase';
  await deviceStorage.flush();
  atRest.useKey(await newKey(next));
  if (await saveNow()) return 'done';
  atRest.useKey(old);
  return 'not-saved';
}
