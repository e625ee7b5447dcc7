/**
 * Issue 18's round trip: the tool's service agreement, read by the shipped
 * `service-agreement` profile, gives the same budget again, so exporting it once more
 * gives the same file, byte for byte, with no price differences on the way.
 */
import { describe, expect, it } from 'vitest';
import { importPackages } from '../../../src/domain/import/import-packages';
import type { Budget } from '../../../src/domain/schema/budget';
import { serviceAgreementCsv } from '../../../src/io/exports/service-agreement-csv';
import { readCsv } from '../../../src/io/import/csv-table';
import { shippedProfiles } from '../../../src/io/import/profile-file';
import { loadCard, price, readJson } from '../../helpers/builders';

const england = loadCard('rate-cards/england-2025-26.json');

function importAgreement(csv: string) {
  const profile = shippedProfiles().get('service-agreement');
  if (profile === undefined) throw new Error('no service-agreement profile');
  const read = readCsv(new TextEncoder().encode(csv), 'agreement.csv');
  if (!read.ok) throw new Error(read.key);
  return importPackages(read.table, profile, england);
}

describe('the service agreement, exported, imported and exported again', () => {
  const example = readJson('examples/example-ann.json') as Budget;
  const first = serviceAgreementCsv(price(example, england));
  const imported = importAgreement(first);

  it('imports every row as a line, refusing none and finding no price different', () => {
    expect(imported.rejected).toEqual([]);
    expect(imported.differences).toEqual([]);
    expect(imported.budgets).toHaveLength(1);
    expect(imported.budgets[0]?.lines.map((line) => line.id)).toEqual(
      example.lines.map((line) => line.id),
    );
  });

  it('keeps who gives each line, how many workers, and when and how often it comes', () => {
    const keep = ({
      id,
      resource,
      provider,
      assistant,
      carer,
      workers,
      days,
      from,
      until,
      frequency,
    }: Budget['lines'][number]) => ({
      id,
      resource,
      provider,
      assistant,
      carer,
      workers,
      days,
      from,
      until,
      frequency,
    });
    expect(imported.budgets[0]?.lines.map(keep)).toEqual(example.lines.map(keep));
  });

  it('exports the same file again', () => {
    const again = imported.budgets[0];
    if (again === undefined) throw new Error('nothing imported');
    expect(serviceAgreementCsv(price(again, england))).toBe(first);
  });
});
