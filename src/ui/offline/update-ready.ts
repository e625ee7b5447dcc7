/**
 * Whether a new version of the app has been downloaded and is waiting. It is never
 * switched in under a page someone is using (that would reload over half-typed work):
 * the browser starts it the next time the app is opened with no tab of it left open.
 */
const listeners = new Set<() => void>();
let ready = false;

export function markUpdateReady(): void {
  if (ready) return;
  ready = true;
  for (const listener of listeners) listener();
}

export function isUpdateReady(): boolean {
  return ready;
}

export function onUpdateReady(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
