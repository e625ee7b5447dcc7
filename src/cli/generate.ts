/** Entry point of `npm run generate`: see run-generate.ts. */
import { runGenerate } from './run-generate';

process.exitCode = runGenerate(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
