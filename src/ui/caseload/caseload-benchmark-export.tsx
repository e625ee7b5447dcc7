/**
 * The benchmark file for the region: the area's name and, if known, its population, then
 * the download. The file is built from the priced budgets' cohorts, routes, amounts and
 * flag ids only (benchmark.ts), checked as a region will read it, in a worker so that a
 * caseload of thousands leaves the page free (the caseload store's buildBenchmark), and
 * offered to save. It is made from the counts and sums each worker kept as it priced its
 * budgets (benchmark-part.ts), about a second at a nation's size; the page says what it is
 * doing meanwhile and when the file is saved. A caseload cleared or priced again meanwhile
 * gives no file (buildBenchmark's null).
 */
import { useState } from 'react';
import { describeProblem } from '../../i18n/problems';
import { useCaseloadStore } from '../../state/caseload/caseload-store';
import { Button } from '../components/button';
import { TextInput } from '../components/text-input';
import { downloadText } from '../download';
import { href } from '../routes';
import type { CaseloadFormat } from './use-caseload-format';

export function CaseloadBenchmarkExport({ format }: { readonly format: CaseloadFormat }) {
  const { t } = format;
  const buildBenchmark = useCaseloadStore((s) => s.buildBenchmark);
  const [building, setBuilding] = useState(false);
  const key = (name: string) => `commissioner.benchmark.${name}`;
  const [area, setArea] = useState('');
  const [population, setPopulation] = useState('');
  // Said while the file is made, then when it is saved.
  const [message, setMessage] = useState('');
  const [error, setError] = useState<{ field: 'area' | 'population'; message: string } | null>(
    null,
  );

  async function download() {
    const people = population.trim();
    if (people !== '' && !/^[1-9]\d{0,8}$/.test(people)) {
      setError({ field: 'population', message: t(key('populationError')) });
      return;
    }
    setBuilding(true);
    setMessage(t(key('building')));
    let built: Awaited<ReturnType<typeof buildBenchmark>>;
    try {
      built = await buildBenchmark({
        area: area.trim(),
        population: people === '' ? null : Number(people),
      });
    } catch {
      // A worker that could not be started or sent to: the page says so and stays usable.
      setMessage(t(key('failed')));
      return;
    } finally {
      setBuilding(false);
    }
    setMessage('');
    if (built === null) return;
    if (!built.ok) {
      const [first] = built.problems;
      setError({
        field: 'area',
        message: first === undefined ? t(key('areaError')) : describeProblem(first, t),
      });
      return;
    }
    setError(null);
    const fileName = t(key('fileName'), { quarter: built.value.quarter });
    downloadText(fileName, `${JSON.stringify(built.value, null, 2)}\n`, 'application/json');
    setMessage(t(key('downloaded'), { file: fileName }));
  }

  return (
    <>
      <p className="nhsuk-body">{t(key('intro'))}</p>
      <TextInput
        id="benchmark-area"
        label={t(key('areaLabel'))}
        hint={t(key('areaHint'))}
        error={error?.field === 'area' ? error.message : undefined}
        value={area}
        onChange={setArea}
      />
      <TextInput
        id="benchmark-population"
        label={t(key('populationLabel'))}
        hint={t(key('populationHint'))}
        error={error?.field === 'population' ? error.message : undefined}
        inputMode="numeric"
        width={10}
        value={population}
        onChange={setPopulation}
      />
      <Button type="button" variant="secondary" disabled={building} onClick={() => void download()}>
        {t(key('download'))}
      </Button>
      <p className="nhsuk-body" role="status">
        {message}
      </p>
      <p className="nhsuk-body">
        <a className="nhsuk-link" href={href({ page: 'benchmarks' })}>
          {t(key('compareLink'))}
        </a>
      </p>
    </>
  );
}
