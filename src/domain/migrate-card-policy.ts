/**
 * Rate card version 1 to 2: the card's three policy objects become one. `chargingPolicy`
 * becomes `policy.charging` and `monitoringPolicy` becomes `policy.monitoring`, beside
 * `policy.delegatedAuthorityLimit`; each source naming a moved figure is renamed to its new
 * place, so every figure keeps its source. Anything else is left for the schema to judge:
 * a part already in `policy` as well is kept as it is and the old field left in place, so
 * the file is refused naming it rather than one of the two being dropped unseen.
 */
const MOVES = [
  ['chargingPolicy', 'charging'],
  ['monitoringPolicy', 'monitoring'],
] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function cardPoliciesInOne(document: Record<string, unknown>): Record<string, unknown> {
  const given = document['policy'];
  if (given !== undefined && !isRecord(given)) return document;
  const policy: Record<string, unknown> = { ...given };
  const moving = MOVES.filter(([old, part]) => old in document && !(part in policy));
  if (moving.length === 0) return document;
  for (const [old, part] of moving) policy[part] = document[old];
  const gone = new Set<string>(moving.map(([old]) => old));
  const rest = Object.fromEntries(Object.entries(document).filter(([key]) => !gone.has(key)));
  const renamed = moving.map(([old, part]): [string, string] => [old, `policy.${part}`]);
  return { ...rest, policy, sources: renamedSources(document['sources'], renamed) };
}

/** Each source's `figure` naming a moved object (or a figure in it) named at its new place. */
function renamedSources(sources: unknown, renamed: readonly [string, string][]): unknown {
  if (!Array.isArray(sources)) return sources;
  return sources.map((source: unknown) => {
    if (!isRecord(source) || typeof source['figure'] !== 'string') return source;
    const figure = source['figure'];
    for (const [old, now] of renamed) {
      const next = figure.charAt(old.length);
      if (figure.startsWith(old) && (next === '' || next === '.' || next === '['))
        return { ...source, figure: now + figure.slice(old.length) };
    }
    return source;
  });
}
