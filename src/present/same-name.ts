/**
 * Which of several items with the same name one is, so that a question about one of two
 * identical rows says which ("number 2 of the 2 with this name"): counted in the order the
 * rows are shown. Undefined when the name is the item's own.
 */
export interface SameName {
  readonly position: number;
  readonly total: number;
}

export function sameNamePosition<T extends { readonly id: string }>(
  items: readonly T[],
  id: string,
  nameOf: (item: T) => string,
): SameName | undefined {
  const item = items.find((each) => each.id === id);
  if (item === undefined) return undefined;
  const alike = items.filter((each) => nameOf(each) === nameOf(item));
  if (alike.length < 2) return undefined;
  return { position: alike.indexOf(item) + 1, total: alike.length };
}
