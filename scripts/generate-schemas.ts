// Writes schemas/*.schema.json from the zod schemas; `--check` fails if they are stale.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas, renderJsonSchema } from '../src/domain/schema/json-schema';

const dir = join(import.meta.dirname, '..', 'schemas');
const check = process.argv.includes('--check');
let stale = 0;
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  const path = join(dir, name);
  const text = renderJsonSchema(schema);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (current === text) continue;
  if (check) {
    console.error(`${path} is out of date: run npm run schemas`);
    stale++;
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
  }
}
process.exit(stale === 0 ? 0 : 1);
