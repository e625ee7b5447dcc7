/**
 * "Open a budget file": a file chosen on the device is read here and checked with the
 * same rules as the command line. A file with any problem is refused whole: nothing is
 * saved, and the page lists every problem, each naming its field. Opening waits for the
 * button, not the file picker, so choosing a file never moves anyone to another page.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { problem, type Problem } from '../../domain/problems';
import { budgetFileSizeProblem } from '../../io/budget-file';
import { Button } from '../components/button';
import { FileUpload } from '../components/file-upload';
import { useOpenBudget } from './start-open-budget';

export const BUDGET_FILE_INPUT_ID = 'budget-file';

export type FileError =
  | { readonly kind: 'no-file' }
  | { readonly kind: 'problems'; readonly problems: readonly Problem[] };

export interface StartOpenFileProps {
  readonly error: FileError | null;
  readonly onError: (error: FileError | null) => void;
}

export function StartOpenFile({ error, onError }: StartOpenFileProps) {
  const { t } = useTranslation();
  const openBudget = useOpenBudget();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);

  const message =
    error === null
      ? undefined
      : error.kind === 'no-file'
        ? t('start.openFile.noFile')
        : t('start.openFile.problems', { count: error.problems.length });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (file === undefined) {
      onError({ kind: 'no-file' });
      return;
    }
    const tooLarge = budgetFileSizeProblem(file.size);
    if (tooLarge !== null) {
      onError({ kind: 'problems', problems: [tooLarge] });
      return;
    }
    setReading(true);
    let bytes: ArrayBuffer;
    let reader: typeof import('../../io/budget-file-read');
    try {
      // The checks (zod and the schemas) load with the file's bytes, not at start-up.
      [bytes, reader] = await Promise.all([
        file.arrayBuffer(),
        import('../../io/budget-file-read'),
      ]);
    } catch {
      setReading(false);
      onError({ kind: 'problems', problems: [problem([], 'validation.readFile')] });
      return;
    }
    setReading(false);
    const result = reader.readBudgetFileBytes(new Uint8Array(bytes));
    if (!result.ok) {
      onError({ kind: 'problems', problems: result.problems });
      return;
    }
    onError(null);
    openBudget(result.value);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <h2 className="nhsuk-heading-m">{t('start.openFile.heading')}</h2>
      <FileUpload
        id={BUDGET_FILE_INPUT_ID}
        label={t('start.openFile.label')}
        hint={t('start.openFile.hint')}
        error={message}
        accept=".json,application/json"
        inputRef={input}
      />
      <Button type="submit" variant="secondary" disabled={reading}>
        {t('start.openFile.button')}
      </Button>
    </form>
  );
}
