/**
 * A CPU profile as the Chrome DevTools Protocol's `Profiler.stop` gives it, and the
 * stacks of its samples, for the bench's profiling scripts.
 */
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
