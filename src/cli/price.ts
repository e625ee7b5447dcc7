/** Entry point of `npm run price`: see run-price.ts. */
import { endQuietlyWhenOutputCloses } from './closed-output';
import { runPrice } from './run-price';

endQuietlyWhenOutputCloses();
process.exitCode = await runPrice(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
