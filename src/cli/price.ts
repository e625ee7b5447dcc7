/** Entry point of `npm run price`: see run-price.ts. */
import { runPrice } from './run-price';

process.exitCode = await runPrice(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
