/**
 * Importing a statement into a budget's spending (#/budgets/:id/spending/import): choose
 * the kind of file (a bank or prepaid-card statement, a payroll summary, a PA timesheet)
 * and the file; check which column holds what (the columns the headings name are filled
 * in); see a preview, or every problem named by its row and column. A file with any
 * problem is refused whole and nothing saved changes. What is added carries the tool's
 * suggested matches unconfirmed: the person confirms them on the payments page.
 */
import type { TFunction } from 'i18next';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../hooks/use-translation';
import type { Transaction } from '../../domain/ledger/ledger-schema';
import { matcherFor } from '../../domain/ledger/matching';
import type { Problem } from '../../domain/problems';
import { readCsv } from '../../io/csv-read';
import {
  guessedHeadings,
  mappingByHeadings,
  type HeadingMapping,
} from '../../io/statement-mapping';
import {
  readStatement,
  STATEMENT_FIELDS,
  statementPlace,
  type StatementImport,
  type StatementKind,
} from '../../io/statements';
import { spendingNames } from '../../present/spending-names';
import { useAppStore } from '../../state/store';
import { setFlash } from '../components/budget-flash';
import { Button } from '../components/button';
import { ColumnMapping, withColumn } from '../components/column-mapping';
import { listProblems } from '../components/error-summary';
import { FileUpload } from '../components/file-upload';
import { Page } from '../components/page';
import { Radios } from '../components/radios';
import { Table } from '../components/table';
import { useSummaryFormat } from '../summary/summary-format';
import { captionOf, SpendingForm, type ReadySpending } from './spending-frame';
import { spendingHref } from './spending-href';
import type { MessageKey } from '../../i18n/message-keys';

const FILE_ID = 'statement-file';
const KIND_ID = 'statement-kind';
const KINDS: readonly StatementKind[] = ['bank', 'payroll', 'timesheet'];
/** The preview shows this many payments; the import adds every one. */
const PREVIEW_ROWS = 200;

export function StatementImportPage({ budgetId }: { budgetId: string }) {
  const { t } = useTranslation();
  return (
    <SpendingForm
      budgetId={budgetId}
      title={t('spending.import.title')}
      backHref={spendingHref.left(budgetId)}
    >
      {(spending) => <StatementImport spending={spending} />}
    </SpendingForm>
  );
}

/** The file as read so far: its text and header row, and the kind chosen for it. */
interface Chosen {
  readonly text: string;
  readonly name: string;
  readonly kind: StatementKind;
  readonly paidOutIs: 'negative' | 'positive';
  readonly header: readonly string[];
}

type Preview =
  | { readonly ok: true; readonly read: StatementImport }
  | { readonly ok: false; readonly problems: readonly Problem[] };

function StatementImport({ spending }: { spending: ReadySpending }) {
  const { t } = useTranslation();
  const { budget, pricing, ledger } = spending;
  const budgetId = budget.id;
  const format = useSummaryFormat(pricing);
  const addImported = useAppStore((state) => state.addImported);
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<StatementKind>('bank');
  const [paidOutIs, setPaidOutIs] = useState<'negative' | 'positive'>('negative');
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [headings, setHeadings] = useState<HeadingMapping>({});
  const [mappingProblems, setMappingProblems] = useState<readonly Problem[]>([]);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [saveProblems, setSaveProblems] = useState<readonly Problem[]>([]);

  const chooseFile = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    setPreview(null);
    setChosen(null);
    if (file === undefined) {
      setFileError(t('spending.import.noFile'));
      return;
    }
    const text = await file.text();
    const csv = readCsv(text);
    if (!csv.ok) {
      setFileError(problemWords(csv.problems[0], t));
      return;
    }
    const header = csv.value[0];
    if (header === undefined || csv.value.length < 2) {
      setFileError(t('spending.import.empty'));
      return;
    }
    setFileError(undefined);
    setMappingProblems([]);
    setHeadings(guessedHeadings(kind, header));
    setChosen({ text, name: file.name, kind, paidOutIs, header });
  };

  const read = (event: FormEvent) => {
    event.preventDefault();
    if (chosen === null) return;
    const mapping = mappingByHeadings(chosen.kind, chosen.header, headings, chosen.paidOutIs);
    if (!mapping.ok) {
      setMappingProblems(mapping.problems);
      setPreview(null);
      return;
    }
    setMappingProblems([]);
    const result = readStatement(chosen.text, chosen.kind, budget, ledger, mapping.value);
    setPreview(
      result.ok
        ? { ok: true, read: withSuggestions(result.value) }
        : { ok: false, problems: result.problems },
    );
  };

  // Each new payment with the tool's suggestion, unconfirmed: the person confirms it later.
  const withSuggestions = (read: StatementImport): StatementImport => {
    const matcher = matcherFor(budget, pricing.card, ledger);
    return {
      ...read,
      transactions: read.transactions.map((transaction): Transaction => {
        const found = matcher.suggest(transaction);
        if (found === null) return transaction;
        return {
          ...transaction,
          match: {
            kind: found.kind,
            ...(found.id === undefined ? {} : { id: found.id }),
            confirmed: false,
          },
        };
      }),
    };
  };

  const add = async () => {
    if (preview === null || !preview.ok) return;
    const { transactions, receipts, timesheets, payroll } = preview.read;
    const result = await addImported(budgetId, { transactions, receipts, timesheets, payroll });
    if (!result.ok) {
      setSaveProblems(result.problems);
      return;
    }
    setFlash({
      target: spendingHref.payments(budgetId),
      heading: 'spending.import.added',
      body: 'spending.import.addedBody',
      values: {
        payments: transactions.length,
        suggested: transactions.filter((one) => one.match !== undefined).length,
        other: receipts.length + timesheets.length + payroll.length,
      },
    });
    window.location.hash = spendingHref.payments(budgetId);
  };

  const fieldLabel = (field: string) => t(`spending.import.fields.${field}`);
  const mappingError = (field: string) => {
    const found = mappingProblems.find((one) => one.path === field);
    return found === undefined
      ? undefined
      : t(found.key, { ...found.values, field: fieldLabel(field) });
  };
  // A refused file is announced as a missing column is: in the error summary, which takes
  // focus, each problem a link to the file input (the fix is to choose the file again).
  const refused = preview !== null && !preview.ok ? preview.problems : [];
  const errors = [
    ...(fileError === undefined ? [] : [{ fieldId: FILE_ID, message: fileError }]),
    ...mappingProblems.map((found) => ({
      fieldId: `statement-column-${found.path}`,
      message: mappingError(found.path) ?? '',
    })),
    ...listProblems(refused, FILE_ID, t, problemWords),
    ...saveProblems.map((found) => ({ fieldId: FILE_ID, message: problemWords(found, t) })),
  ];

  return (
    <Page
      title={t('spending.import.title')}
      caption={captionOf(budget)}
      errors={errors}
      backLink={{ href: spendingHref.left(budgetId) }}
    >
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-full">
          <p className="nhsuk-body">{t('spending.import.intro')}</p>
          <form onSubmit={(event) => void chooseFile(event)} noValidate>
            <Radios
              id={KIND_ID}
              legend={t('spending.import.kindLegend')}
              legendSize="s"
              value={kind}
              onChange={(value) => setKind(value as StatementKind)}
              options={KINDS.map((one) => ({
                value: one,
                label: t(`spending.import.kinds.${one}` as const satisfies MessageKey),
                hint: t(`spending.import.kindHints.${one}` as const satisfies MessageKey),
                conditional:
                  one === 'bank' && kind === 'bank' ? (
                    <Radios
                      id="statement-paid-out"
                      legend={t('spending.import.paidOutLegend')}
                      legendSize="s"
                      hint={t('spending.import.paidOutHint')}
                      value={paidOutIs}
                      onChange={(value) => setPaidOutIs(value as 'negative' | 'positive')}
                      options={[
                        { value: 'negative', label: t('spending.import.paidOut.negative') },
                        { value: 'positive', label: t('spending.import.paidOut.positive') },
                      ]}
                    />
                  ) : undefined,
              }))}
            />
            <FileUpload
              id={FILE_ID}
              label={t('spending.import.fileLabel')}
              hint={t('spending.import.fileHint')}
              error={
                fileError ?? (refused.length > 0 ? t('spending.import.refusedError') : undefined)
              }
              accept=".csv,text/csv"
              inputRef={input}
            />
            <Button type="submit" variant={chosen === null ? 'primary' : 'secondary'}>
              {t('spending.import.choose')}
            </Button>
          </form>
          {chosen !== null && (
            <form onSubmit={read} noValidate>
              <h2 className="nhsuk-heading-m">{t('spending.import.columnsHeading')}</h2>
              <ColumnMapping
                idPrefix="statement-column"
                intro={
                  <>
                    <p className="nhsuk-body">
                      {t('spending.import.columnsIntro', {
                        name: chosen.name,
                        kind: t(
                          `spending.import.kinds.${chosen.kind}` as const satisfies MessageKey,
                        ),
                      })}
                    </p>
                    <p className="nhsuk-body">
                      {t('spending.import.headings', { headings: chosen.header.join(', ') })}
                    </p>
                  </>
                }
                fields={STATEMENT_FIELDS[chosen.kind].map((field) => ({
                  field,
                  label: fieldLabel(field),
                  error: mappingError(field),
                }))}
                columns={headings}
                onChange={(field, value) => setHeadings((now) => withColumn(now, field, value))}
              />
              <Button type="submit" variant={preview === null ? 'primary' : 'secondary'}>
                {t('spending.import.read')}
              </Button>
            </form>
          )}
          {preview !== null && (
            <StatementPreview
              preview={preview}
              names={spendingNames(pricing, format)}
              format={format}
              onAdd={() => void add()}
            />
          )}
        </div>
      </div>
    </Page>
  );
}

/** Where a problem is, in the page's language: `row 3, column "Date"`, `rhes 3, colofn "Date"`. */
function placeWords(path: string, t: TFunction): string {
  if (path === 'file') return t('spending.import.theFile');
  const place = statementPlace(path);
  if (place === null) return path;
  return place.column === undefined
    ? t('spending.import.place.row', { row: place.row })
    : t('spending.import.place.cell', { row: place.row, column: place.column });
}

function problemWords(found: Problem | undefined, t: TFunction) {
  if (found === undefined) return '';
  return t('spending.import.problem', {
    where: placeWords(found.path, t),
    problem: t(found.key, { ...found.values }),
  });
}

function StatementPreview({
  preview,
  names,
  format,
  onAdd,
}: {
  preview: Preview;
  names: ReturnType<typeof spendingNames>;
  format: ReturnType<typeof useSummaryFormat>;
  onAdd: () => void;
}) {
  const { t } = useTranslation();
  if (!preview.ok) {
    return (
      <section aria-labelledby="statement-refused">
        <h2 className="nhsuk-heading-m" id="statement-refused">
          {t('spending.import.refusedHeading')}
        </h2>
        <p className="nhsuk-body">{t('spending.import.refusedBody')}</p>
        <Table
          caption={t('spending.import.problemsCaption', { count: preview.problems.length })}
          captionSize="s"
          columns={[
            { heading: t('spending.import.where') },
            { heading: t('spending.import.what') },
          ]}
          rows={preview.problems.map((found, index) => ({
            key: `${found.path}-${index}`,
            cells: [placeWords(found.path, t), t(found.key, { ...found.values })],
          }))}
          scroll
        />
      </section>
    );
  }
  const { read } = preview;
  const nothing =
    read.transactions.length +
      read.receipts.length +
      read.timesheets.length +
      read.payroll.length ===
    0;
  return (
    <section aria-labelledby="statement-preview">
      <h2 className="nhsuk-heading-m" id="statement-preview">
        {t('spending.import.previewHeading')}
      </h2>
      <p className="nhsuk-body">
        {t('spending.import.found', {
          payments: read.transactions.length,
          receipts: read.receipts.length,
          timesheets: read.timesheets.length,
          payroll: read.payroll.length,
          kept: read.alreadyKept,
        })}
      </p>
      {read.transactions.length > 0 && (
        <Table
          caption={t('spending.import.previewCaption', {
            shown: Math.min(PREVIEW_ROWS, read.transactions.length),
            count: read.transactions.length,
          })}
          captionSize="s"
          columns={[
            { heading: t('spending.payments.date') },
            { heading: t('spending.payments.payee') },
            { heading: t('spending.payments.amount'), numeric: true },
            { heading: t('spending.import.suggested') },
          ]}
          rows={read.transactions.slice(0, PREVIEW_ROWS).map((transaction) => ({
            key: transaction.id,
            cells: [
              format.date(transaction.date),
              transaction.payee,
              format.money(transaction.amount),
              transaction.match === undefined
                ? t('spending.status.none')
                : names.match(transaction.match),
            ],
          }))}
          scroll
        />
      )}
      {nothing ? (
        <p className="nhsuk-body">{t('spending.import.nothing')}</p>
      ) : (
        <>
          <p className="nhsuk-body">{t('spending.import.notConfirmed')}</p>
          <Button type="button" onClick={onAdd}>
            {t('spending.import.add')}
          </Button>
        </>
      )}
    </section>
  );
}
