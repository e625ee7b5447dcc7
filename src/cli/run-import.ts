/**
 * `npm run import -- <file.csv|file.xlsx> --profile <name or path> --out <folder>
 * [--rate-card <id or path>] [--sheet <name>] [--lang cy|en]`: reads a spreadsheet of
 * packages with a profile (docs/importing.md), writes one budget file per person into the
 * folder, and prints one line per refused row on standard error and one per difference
 * from the source's own prices on standard output. A budget file already in the folder is
 * never overwritten. Exit status 0 when every row was imported, 1 when any row or the
 * file was refused (the rows that were read are still written), 2 on a fault.
 * `npm run import -- rate-sheet …` reads a council's rate sheet instead (run-rate-sheet.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { importPackages } from '../domain/import/import-packages';
import type { ImportProfile } from '../domain/import/profile';
import { createI18n, isLanguage } from '../i18n';
import { describeDifference, describeRefusedRows } from '../i18n/import-words';
import { budgetFileText } from '../io/budget-file';
import { CSV_MAX_BYTES } from '../io/import/csv-table';
import { readProfileBytes, shippedProfiles } from '../io/import/profile-file';
import { readSpreadsheet } from '../io/import/spreadsheet';
import { XLSX_LIMITS } from '../io/import/xlsx-table';
import { readRegularFile } from './files';
import { inFile, loadCardOption } from './load';
import { EXIT_BAD_INPUT, EXIT_FAULT, EXIT_OK, type Output } from './output';
import { fileProfileOut, loadProfileOption } from './profile-option';
import { runRateSheet } from './run-rate-sheet';
import { splitArgs } from './split-args';
import { faultLine, problemLines, safeMessage, terminalSafe } from './terminal-text';

const RATE_SHEET = 'rate-sheet';
const OPTIONS = new Set(['--profile', '--out', '--rate-card', '--sheet', '--lang']);

export async function runImport(argv: readonly string[], output: Output): Promise<number> {
  // A council's rate sheet is read into a rate card by a command of its own.
  if (argv[0] === RATE_SHEET) return runRateSheet(argv.slice(1), output);
  const split = splitArgs(argv, OPTIONS);
  const language = split.kind === 'split' ? (split.options.get('--lang') ?? 'en') : 'en';
  const { t } = createI18n(isLanguage(language) ? language : 'en');
  try {
    if (split.kind === 'help') {
      output.stdout(`${t('importing.cli.usage')}\n`);
      return EXIT_OK;
    }
    if (split.kind === 'error') {
      output.stderr(`${safeMessage(t, split.key, split.values)}\n${t('importing.cli.usage')}\n`);
      return EXIT_BAD_INPUT;
    }
    const { positional, options } = split;
    const given = fileProfileOut(positional, options);
    if (given === null || !isLanguage(language)) {
      output.stderr(`${t('importing.cli.badOption')}\n${t('importing.cli.usage')}\n`);
      return EXIT_BAD_INPUT;
    }
    const { file, profile: profileName, out } = given;
    const profile = loadProfileOption(profileName, shippedProfiles(), readProfileBytes);
    if (!profile.ok) {
      output.stderr(problemLines(profile.problems, t));
      return EXIT_BAD_INPUT;
    }
    const cardOption = options.get('--rate-card');
    const card = loadCardOption(cardOption ?? profile.value.budget.rateCard);
    if (!card.ok) {
      output.stderr(problemLines(card.problems, t));
      return EXIT_BAD_INPUT;
    }
    // --rate-card prices the budgets on another card: the profile's words still apply.
    const used: ImportProfile = {
      ...profile.value,
      budget: { ...profile.value.budget, rateCard: card.value.id },
    };
    const bytes = readRegularFile(file, Math.max(CSV_MAX_BYTES, XLSX_LIMITS.fileBytes), {
      followLinks: true,
    });
    if (!bytes.ok) {
      output.stderr(problemLines(inFile(file, bytes.problems, ''), t));
      return EXIT_BAD_INPUT;
    }
    const sheetName = options.get('--sheet') ?? used.sheet;
    const read = await readSpreadsheet(bytes.value, basename(file), sheetName);
    if (!read.ok) {
      output.stderr(`${terminalSafe(file)}: ${safeMessage(t, read.key, read.values ?? {})}\n`);
      return EXIT_BAD_INPUT;
    }
    const [table] = read.sheets;
    if (table === undefined) {
      output.stderr(`${terminalSafe(file)}: ${t('importing.file.notWorkbook')}\n`);
      return EXIT_BAD_INPUT;
    }
    const result = importPackages(table, used, card.value);
    mkdirSync(out, { recursive: true });
    let written = 0;
    for (const budget of result.budgets) {
      const path = join(out, `${budget.id}.json`);
      try {
        writeFileSync(path, budgetFileText(budget), { flag: 'wx' });
        written++;
      } catch (error) {
        if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
        output.stderr(`${safeMessage(t, 'importing.cli.exists', { file: path })}\n`);
      }
    }
    for (const line of describeRefusedRows(result.rejected, t))
      output.stderr(`${terminalSafe(line)}\n`);
    for (const difference of result.differences)
      output.stdout(`${terminalSafe(describeDifference(difference, t))}\n`);
    const refusedRows = new Set(result.rejected.map((found) => found.row)).size;
    output.stdout(
      `${safeMessage(t, 'importing.cli.summary', {
        rows: result.rowsRead,
        folder: out,
        budgets: written,
        refused: refusedRows,
        differences: result.differences.length,
      })}\n`,
    );
    return result.rejected.length > 0 || written < result.budgets.length ? EXIT_BAD_INPUT : EXIT_OK;
  } catch (error) {
    output.stderr(faultLine(error, t));
    return EXIT_FAULT;
  }
}
