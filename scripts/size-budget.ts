/**
 * The size budget of `npm test`, run after the build: the JavaScript the app loads before
 * its first page (gzip) must stay within START_UP_BUDGET_KB, neither the PDF renderer nor
 * the Welsh messages (loaded when Welsh is chosen) may be part of it, and every message
 * key it names must be in the English messages it carries (start-up-messages.ts). Sizes,
 * unlike timings, are the same on every machine, so this can fail a change. `npm run
 * bench` prints the same figure against the same 150 KB goal.
 */
import { join } from 'node:path';
import { kilobytes, PDF_MODULE, readBundle } from './bench/startup-bundle';
import { keysMissingAtStartUp } from './start-up-messages';

/** The Welsh messages, which src/i18n/app-i18n.ts loads with import() when Welsh is chosen. */
const WELSH_MODULE = /src\/i18n\/(cy\/|welsh\.ts)/;

/**
 * The goal is 150 KB (docs/performance.md). Start-up measured 147.9 KB when the budget came
 * down to it: zod, the builder's pages, the example budget and the messages of every page
 * loaded on demand now arrive with those pages. It was raised to 153 KB when budgets came
 * to live in time: the task list prices as at a day (the calendar, frequencies, active
 * dates and investments' effects, 1.6 KB), files are opened through one UTF-8 decoder
 * (0.6 KB), and saved budgets that cannot be read are kept aside for real (0.6 KB).
 * It was raised to 160 KB (start-up 158.9 KB) when the plan grew around the money: the
 * task list now shows outcomes, named assistants, agreed rates and shared support and the
 * progress a file carries, and their schema, words and checks arrive with it. Which of
 * these can move to the pages that use them is not yet measured.
 * Bringing it back to 150 KB is open work (docs/performance.md). Raise it only with a
 * reason in the commit.
 */
const START_UP_BUDGET_KB = 160;

const bundle = readBundle(join(import.meta.dirname, '..', 'dist'));
const size = kilobytes(bundle.startupGzip);
const pdf = bundle.startup.flatMap((chunk) => chunk.modules.filter((module) => PDF_MODULE.test(module)));
const welsh = bundle.startup.flatMap((chunk) => chunk.modules.filter((module) => WELSH_MODULE.test(module)));
const files = bundle.startup.map((chunk) => `${chunk.file} ${kilobytes(chunk.gzip)} KB`).join(', ');

let failures = 0;
if (size > START_UP_BUDGET_KB) {
  console.error(`start-up JavaScript is ${size} KB gzip, over its budget of ${START_UP_BUDGET_KB} KB (${files})`);
  failures++;
} else console.log(`start-up JavaScript: ${size} KB gzip, within its budget of ${START_UP_BUDGET_KB} KB (${files})`);
if (pdf.length > 0) {
  console.error(`the PDF renderer is in the start-up JavaScript: ${pdf.slice(0, 5).join(', ')}…`);
  failures++;
} else console.log('the PDF renderer is not in the start-up JavaScript');
if (welsh.length > 0) {
  console.error(`the Welsh messages are in the start-up JavaScript (import languages.ts, not i18n/index.ts, in app code): ${welsh.slice(0, 5).join(', ')}…`);
  failures++;
} else console.log('the Welsh messages are not in the start-up JavaScript');
const missingKeys = keysMissingAtStartUp(bundle);
if (missingKeys.length > 0) {
  console.error(`start-up code names messages that load only with later pages (english-areas.ts): ${missingKeys.join('; ')}`);
  failures++;
} else console.log('every message key the start-up code names is in the start-up messages');
process.exit(failures === 0 ? 0 : 1);
