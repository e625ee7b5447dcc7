/**
 * Budget file version 3 → 4: each need line's free-text `outcome` becomes an outcome of
 * the plan, and the line serves it. Lines with the same words (spaces at either end
 * aside) serve one outcome; each revision's snapshot gets the outcomes its own lines
 * name, with the same ids as the budget, so a comparison of revisions pairs them. Nothing
 * typed is lost; an empty outcome held nothing and is dropped. Anything not shaped as
 * version 3 wrote it is left where it is for the schema to judge, never dropped.
 */
type Document = Record<string, unknown>;

const isRecord = (value: unknown): value is Document =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function lineOutcomesToOutcomes(document: Document): Document {
  const namer = outcomeNamer([document, ...snapshotsOf(document)]);
  const migrated = withOutcomes(document, namer);
  if (!Array.isArray(document['revisions'])) return migrated;
  return {
    ...migrated,
    revisions: document['revisions'].map((revision: unknown) =>
      isRecord(revision) && isRecord(revision['snapshot'])
        ? { ...revision, snapshot: withOutcomes(revision['snapshot'], namer) }
        : revision,
    ),
  };
}

function snapshotsOf(document: Document): Document[] {
  const revisions = document['revisions'];
  if (!Array.isArray(revisions)) return [];
  return revisions.flatMap((revision: unknown) =>
    isRecord(revision) && isRecord(revision['snapshot']) ? [revision['snapshot']] : [],
  );
}

/** One id for each distinct outcome text in the file, `o1`, `o2`… in the order first met, clear of ids already used. */
function outcomeNamer(contents: readonly Document[]): (words: string) => string {
  const taken = new Set<string>();
  for (const content of contents) {
    for (const outcome of arrayOf(content['outcomes'])) {
      if (isRecord(outcome) && typeof outcome['id'] === 'string') taken.add(outcome['id']);
    }
  }
  const ids = new Map<string, string>();
  let next = 1;
  return (words) => {
    const known = ids.get(words);
    if (known !== undefined) return known;
    while (taken.has(`o${next}`)) next++;
    const id = `o${next}`;
    taken.add(id);
    ids.set(words, id);
    return id;
  };
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function withOutcomes(content: Document, idOf: (words: string) => string): Document {
  if (!Array.isArray(content['lines'])) return content;
  const added = new Map<string, string>();
  const lines = content['lines'].map((line: unknown) => {
    if (!isRecord(line) || typeof line['outcome'] !== 'string') return line;
    const { outcome, ...rest } = line as Document & { outcome: string };
    const words = outcome.trim();
    if (words === '') return rest;
    const id = idOf(words);
    added.set(id, words);
    const served = arrayOf(rest['outcomes']);
    return { ...rest, outcomes: served.includes(id) ? served : [...served, id] };
  });
  if (added.size === 0) return { ...content, lines };
  const outcomes = [
    ...arrayOf(content['outcomes']),
    ...[...added].map(([id, words]) => ({ id, words })),
  ];
  return { ...content, lines, outcomes };
}
