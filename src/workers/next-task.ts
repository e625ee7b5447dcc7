/**
 * A promise that settles in a new task of the thread's event loop, so the page paints and
 * answers input between one piece of long work and the next. A message to itself through a
 * MessageChannel, not `setTimeout(0)`: chained timers are held back to 4 ms or more each.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      // Closed, so that a port left open does not keep a test's process alive.
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
