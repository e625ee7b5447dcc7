/** Short random ids for new budgets, lines, carers and expenses, unique where they live. */
export function newId(prefix: string, taken: ReadonlySet<string> | readonly string[] = []): string {
  const used = taken instanceof Set ? taken : new Set(taken as readonly string[]);
  for (;;) {
    const id = `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
    if (!used.has(id)) return id;
  }
}
