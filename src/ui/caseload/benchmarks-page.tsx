/**
 * #/benchmarks: several benchmark files (areas, or one area's quarters) side by side. Each
 * file is read on this device with the rules of every file here (read-benchmark.ts); one
 * that fails is listed with its reasons. Charts draw three figures as bars, each with a
 * table of the same figures, and a table gives every figure of every file.
 */
import { useState } from 'react';
import { useTranslation } from '../hooks/use-translation';
import type { Benchmark } from '../../domain/benchmark/benchmark-schema';
import { readBenchmarkBytes } from '../../domain/benchmark/read-benchmark';
import { sharesOfLargestCount } from '../../domain/caseload/histogram';
import { formatMoney } from '../../domain/format';
import type { Problem } from '../../domain/problems';
import { CARER_FLAG_IDS } from '../../domain/carer-burden';
import { COHORTS } from '../../domain/schema/budget-values';
import { localeOf } from '../../i18n/languages';
import { describeProblem } from '../../i18n/problems';
import { FormGroup } from '../components/form-group';
import { Hint } from '../components/hint';
import { Label } from '../components/label';
import { Page } from '../components/page';
import { href } from '../routes';
import { SummarySection } from '../summary/summary-section';
import { CaseloadFiguresTable } from './caseload-figures-table';
import type { MessageKey } from '../../i18n/message-keys';

interface Loaded {
  readonly file: string;
  readonly benchmark: Benchmark;
}

export function BenchmarksPage() {
  const { t, i18n } = useTranslation();
  const key = (name: string) => `commissioner.benchmarks.${name}`;
  const [loaded, setLoaded] = useState<readonly Loaded[]>([]);
  const [refused, setRefused] = useState<readonly { file: string; problems: readonly Problem[] }[]>(
    [],
  );
  const locale = localeOf(i18n.language);
  const withheld = t(key('withheld'));
  const money = (amount: string | null) =>
    amount === null ? withheld : formatMoney(amount, locale);
  const count = (n: number | null) =>
    n === null ? withheld : new Intl.NumberFormat(locale).format(n);
  const percent = (p: string | null) => (p === null ? withheld : t(key('percent'), { percent: p }));

  async function choose(files: FileList | null) {
    const good: Loaded[] = [];
    const bad: { file: string; problems: readonly Problem[] }[] = [];
    for (const file of files === null ? [] : [...files]) {
      const read = readBenchmarkBytes(new Uint8Array(await file.arrayBuffer()));
      if (read.ok) good.push({ file: file.name, benchmark: read.value });
      else bad.push({ file: file.name, problems: read.problems });
    }
    setLoaded((now) => [...now, ...good]);
    setRefused(bad);
  }

  const name = ({ benchmark }: Loaded) =>
    t(key('column'), { area: benchmark.area, quarter: benchmark.quarter });
  const rows: [string, string, (b: Benchmark) => string][] = [
    ['budgets', t(key('row.budgets')), (b) => count(b.budgets)],
    ['phbs', t(key('row.phbs')), (b) => count(b.phbs)],
    [
      'phbsPer100k',
      t(key('row.phbsPer100k')),
      (b) => (b.phbsPer100k === null ? withheld : b.phbsPer100k),
    ],
    ['annual', t(key('row.annual')), (b) => money(b.annual.total)],
    ['median', t(key('row.median')), (b) => money(b.annualCost?.median ?? null)],
    ['q1', t(key('row.q1')), (b) => money(b.annualCost?.q1 ?? null)],
    ['q3', t(key('row.q3')), (b) => money(b.annualCost?.q3 ?? null)],
    ['avoided', t(key('row.avoided')), (b) => percent(b.costAvoidance?.percent ?? null)],
    ['directPayment', t(key('row.directPayment')), (b) => percent(b.directPaymentShare)],
    ...COHORTS.map((cohort): [string, string, (b: Benchmark) => string] => [
      `cohort-${cohort}`,
      t(key('row.cohort'), {
        cohort: t(`caseload.phbReturn.cohort.${cohort}` as const satisfies MessageKey),
      }),
      (b) => count(b.counts.cohorts[cohort].total),
    ]),
    ...CARER_FLAG_IDS.map((flag): [string, string, (b: Benchmark) => string] => [
      `flag-${flag}`,
      t(key('row.flag'), { flag: t(`terms.flag.${flag}` as const satisfies MessageKey) }),
      (b) => percent(b.carerFlagRates[flag]),
    ]),
  ];
  const charts: [string, (b: Benchmark) => string | null, (value: string) => string][] = [
    ['median', (b) => b.annualCost?.median ?? null, (value) => money(value)],
    ['phbsPer100k', (b) => b.phbsPer100k, (value) => value],
    ['avoided', (b) => b.costAvoidance?.percent ?? null, (value) => percent(value)],
  ];

  return (
    <Page title={t(key('title'))} backLink={{ href: href({ page: 'caseload' }) }}>
      <p className="nhsuk-body-l">{t(key('intro'))}</p>
      <FormGroup hasError={false}>
        <Label htmlFor="benchmark-files">{t(key('filesLabel'))}</Label>
        <Hint id="benchmark-files-hint">{t(key('filesHint'))}</Hint>
        <input
          className="nhsuk-file-upload__input"
          id="benchmark-files"
          type="file"
          multiple
          accept=".json,application/json"
          aria-describedby="benchmark-files-hint"
          onChange={(event) => {
            void choose(event.target.files);
            event.target.value = '';
          }}
        />
      </FormGroup>
      {refused.length > 0 && (
        <div className="nhsuk-error-summary" role="alert" tabIndex={-1}>
          <h2 className="nhsuk-error-summary__title">
            {t(key('refused'), { count: refused.length })}
          </h2>
          <ul className="nhsuk-list">
            {refused.flatMap(({ file, problems }) =>
              problems.map((problem, index) => (
                <li key={`${file}-${index}`}>{`${file}: ${describeProblem(problem, t)}`}</li>
              )),
            )}
          </ul>
        </div>
      )}
      {loaded.length > 0 && (
        <>
          {charts.map(([id, pick, say]) => {
            const values = loaded.map((each) => pick(each.benchmark));
            const shares = sharesOfLargestCount(
              values.map((value) => (value === null ? 0 : Math.max(0, Number(value)))),
            );
            return (
              <SummarySection key={id} heading={t(key(`chart.${id}`))}>
                <div className="app-caseload-histogram" aria-hidden="true">
                  {loaded.map((each, index) => (
                    <div key={`${each.file}-${index}`} className="app-caseload-histogram__row">
                      <span className="app-caseload-histogram__label">{name(each)}</span>
                      <span className="app-caseload-histogram__track">
                        <span
                          className="app-caseload-histogram__bar"
                          style={{ width: `${(shares[index] ?? 0) * 85}%` }}
                        />
                        <span className="app-caseload-histogram__count">
                          {values[index] === null ? withheld : say(values[index] as string)}
                        </span>
                      </span>
                    </div>
                  ))}
                </div>
                <CaseloadFiguresTable
                  caption={t(key(`chart.${id}`))}
                  columns={[
                    { heading: t(key('area')) },
                    { heading: t(key(`chart.${id}`)), numeric: true },
                  ]}
                  rows={loaded.map((each, index) => ({
                    key: `${each.file}-${index}`,
                    cells: [
                      name(each),
                      values[index] === null ? withheld : say(values[index] as string),
                    ],
                  }))}
                />
              </SummarySection>
            );
          })}
          <SummarySection heading={t(key('tableHeading'))}>
            <CaseloadFiguresTable
              caption={t(key('tableCaption'))}
              columns={[
                { heading: t(key('figure')) },
                ...loaded.map((each) => ({ heading: name(each), numeric: true })),
              ]}
              rows={rows.map(([id, label, pick]) => ({
                key: id,
                cells: [label, ...loaded.map((each) => pick(each.benchmark))],
              }))}
            />
            <p className="nhsuk-body-s">{t(key('withheldNote'))}</p>
          </SummarySection>
        </>
      )}
    </Page>
  );
}
