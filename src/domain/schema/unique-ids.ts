import { problem, type Problem } from '../problems';

/** One problem for each item whose id an earlier item of the same list already has. */
export function duplicateIds(
  items: readonly { id: string }[],
  path: (string | number)[],
): Problem[] {
  const firstIndex = new Map<string, number>();
  const found: Problem[] = [];
  items.forEach((item, index) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) firstIndex.set(item.id, index);
    else
      found.push(problem([...path, index, 'id'], 'validation.duplicateId', { id: item.id, first }));
  });
  return found;
}
