/** Entry point of `npm run import`: see run-import.ts. */
import { runImport } from './run-import';

process.exitCode = await runImport(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
