/**
 * `npm run import -- rate-sheet <file.csv|file.xlsx> --profile <name or path> --out <card.json>
 * [--rate-card <id or path>] [--sheet <name>] [--lang cy|en]`: reads a council's rate
 * spreadsheet with a rate sheet profile (docs/importing.md) and writes the rate card it
 * makes. Prints each figure taken with its cell on standard output, then a summary; each
 * problem on standard error, naming its cell by row and column. A refused sheet writes
 * nothing, and a card file already at --out is never overwritten. Exit status 0 when the
 * card was written, 1 when the sheet, the profile or the options were refused, 2 on a fault.
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { layoutOf } from '../domain/import/rate-sheet-profile';
import { readRateSheet } from '../domain/import/rate-sheet';
import { createI18n, isLanguage } from '../i18n';
import { describeSheetFigure, describeSheetProblem } from '../i18n/import-words';
import { CSV_MAX_BYTES } from '../io/import/csv-table';
import {
  readRateSheetProfileBytes,
  shippedRateSheetProfiles,
} from '../io/import/rate-sheet-profile-file';
import { readSpreadsheet } from '../io/import/spreadsheet';
import { XLSX_LIMITS } from '../io/import/xlsx-table';
import { rateCardFileText } from '../io/rate-card-file';
import { readRegularFile } from './files';
import { inFile, loadCardOption } from './load';
import { EXIT_BAD_INPUT, EXIT_FAULT, EXIT_OK, type Output } from './output';
import { fileProfileOut, loadProfileOption } from './profile-option';
import { splitArgs } from './split-args';
import { faultLine, problemLines, safeMessage, terminalSafe } from './terminal-text';

const OPTIONS = new Set(['--profile', '--out', '--rate-card', '--sheet', '--lang']);

export async function runRateSheet(argv: readonly string[], output: Output): Promise<number> {
  const split = splitArgs(argv, OPTIONS);
  const language = split.kind === 'split' ? (split.options.get('--lang') ?? 'en') : 'en';
  const { t } = createI18n(isLanguage(language) ? language : 'en');
  const usage = `${t('importing.rateSheet.cli.usage')}\n`;
  try {
    if (split.kind === 'help') {
      output.stdout(usage);
      return EXIT_OK;
    }
    if (split.kind === 'error') {
      output.stderr(`${safeMessage(t, split.key, split.values)}\n${usage}`);
      return EXIT_BAD_INPUT;
    }
    const { positional, options } = split;
    const given = fileProfileOut(positional, options);
    if (given === null || !isLanguage(language)) {
      output.stderr(`${t('importing.rateSheet.cli.badOption')}\n${usage}`);
      return EXIT_BAD_INPUT;
    }
    const { file, profile: profileName, out } = given;
    const profile = loadProfileOption(
      profileName,
      shippedRateSheetProfiles(),
      readRateSheetProfileBytes,
    );
    if (!profile.ok) {
      output.stderr(problemLines(profile.problems, t));
      return EXIT_BAD_INPUT;
    }
    const base = loadCardOption(options.get('--rate-card') ?? profile.value.baseCard);
    if (!base.ok) {
      output.stderr(problemLines(base.problems, t));
      return EXIT_BAD_INPUT;
    }
    const bytes = readRegularFile(file, Math.max(CSV_MAX_BYTES, XLSX_LIMITS.fileBytes), {
      followLinks: true,
    });
    if (!bytes.ok) {
      output.stderr(problemLines(inFile(file, bytes.problems, ''), t));
      return EXIT_BAD_INPUT;
    }
    const fileName = basename(file);
    const read = await readSpreadsheet(
      bytes.value,
      fileName,
      options.get('--sheet') ?? profile.value.sheet,
    );
    const table = read.ok ? read.sheets[0] : undefined;
    if (!read.ok || table === undefined) {
      const why = read.ok ? { key: 'importing.file.notWorkbook', values: {} } : read;
      output.stderr(`${terminalSafe(file)}: ${safeMessage(t, why.key, why.values ?? {})}\n`);
      return EXIT_BAD_INPUT;
    }
    const made = readRateSheet(table, fileName, base.value, layoutOf(profile.value));
    if (!made.ok) {
      for (const found of made.problems)
        output.stderr(`${terminalSafe(describeSheetProblem(found, t))}\n`);
      return EXIT_BAD_INPUT;
    }
    try {
      writeFileSync(out, rateCardFileText(made.value.card), { flag: 'wx' });
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
      output.stderr(`${safeMessage(t, 'importing.cli.exists', { file: out })}\n`);
      return EXIT_BAD_INPUT;
    }
    for (const figure of made.value.figures)
      output.stdout(`${terminalSafe(describeSheetFigure(figure, t))}\n`);
    output.stdout(
      `${safeMessage(t, 'importing.rateSheet.cli.summary', {
        card: made.value.card.id,
        file: out,
        count: made.value.figures.length,
        base: base.value.id,
      })}\n`,
    );
    return EXIT_OK;
  } catch (error) {
    output.stderr(faultLine(error, t));
    return EXIT_FAULT;
  }
}
