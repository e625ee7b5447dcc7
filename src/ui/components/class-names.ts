/** Joins the class names that apply, skipping false, null, undefined and empty ones. */
export function classNames(...names: readonly (string | false | null | undefined)[]): string {
  return names.filter((name): name is string => typeof name === 'string' && name !== '').join(' ');
}

/** An aria-describedby value from the ids that apply, in order, or undefined if none do. */
export function describedBy(
  ...ids: readonly (string | false | null | undefined)[]
): string | undefined {
  const joined = classNames(...ids);
  return joined === '' ? undefined : joined;
}
