/**
 * Import a rate card (#/rate-cards/import): a file chosen on the device is read with the
 * command line's rules (readRateCard). A file with any problem is refused whole, with
 * every problem naming its field, and nothing is saved. A card may not take the id of a
 * card that comes with the tool, nor of a different card already on this device.
 */
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { problem, type Problem } from '../../domain/problems';
import type { RateCard } from '../../domain/schema/rate-card';
import { localise } from '../../i18n/localise';
import { readRateCardFileBytes, rateCardFileSizeProblem } from '../../io/rate-card-file';
import { useAppStore } from '../../state/store';
import { Button } from '../components/button';
import { listProblems } from '../components/error-summary';
import { FileUpload } from '../components/file-upload';
import { Page } from '../components/page';
import { href, navigate } from '../routes';
import { placeProblem } from './rate-card-place';
import { setFlash } from '../components/budget-flash';

const INPUT_ID = 'rate-card-file';

type ImportError =
  | { readonly kind: 'no-file' }
  | { readonly kind: 'problems'; readonly problems: readonly Problem[] };

async function readChosenFile(file: File | undefined): Promise<ImportError | RateCard> {
  if (file === undefined) return { kind: 'no-file' };
  const tooLarge = rateCardFileSizeProblem(file.size);
  if (tooLarge !== null) return { kind: 'problems', problems: [tooLarge] };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { kind: 'problems', problems: [problem([], 'validation.readFile')] };
  }
  const result = readRateCardFileBytes(bytes);
  if (!result.ok) return { kind: 'problems', problems: result.problems };
  const refused = placeProblem(result.value);
  return refused === null ? result.value : { kind: 'problems', problems: [refused] };
}

export function RateCardImportPage() {
  const { t, i18n } = useTranslation();
  const addRateCard = useAppStore((state) => state.addRateCard);
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<ImportError | null>(null);
  const [reading, setReading] = useState(false);

  const errors = useMemo(() => {
    if (error === null) return [];
    if (error.kind === 'no-file')
      return [{ fieldId: INPUT_ID, message: t('rateCards.import.noFile') }];
    return listProblems(error.problems, INPUT_ID, t);
  }, [error, t]);
  const message =
    error === null
      ? undefined
      : error.kind === 'no-file'
        ? t('rateCards.import.noFile')
        : t('rateCards.import.problems', { count: error.problems.length });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setReading(true);
    const read = await readChosenFile(input.current?.files?.[0]);
    setReading(false);
    if ('kind' in read) {
      setError(read);
      return;
    }
    const added = addRateCard(read, 'imported');
    const target = { page: 'rate-card', cardId: read.id } as const;
    setFlash({
      target: href(target),
      heading: 'rateCards.import.imported',
      body: added ? 'rateCards.import.importedBody' : 'rateCards.import.already',
      values: { name: localise(read.name, i18n.language) },
    });
    navigate(target);
  };

  return (
    <Page
      title={t('rateCards.import.title')}
      errors={errors}
      backLink={{ href: href({ page: 'rate-cards' }) }}
    >
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <p className="nhsuk-body">{t('rateCards.import.intro')}</p>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <FileUpload
              id={INPUT_ID}
              label={t('rateCards.import.label')}
              hint={t('rateCards.import.hint')}
              error={message}
              accept=".json,application/json"
              inputRef={input}
            />
            <Button type="submit" disabled={reading}>
              {t('rateCards.import.button')}
            </Button>
          </form>
        </div>
      </div>
    </Page>
  );
}
