/**
 * A reader that stops early (`npm run price -- … | head -1`) closes the command's standard
 * output; the next write then fails with EPIPE, which Node raises as an unhandled 'error'
 * event and prints as a stack trace. The reader has had what it asked for, so the command
 * ends quietly with status 0. Any other failure to write is one line on standard error
 * and status 2, as every fault of the tool is (docs/command-line-safety.md: no stack trace).
 */
import { createI18n } from '../i18n';
import { EXIT_FAULT, EXIT_OK } from './output';
import { faultLine } from './terminal-text';

export function endQuietlyWhenOutputCloses(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT_OK);
    process.stderr.write(faultLine(error, createI18n('en').t));
    process.exit(EXIT_FAULT);
  });
}
