/**
 * The shipped profiles read their three layouts (and the service-agreement CSV) into one
 * budget per person, priced by the tool's own pricing, with every difference from the
 * source's stated figures listed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPackages } from '../../../src/domain/import/import-packages';
import type { ImportProfile } from '../../../src/domain/import/profile';
import type { Table } from '../../../src/domain/import/table';
import { readCsv } from '../../../src/io/import/csv-table';
import { shippedProfiles } from '../../../src/io/import/profile-file';
import { loadCard } from '../../helpers/builders';

const england = loadCard('rate-cards/england-2025-26.json');
const profiles = shippedProfiles();

function fixture(name: string): Table {
  const read = readCsv(readFileSync(`tests/fixtures/import/${name}`), name);
  if (!read.ok) throw new Error(read.key);
  return read.table;
}

function profile(id: string): ImportProfile {
  const found = profiles.get(id);
  if (found === undefined) throw new Error(id);
  return found;
}

describe('a council domiciliary care schedule', () => {
  const result = importPackages(
    fixture('council-domiciliary.csv'),
    profile('council-domiciliary'),
    england,
  );

  it('makes one budget per client, every row a line', () => {
    expect(result.rejected).toEqual([]);
    expect(
      result.budgets.map((budget) => [budget.id, budget.person.reference, budget.lines.length]),
    ).toEqual([
      ['imp-DOM-1001', 'DOM-1001', 3],
      ['imp-DOM-1002', 'DOM-1002', 2],
      ['imp-DOM-1003', 'DOM-1003', 1],
    ]);
  });

  it('reads days, carers, time bands, providers and UK dates', () => {
    const bob = result.budgets[1];
    expect(bob?.lines[1]).toMatchObject({
      kind: 'visits',
      provider: 'example-care-partners',
      minutes: 30,
      visitsPerDay: 2,
      workers: 2,
      days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      from: '2026-04-01',
      until: '2027-03-31',
    });
    expect(bob?.plan).toEqual({ start: '2026-04-01', end: '2027-03-31', status: 'active' });
    expect(result.budgets[2]?.lines[0]).toMatchObject({
      kind: 'visits',
      period: 'night',
      days: ['fri', 'sat'],
      from: '2026-05-15',
    });
  });

  it('prices each line as the pricing rules do: 30 minutes, 2 visits, 2 carers every day is 10 h × £36.00 + 4 h × £38.57 = £514.28', () => {
    expect(result.lines.map((line) => [line.row, line.priced.weekly.toFixed(2)])).toEqual([
      [2, '126.56'],
      [3, '53.03'],
      [4, '119.73'],
      [5, '24.10'],
      [6, '514.28'],
      [7, '723.10'],
    ]);
  });

  it('lists each figure the source states differently: the tea call is priced at the weekend rate on Saturday and Sunday', () => {
    expect(result.differences).toEqual([
      {
        row: 4,
        person: 'DOM-1001',
        line: 'l3',
        figure: 'rate',
        days: ['sat', 'sun'],
        stated: '33.75',
        priced: '35.35',
        difference: '1.60',
      },
      {
        row: 4,
        person: 'DOM-1001',
        line: 'l3',
        figure: 'weekly',
        days: [],
        stated: '120.00',
        priced: '119.73',
        difference: '-0.27',
      },
    ]);
  });
});

describe('a CHC package export', () => {
  const result = importPackages(fixture('chc-package.csv'), profile('chc-package'), england);

  it('reads the header from row 2, under a merged title', () => {
    expect(result.rejected).toEqual([]);
    expect(result.budgets).toHaveLength(2);
  });

  it('reads "Mon-Fri", "Mon to Sun", waking nights, sleep-ins and a family carer', () => {
    const [dafydd, ffion] = result.budgets;
    expect(
      dafydd?.lines.map((line) => [
        line.kind,
        line.days.join(' '),
        line.kind === 'visits' ? line.period : '-',
        line.resource,
      ]),
    ).toEqual([
      ['visits', 'mon tue wed thu fri', 'day', 'registered-provider'],
      ['visits', 'sat sun', 'day', 'registered-provider'],
      ['visits', 'mon tue wed thu fri sat sun', 'night', 'registered-provider'],
      ['visits', 'wed', 'day', 'unpaid-carer'],
    ]);
    expect(dafydd?.carers).toEqual([
      { id: 'c1', name: 'Eira Example', ownHealthCondition: false, willingAndAble: true },
    ]);
    expect(dafydd?.lines[3]).toMatchObject({ carer: 'c1', domain: 'carers-breaks' });
    expect(ffion?.lines[0]).toMatchObject({
      kind: 'sleep-in',
      provider: 'example-homecare',
      days: ['fri', 'sat'],
      from: '2026-06-12',
      until: '2026-09-11',
    });
    expect(ffion?.lines[1]).toMatchObject({ domain: 'health-tasks', from: '2026-06-12' });
  });

  it('finds the agreed weekend rate below the card and says by how much', () => {
    expect(result.differences).toEqual([
      {
        row: 4,
        person: '485 777 3456',
        line: 'l2',
        figure: 'rate',
        days: ['sat', 'sun'],
        stated: '38.00',
        priced: '38.57',
        difference: '0.57',
      },
    ]);
  });
});

describe('a PA package sheet in weekly hours', () => {
  const result = importPackages(
    fixture('pa-weekly-hours.csv'),
    profile('pa-weekly-hours'),
    england,
  );

  it('spreads hours a week evenly over the days: 10 hours on five days is two hours a day', () => {
    expect(result.rejected).toEqual([]);
    const dee = result.budgets[0];
    expect(dee?.lines.map((line) => (line.kind === 'visits' ? line.minutes : 0))).toEqual([
      120, 180, 140, 240,
    ]);
  });

  it('names each assistant once, with the hours a week of their lines', () => {
    expect(result.budgets[0]?.assistants).toEqual([
      { id: 'a1', name: 'Sam Assistant', contractedHoursWeekly: '13' },
      { id: 'a2', name: 'Jo Helper', contractedHoursWeekly: '7' },
    ]);
    expect(result.budgets[1]?.lines[1]).toMatchObject({ resource: 'community' });
    expect(result.budgets[1]?.lines[1]).not.toHaveProperty('provider');
  });

  it('checks the stated PA cost against the card pay with on-costs (13.45 × 1.1507 = 15.48)', () => {
    expect(result.differences).toEqual([
      {
        row: 4,
        person: 'PA-01',
        line: 'l3',
        figure: 'rate',
        days: ['mon', 'wed', 'fri'],
        stated: '15.47',
        priced: '15.48',
        difference: '0.01',
      },
    ]);
  });
});

describe('the service-agreement layout', () => {
  const header =
    'Person reference,Budget name,Line id,Area of life,Support,Who gives it,Provider,Minutes per visit,Visits per day,Days,Time of day,From,Until,Every N weeks,Weeks a year,Hourly rate,Weekly hours,Weekly cost,Workers';
  const rows = [
    'R-1,Plan for R,l1,personal-care,Wash and dress,registered-provider,example-homecare,45,1,Mon Tue Wed Thu Fri,day,2026-04-01,,,,33.75,3.75,126.56,1',
    'R-1,Plan for R,l2,personal-care,Someone overnight,personal-assistant,Sam Assistant,,,Fri Sat,sleep-in,2026-04-01,2027-03-31,,,95.74,0.00,191.48,1',
    'R-1,Plan for R,l3,social,Swimming,unpaid-carer,Mo,120,1,Sat,day,,,2,,0.00,1.00,0.00,1',
    'R-1,Plan for R,l4,carers-breaks,Respite week,registered-provider,,600,1,Mon Tue Wed Thu Fri Sat Sun,waking-night,,,,2,32.14,2.68,86.29,1',
  ];
  const table: Table = {
    name: 'agreement.csv',
    rows: [header, ...rows].map((row) => row.split(',')),
  };
  const result = importPackages(table, profile('service-agreement'), england);

  it('reads every column of the layout into the line it describes', () => {
    expect(result.rejected).toEqual([]);
    const [budget] = result.budgets;
    expect(budget?.title).toBe('Plan for R');
    expect(budget?.lines.map((line) => line.id)).toEqual(['l1', 'l2', 'l3', 'l4']);
    expect(budget?.lines[2]).toMatchObject({ frequency: { everyWeeks: 2 }, carer: 'mo' });
    expect(budget?.lines[3]).toMatchObject({
      kind: 'visits',
      period: 'night',
      frequency: { weeksAYear: 2 },
    });
    expect(budget?.lines[1]).toMatchObject({ kind: 'sleep-in', assistant: 'a1' });
  });

  it("finds no difference where the stated figures are the tool's own", () => {
    expect(result.differences).toEqual([]);
  });
});
