/** A signed figure kept on one line: "-£7,750.19" must never break after its sign. */
export function noWrap(text: string) {
  return <span className="nhsuk-u-nowrap">{text}</span>;
}
