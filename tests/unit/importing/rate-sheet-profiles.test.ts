/**
 * Rate sheet profiles: a council's own layout (labels in one column, this year's figures in
 * another, notes beside them) read into a card, every figure sourced to its cell; and the
 * profiles of both kinds, shipped or shared, checked by their schema and their JSON Schema.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { readRateSheet } from '../../../src/domain/import/rate-sheet';
import { layoutOf } from '../../../src/domain/import/rate-sheet-profile';
import type { Table } from '../../../src/domain/import/table';
import { sourcesOf } from '../../../src/domain/schema/rate-card-sources';
import { createI18n } from '../../../src/i18n';
import { localise } from '../../../src/i18n/localise';
import { readProfile, shippedProfiles } from '../../../src/io/import/profile-file';
import {
  readRateSheetProfile,
  shippedRateSheetProfiles,
} from '../../../src/io/import/rate-sheet-profile-file';
import { readWorkbook } from '../../../src/io/import/xlsx-table';
import { SCHEDULE_FILE, scheduleProfile, scheduleTable } from '../../helpers/rate-sheet';
import { loadCard, readJson } from '../../helpers/builders';
import { makeXlsx } from '../../helpers/xlsx';

const england = loadCard('rate-cards/england-2026-27.json');
const FILE = SCHEDULE_FILE;
const table = scheduleTable();
const schedule = scheduleProfile();

describe('a council rate schedule read with its profile', () => {
  const made = readRateSheet(table, FILE, england, layoutOf(schedule));

  it('takes this year’s column, not last year’s nor the notes beside it', () => {
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    expect(made.value.card).toMatchObject({
      id: 'northshire-2026-27',
      name: 'Northshire County Council adult social care rates 2026-27',
      area: 'Northshire',
      validFrom: '2026-04-01',
      validTo: '2027-03-31',
      registeredProvider: {
        standard: {
          day: { weekday: '32.50', weekend: '34.20' },
          night: { weekday: '34.20', weekend: '35.90' },
          sleepIn: '155.00',
        },
      },
    });
    expect(made.value.card.personalAssistant.payFloor).toBe('12.71');
    expect(made.value.card.settings.find((one) => one.id === 'nursing')).toMatchObject({
      weeklyFee: '1240.00',
      fncWeekly: '267.68',
    });
  });

  it('lists every figure and detail it took, top to bottom, with its cell and label', () => {
    if (!made.ok) throw new Error('refused');
    expect(made.value.figures).toHaveLength(19);
    expect(made.value.figures[0]).toEqual({
      figure: 'id',
      value: 'northshire-2026-27',
      cell: 'E3',
      label: 'Rate card reference',
      source: 'council-rate-schedule.csv, cell E3',
    });
    expect(
      made.value.figures.find((one) => one.figure === 'personalAssistant.pay.sleepIn'),
    ).toEqual({
      figure: 'personalAssistant.pay.sleepIn',
      value: '90.00',
      cell: 'E21',
      label: 'PA sleep-in allowance',
      source: 'council-rate-schedule.csv, cell E21',
    });
  });

  it('sources each figure to its cell and keeps the base card’s sources for the rest', () => {
    if (!made.ok) throw new Error('refused');
    expect(sourcesOf(made.value.card, 'settings[residential].weeklyFee')).toEqual([
      { figure: 'settings[residential].weeklyFee', text: 'council-rate-schedule.csv, cell E25' },
    ]);
    expect(sourcesOf(made.value.card, 'weeksPerYear').map((one) => one.text)).toEqual(
      sourcesOf(england, 'weeksPerYear').map((one) => one.text),
    );
  });

  it('names the sheet in a workbook’s sources', () => {
    const bytes = makeXlsx([{ name: 'Rates 2026-27', rows: table.rows }]);
    const workbook = readWorkbook(bytes);
    if (!workbook.ok) throw new Error(workbook.key);
    const fromXlsx = readRateSheet(
      workbook.sheets[0] as Table,
      'rates.xlsx',
      england,
      layoutOf(schedule),
    );
    expect(fromXlsx.ok && sourcesOf(fromXlsx.value.card, 'personalAssistant.payFloor')).toEqual([
      { figure: 'personalAssistant.payFloor', text: 'rates.xlsx, sheet Rates 2026-27, cell E22' },
    ]);
  });

  it('with the last filled cell instead of column E, the notes are read and refused at their cells', () => {
    const { valueColumn: _dropped, ...lastFilled } = schedule;
    const refused = readRateSheet(table, FILE, england, layoutOf(lastFilled));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.problems).toContainEqual(
      expect.objectContaining({ path: 'F10', key: 'importing.cell.decimal' }),
    );
  });

  it('a label the profile gives is read in place of the tool’s own, whatever its case and spacing', () => {
    const rows = table.rows.map((row) =>
      row[1] === 'Home care - sleep-in' ? ['', '  HOME CARE -  sleep-in ', '', '', '150.00'] : row,
    );
    const made = readRateSheet({ ...table, rows }, FILE, england, layoutOf(schedule));
    expect(made.ok && made.value.card.registeredProvider.standard.sleepIn).toBe('150.00');
  });

  it('a label missing from the sheet is named with the profile’s words', () => {
    const rows = table.rows.filter((row) => row[1] !== 'Effective to');
    expect(readRateSheet({ ...table, rows }, FILE, england, layoutOf(schedule))).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          path: 'validTo',
          key: 'importing.rates.missing',
          values: { label: 'Effective to' },
        }),
      ],
    });
  });
});

const jsonFiles = (names: readonly string[]) => names.map((id) => `import-profiles/${id}.json`);

describe('profiles in one language or two', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validatePackages = ajv.compile(readJson('schemas/import-profile.schema.json') as object);
  const validateRates = ajv.compile(readJson('schemas/rate-sheet-profile.schema.json') as object);

  it.each(jsonFiles([...shippedProfiles().keys()]))('%s passes its JSON Schema', (file) => {
    expect(validatePackages(readJson(file)), JSON.stringify(validatePackages.errors)).toBe(true);
  });

  it.each(jsonFiles([...shippedRateSheetProfiles().keys()]))(
    '%s passes its JSON Schema',
    (file) => {
      expect(validateRates(readJson(file)), JSON.stringify(validateRates.errors)).toBe(true);
    },
  );

  it('every shipped profile has a Welsh name and description, shown when the page is in Welsh', () => {
    const all = [...shippedProfiles().values(), ...shippedRateSheetProfiles().values()];
    for (const profile of all) {
      expect(typeof profile.name === 'object' && profile.name.cy).toBeTruthy();
      expect(typeof profile.description === 'object' && profile.description.cy).toBeTruthy();
      expect(localise(profile.name, 'cy')).not.toBe(localise(profile.name, 'en'));
    }
  });

  it('a profile an area writes in one language is read as it is, and shown in every language', () => {
    const own = { ...(readJson('import-profiles/pa-weekly-hours.json') as object) };
    const profile = readProfile({ ...own, name: 'Ein taflen PA', description: 'Un iaith' });
    expect(profile.ok).toBe(true);
    expect(validatePackages({ ...own, name: 'Ein taflen PA' })).toBe(true);
    if (profile.ok) expect(localise(profile.value.name, 'en')).toBe('Ein taflen PA');
  });

  it.each([
    [{ name: { cy: 'Dim Saesneg' } }, 'name', 'validation.localisedText'],
    [{ labelColumn: 'a' }, 'labelColumn', 'validation.columnLetter'],
    [{ valueColumn: 'ZZ' }, 'valueColumn', 'validation.columnLetter'],
    [{ labels: { 'not a path': 'x' } }, 'labels.not a path', 'validation.figurePath'],
  ])('a rate sheet profile with %j is refused, naming the field', (change, path, key) => {
    const profile = readRateSheetProfile({ ...schedule, ...change });
    expect(profile.ok).toBe(false);
    if (!profile.ok)
      expect(profile.problems).toContainEqual(expect.objectContaining({ path, key }));
    const { t } = createI18n('cy');
    if (!profile.ok) expect(t(profile.problems[0]?.key ?? '')).not.toContain('validation.');
  });
});
