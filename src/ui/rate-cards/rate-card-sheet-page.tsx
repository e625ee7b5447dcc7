/**
 * A rate card from a council's rate spreadsheet (#/rate-cards/import/sheet): choose the
 * file and a rate sheet profile, check or change where the figures are and the sheet's
 * words for them, read it, see every figure with the sheet and cell it came from, then
 * save it as a new card on this device and open it to review. A sheet with any problem is
 * refused whole, each problem naming its row and column, and nothing is saved; a card may
 * not take the id of a card that comes with the tool or of a different card already here.
 */
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { readRateSheet, type SheetCard } from '../../domain/import/rate-sheet';
import {
  layoutOf,
  RATE_SHEET_TARGETS,
  type RateSheetProfile,
} from '../../domain/import/rate-sheet-profile';
import { problem, type Problem } from '../../domain/problems';
import { sheetPlace, sheetTargetName } from '../../i18n/import-words';
import { localise } from '../../i18n/localise';
import { profileFileText } from '../../io/import/profile-file';
import {
  readRateSheetProfile,
  shippedRateSheetProfiles,
} from '../../io/import/rate-sheet-profile-file';
import { readSpreadsheet } from '../../io/import/spreadsheet';
import { useAppStore } from '../../state/store';
import { setFlash } from '../components/budget-flash';
import { Button } from '../components/button';
import { Details } from '../components/details';
import { listProblems } from '../components/error-summary';
import { Page } from '../components/page';
import { Select } from '../components/select';
import { Table } from '../components/table';
import { TextInput } from '../components/text-input';
import { downloadText } from '../download';
import { useRateCards } from '../hooks/use-rate-cards';
import { ColumnMapping, withColumn, type Mapping } from '../components/column-mapping';
import { ProfileChoice, SpreadsheetUpload } from '../importing/profile-choice';
import { href, navigate } from '../routes';
import { placeProblem } from './rate-card-place';

const FILE_ID = 'rate-sheet-file';
const PROFILES = shippedRateSheetProfiles();
const FIRST = PROFILES.values().next().value as RateSheetProfile;

/** Where the figures are: the parts of a profile the page lets a person change, by their field's id. */
const WHERE_FIELDS = {
  sheet: 'rate-sheet-sheet',
  labelColumn: 'rate-sheet-label-column',
  valueColumn: 'rate-sheet-value-column',
} as const;
type WhereField = keyof typeof WHERE_FIELDS;
type Where = Mapping<WhereField>;

function whereOf(profile: RateSheetProfile): Where {
  return {
    labelColumn: profile.labelColumn,
    sheet: profile.sheet,
    valueColumn: profile.valueColumn,
  };
}

export function RateCardSheetPage() {
  const { t, i18n } = useTranslation();
  const cards = useRateCards();
  const addRateCard = useAppStore((state) => state.addRateCard);
  const input = useRef<HTMLInputElement>(null);
  const [profileId, setProfileId] = useState(FIRST.id);
  const [where, setWhere] = useState<Where>(() => whereOf(FIRST));
  const [labels, setLabels] = useState<Readonly<Record<string, string>>>(FIRST.labels ?? {});
  const [baseId, setBaseId] = useState(FIRST.baseCard);
  const [reading, setReading] = useState(false);
  const [made, setMade] = useState<SheetCard | null>(null);
  const [problems, setProblems] = useState<readonly Problem[]>([]);

  const chosen = PROFILES.get(profileId) ?? FIRST;
  // The profile as the page now says it, shaped as a file would be (no emptied parts).
  const profile = useMemo(
    () =>
      Object.fromEntries(
        Object.entries({
          format: chosen.format,
          version: chosen.version,
          id: chosen.id,
          name: chosen.name,
          description: chosen.description,
          ...where,
          baseCard: baseId,
          labels,
        }).filter(([, value]) => value !== undefined && value !== ''),
      ),
    [chosen, where, baseId, labels],
  );
  const chooseProfile = (id: string) => {
    const next = PROFILES.get(id) ?? FIRST;
    setProfileId(next.id);
    setWhere(whereOf(next));
    setLabels(next.labels ?? {});
    setBaseId(next.baseCard);
  };
  const changeWhere = (field: WhereField, value: string) =>
    setWhere((now) => withColumn(now, field, field === 'sheet' ? value : value.toUpperCase()));

  // A problem with where the figures are is named by its field, and its link goes there.
  const place = (found: Problem) =>
    found.path in WHERE_FIELDS ? t(`importing.rateSheet.page.${found.path}`) : sheetPlace(found, t);
  const errors = listProblems(
    problems,
    FILE_ID,
    t,
    (found) => `${place(found)}: ${t(found.key, { ...found.values })}`,
  ).map((error, index) => {
    const path = problems[index]?.path ?? '';
    return path in WHERE_FIELDS ? { ...error, fieldId: WHERE_FIELDS[path as WhereField] } : error;
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMade(null);
    const file = input.current?.files?.[0];
    const base = cards.find((card) => card.id === baseId);
    if (file === undefined) {
      setProblems([problem([], 'importing.rateSheet.page.noFile')]);
      return;
    }
    if (base === undefined) {
      setProblems([problem([], 'importing.page.noCard', { card: baseId })]);
      return;
    }
    setReading(true);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const read = await readSpreadsheet(bytes, file.name, where.sheet);
    setReading(false);
    const table = read.ok ? read.sheets[0] : undefined;
    if (!read.ok || table === undefined) {
      const why = read.ok ? { key: 'importing.file.notWorkbook', values: {} } : read;
      setProblems([
        problem([], 'importing.rateSheet.page.fileRefused', {
          file: file.name,
          why: t(why.key, { ...why.values }),
        }),
      ]);
      return;
    }
    const checked = readRateSheetProfile(profile);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    const result = readRateSheet(table, file.name, base, layoutOf(checked.value));
    const refused = result.ok ? atIdCell(placeProblem(result.value.card), result.value) : null;
    if (!result.ok || refused !== null) {
      setProblems(result.ok ? [refused as Problem] : result.problems);
      return;
    }
    setProblems([]);
    setMade(result.value);
  };

  const save = () => {
    if (made === null) return;
    // Read again at the moment of saving: another tab may have added a card with this id.
    const refused = atIdCell(placeProblem(made.card), made);
    if (refused !== null) {
      setMade(null);
      setProblems([refused]);
      return;
    }
    const added = addRateCard(made.card, 'imported');
    const target = { page: 'rate-card', cardId: made.card.id } as const;
    setFlash({
      target: href(target),
      heading: 'rateCards.import.imported',
      body: added ? 'importing.rateSheet.page.savedBody' : 'rateCards.import.already',
      values: { name: localise(made.card.name, i18n.language) },
    });
    navigate(target);
  };

  return (
    <Page
      title={t('importing.rateSheet.page.title')}
      errors={errors}
      backLink={{ href: href({ page: 'rate-cards' }) }}
    >
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-full">
          <p className="nhsuk-body">{t('importing.rateSheet.page.intro')}</p>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <SpreadsheetUpload
              id={FILE_ID}
              label={t('importing.rateSheet.page.fileLabel')}
              error={
                problems.length === 0
                  ? undefined
                  : t('importing.rateSheet.page.refused', { count: problems.length })
              }
              inputRef={input}
            />
            <ProfileChoice
              id="rate-sheet-profile"
              legend={t('importing.rateSheet.page.profileLegend')}
              hint={t('importing.rateSheet.page.profileHint')}
              profiles={PROFILES.values()}
              value={profileId}
              onChange={chooseProfile}
            />
            <Select
              id="rate-sheet-base"
              label={t('importing.rateSheet.page.baseLabel')}
              hint={t('importing.rateSheet.page.baseHint')}
              value={baseId}
              onChange={setBaseId}
              options={cards.map((card) => ({
                value: card.id,
                label: localise(card.name, i18n.language),
              }))}
            />
            <Details summary={t('importing.rateSheet.page.whereSummary')}>
              <p className="nhsuk-body">{t('importing.rateSheet.page.whereIntro')}</p>
              <TextInput
                id={WHERE_FIELDS.sheet}
                label={t('importing.rateSheet.page.sheet')}
                hint={t('importing.rateSheet.page.sheetHint')}
                width={20}
                value={where.sheet ?? ''}
                onChange={(value) => changeWhere('sheet', value)}
              />
              <TextInput
                id={WHERE_FIELDS.labelColumn}
                label={t('importing.rateSheet.page.labelColumn')}
                hint={t('importing.rateSheet.page.columnHint')}
                width={3}
                value={where.labelColumn ?? ''}
                onChange={(value) => changeWhere('labelColumn', value)}
              />
              <TextInput
                id={WHERE_FIELDS.valueColumn}
                label={t('importing.rateSheet.page.valueColumn')}
                hint={t('importing.rateSheet.page.valueColumnHint')}
                width={3}
                value={where.valueColumn ?? ''}
                onChange={(value) => changeWhere('valueColumn', value)}
              />
              <h3 className="nhsuk-heading-s">{t('importing.rateSheet.page.labelsHeading')}</h3>
              <p className="nhsuk-body">{t('importing.rateSheet.page.labelsIntro')}</p>
              <ColumnMapping
                idPrefix="rate-sheet-label"
                fields={RATE_SHEET_TARGETS.map((target) => ({
                  field: targetId(target),
                  label: sheetTargetName(target, t),
                }))}
                columns={Object.fromEntries(
                  Object.entries(labels).map(([target, words]) => [targetId(target), words]),
                )}
                onChange={(field, value) =>
                  setLabels(
                    (now) => withColumn(now, targetOf(field), value) as Record<string, string>,
                  )
                }
              />
              <Button
                variant="secondary"
                onClick={() => downloadText(`${chosen.id}.json`, profileFileText(profile))}
              >
                {t('importing.page.downloadProfile')}
              </Button>
            </Details>
            <Button type="submit" disabled={reading}>
              {t('importing.rateSheet.page.read')}
            </Button>
          </form>
          {problems.length > 0 && (
            <Table
              caption={t('importing.rateSheet.page.problemsCaption')}
              columns={[
                { heading: t('importing.page.where') },
                { heading: t('importing.page.why') },
              ]}
              rows={problems.map((found, index) => ({
                key: `${found.path}-${index}`,
                cells: [place(found), t(found.key, { ...found.values })],
              }))}
            />
          )}
          {made !== null && (
            <>
              <h2 className="nhsuk-heading-m">{t('importing.rateSheet.page.resultHeading')}</h2>
              <p className="nhsuk-body">
                {t('importing.rateSheet.page.found', {
                  count: made.figures.length,
                  name: localise(made.card.name, i18n.language),
                  base: localise(
                    cards.find((card) => card.id === baseId)?.name ?? baseId,
                    i18n.language,
                  ),
                })}
              </p>
              <Table
                caption={t('importing.rateSheet.page.figuresCaption')}
                firstCellIsHeader
                columns={[
                  { heading: t('importing.rateSheet.page.figure') },
                  { heading: t('importing.rateSheet.page.value'), numeric: true },
                  { heading: t('importing.rateSheet.page.label') },
                  { heading: t('importing.rateSheet.page.source') },
                ]}
                rows={made.figures.map((found) => ({
                  key: found.figure,
                  cells: [sheetTargetName(found.figure, t), found.value, found.label, found.source],
                }))}
                scroll
              />
              <Button onClick={save}>{t('importing.rateSheet.page.save')}</Button>
            </>
          )}
        </div>
      </div>
    </Page>
  );
}

/** A card's id that cannot be kept here is named at the cell the sheet gave it in. */
function atIdCell(found: Problem | null, made: SheetCard): Problem | null {
  const cell = made.figures.find((figure) => figure.figure === 'id')?.cell;
  return found === null || cell === undefined ? found : { ...found, path: cell };
}

/** A field id cannot hold `.` or `[`: the part's path is written with `_` in an id. */
function targetId(target: string): string {
  return target.replace(/[.[\]]/g, '_');
}

function targetOf(id: string): string {
  return RATE_SHEET_TARGETS.find((target) => targetId(target) === id) ?? id;
}
