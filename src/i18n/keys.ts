/**
 * The keys of a message tree, compared between languages: the parity test and
 * `npm run i18n:missing` share these, so the test and the translator's list never disagree.
 *
 * Plurals are compared by family: `visits_one` and `visits_other` in English are the
 * family `visits`, which Welsh must have with all six of its forms (zero, one, two, few,
 * many, other), as Intl.PluralRules says each language needs.
 */
export type MessageTree = { readonly [key: string]: string | MessageTree };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every leaf as "a.b.c" → text. */
export function flatten(tree: MessageTree, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') leaves.set(path, value);
    else for (const [leaf, text] of flatten(value, path)) leaves.set(leaf, text);
  }
  return leaves;
}

/** "a.visits_one" → "a.visits"; any other key is its own family. */
export function familyOf(key: string): string {
  return key.replace(PLURAL_SUFFIX, '');
}

export function pluralForms(language: string): readonly string[] {
  return new Intl.PluralRules(language).resolvedOptions().pluralCategories;
}

/** Families: base key → the texts of its forms ("" for a key that is not a plural). */
export function families(leaves: ReadonlyMap<string, string>): Map<string, Map<string, string>> {
  const result = new Map<string, Map<string, string>>();
  for (const [key, text] of leaves) {
    const family = familyOf(key);
    const form = key === family ? '' : key.slice(family.length + 1);
    const forms = result.get(family) ?? new Map<string, string>();
    forms.set(form, text);
    result.set(family, forms);
  }
  return result;
}

/** "{{name}} owes {{amount, money}}" → ["amount", "name"] (the `count` of plurals too). */
export function variables(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((match) => match[1] ?? '');
  return [...new Set(names)].sort();
}

export interface ParityReport {
  /** Families in the first language and not the second (each named by its base key). */
  readonly missing: readonly string[];
  /** Plural families that lack a form the second language needs: "key_few". */
  readonly missingForms: readonly string[];
  /** Keys whose interpolation variables differ: "key: en {a,b} cy {a}". */
  readonly variableMismatches: readonly string[];
  readonly empty: readonly string[];
}

/**
 * What `target` lacks against `source`. A family's variables are compared as the union
 * over its forms, since a Welsh "zero" form may rightly leave out {{count}}.
 */
export function compareLanguages(
  source: MessageTree,
  target: MessageTree,
  targetLanguage: string,
): ParityReport {
  const sourceFamilies = families(flatten(source));
  const targetLeaves = flatten(target);
  const targetFamilies = families(targetLeaves);
  const missing: string[] = [];
  const missingForms: string[] = [];
  const variableMismatches: string[] = [];
  for (const [family, forms] of sourceFamilies) {
    const targetForms = targetFamilies.get(family);
    if (targetForms === undefined) {
      missing.push(family);
      continue;
    }
    if (!forms.has('')) {
      for (const form of pluralForms(targetLanguage)) {
        if (!targetForms.has(form)) missingForms.push(`${family}_${form}`);
      }
    }
    const wanted = union(forms);
    const found = union(targetForms);
    if (wanted.join(',') !== found.join(',')) {
      variableMismatches.push(`${family}: {${wanted.join(', ')}} against {${found.join(', ')}}`);
    }
  }
  const empty = [...targetLeaves].filter(([, text]) => text.trim() === '').map(([key]) => key);
  return { missing, missingForms, variableMismatches, empty };
}

function union(forms: ReadonlyMap<string, string>): string[] {
  return [...new Set([...forms.values()].flatMap(variables))].sort();
}

/** The messages of `families` from `source`, with their text, every plural form `targetLanguage` needs named. */
export function missingWithText(
  source: MessageTree,
  targetLanguage: string,
  families: readonly string[],
): Record<string, string> {
  const leaves = flatten(source);
  const wanted = new Set(families);
  const result: Record<string, string> = {};
  for (const [key, text] of leaves) {
    const family = familyOf(key);
    if (!wanted.has(family)) continue;
    if (family === key) {
      result[key] = text;
    } else {
      // A plural: name every form the target language needs, from the nearest source text.
      for (const form of pluralForms(targetLanguage)) {
        result[`${family}_${form}`] ??=
          leaves.get(`${family}_${form}`) ?? leaves.get(`${family}_other`) ?? text;
      }
    }
  }
  return result;
}
