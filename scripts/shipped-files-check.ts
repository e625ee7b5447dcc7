/**
 * Checks the rate cards and examples shipped inside the app with the same schemas and
 * rules as the command line (readRateCard, readBudget), naming each problem; `npm test`
 * fails on any (tests/unit/shipped-files-check.test.ts). The app trusts them at run time
 * (src/io/shipped.ts): they are part of the release, like its code, and checking them on
 * every start would put zod into the start-up script. Not a Vite plugin: vite.config.ts
 * would then bundle the domain into the config of every build and test run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem, Result } from '../src/domain/problems';
import { readBudget, readNeedTemplates, readRateCard } from '../src/domain/read';
import { readLedger } from '../src/domain/ledger/read-ledger';

const FOLDERS: readonly {
  folder: string;
  read: (data: unknown) => Result<unknown>;
  optional?: boolean;
}[] = [
  { folder: 'rate-cards', read: readRateCard },
  { folder: 'examples', read: readBudget },
  { folder: 'rate-cards/templates', read: readNeedTemplates },
  { folder: 'examples/ledgers', read: readLedger, optional: true },
];

/** Every problem of every shipped file, as `folder/file: path key`; empty when all are sound. */
export function shippedFileProblems(root: string): string[] {
  return FOLDERS.filter(
    ({ folder, optional }) => optional !== true || existsSync(join(root, folder)),
  ).flatMap(({ folder, read }) =>
    readdirSync(join(root, folder))
      .filter((name) => name.endsWith('.json'))
      .flatMap((name) => {
        const path = join(root, folder, name);
        let data: unknown;
        try {
          data = JSON.parse(readFileSync(path, 'utf8'));
        } catch (error) {
          return [`${folder}/${name}: ${String(error)}`];
        }
        const result = read(data);
        return result.ok
          ? []
          : result.problems.map(
              (found: Problem) => `${folder}/${name}: ${found.path} ${found.key}`,
            );
      }),
  );
}
