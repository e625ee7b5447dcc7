/**
 * A CPU profile as the Chrome DevTools Protocol's `Profiler.stop` gives it, and the
 * stacks of its samples, for the bench's profiling scripts.
 */
import type { Page } from 'playwright-core';
export interface ProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
  };
  readonly children?: readonly number[];
}
export interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** A frame's function, file and line, as a profile's reader would name it. */
export const frameName = (node: ProfileNode): string =>
  `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop() ?? ''}:${node.callFrame.lineNumber + 1}`;

/** The stack of a sampled node: the node first, then its callers out to the root. */
export function stacks(profile: Profile): (sampled: number) => ProfileNode[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  return (sampled) => {
    const stack: ProfileNode[] = [];
    for (let id: number | undefined = sampled; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id);
      if (node !== undefined) stack.push(node);
    }
    return stack;
  };
}

/**
 * A CPU profile of the page's main thread while `act` runs, sampled every `interval` µs,
 * then a second more, so work `act` set going is in it too.
 */
export async function profileWhile(
  page: Page,
  interval: number,
  act: () => Promise<void>,
): Promise<Profile> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval });
  await session.send('Profiler.start');
  await act();
  await page.waitForTimeout(1000);
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
  return profile;
}
