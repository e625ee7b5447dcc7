/** Entry point of `npm run generate`: see run-generate.ts. */
import { endQuietlyWhenOutputCloses } from './closed-output';
import { runGenerate } from './run-generate';

endQuietlyWhenOutputCloses();
process.exitCode = runGenerate(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
