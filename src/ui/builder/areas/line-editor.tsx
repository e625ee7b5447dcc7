/**
 * The need-line form and its page. Every keystroke is kept as a draft, so a reload or a
 * closed lid loses nothing; the cost shows as the person types; the budget changes only
 * on "Save this need". A failed save keeps everything typed and saves nothing.
 *
 * In a keystroke's own task only the group of questions typed in and the running total
 * render (each reads the draft itself); this page follows the draft in a transition, so
 * its preview, working and warnings show the key a render later.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import {
  formToLine,
  lineToForm,
  NEW_LINE_FORM,
  type LineForm,
} from '../../../domain/forms/line-form';
import type { Problem } from '../../../domain/problems';
import type { Budget, NeedLine } from '../../../domain/schema/budget';
import type { RateCard } from '../../../domain/schema/rate-card';
import { localise } from '../../../i18n/localise';
import { draftKey } from '../../../state/drafts-slice';
import { newId } from '../../../state/ids';
import { useAppStore } from '../../../state/store';
import type { FieldError } from '../../components/error-summary';
import { Page } from '../../components/page';
import { usePricing } from '../../hooks/use-budget';
import { useDraftActions, useDraftInTransition } from '../../hooks/use-draft';
import { carerInHash, href, navigate, NEW } from '../../routes';
import { setFlash } from '../../components/budget-flash';
import {
  LineDraftContext,
  lineFieldId,
  type LineDraftSource,
  type LineField,
} from './line-field-ids';
import { LineFields } from './line-fields';
import { LinePreview } from './line-preview';
import { LineTemplateSearch } from './line-template-search';
import { templateToForm } from '../../../domain/forms/template-form';
import { useLinePreview } from './line-preview-state';
import { LineRunningTotal } from './line-running-total';
import { FormActions } from '../../components/form-actions';

export interface LineEditorProps {
  readonly budget: Budget;
  readonly card: RateCard;
  readonly domain: RateCard['domains'][number];
  /** The saved line being changed; undefined to add a new one. */
  readonly existing: NeedLine | undefined;
}

export function LineEditor({ budget, card, domain, existing }: LineEditorProps) {
  const { t, i18n } = useTranslation();
  const savedPricing = usePricing(budget);
  const saveLine = useAppStore((state) => state.saveLine);
  const budgetId = budget.id;
  const domainRoute = { page: 'domain', budgetId, domainId: domain.id } as const;
  // "Add care Sam gives" on the carers page opens a new need already given by Sam.
  const [forCarer] = useState(() => {
    const id = existing === undefined ? carerInHash(window.location.hash) : undefined;
    return budget.carers.some((carer) => carer.id === id) ? id : undefined;
  });
  const initial = useMemo(
    () =>
      existing !== undefined
        ? lineToForm(existing)
        : forCarer === undefined
          ? NEW_LINE_FORM
          : { ...NEW_LINE_FORM, resource: 'unpaid-carer' as const, carer: forCarer },
    [existing, forCarer],
  );
  // A new need's draft belongs to its area (and carer), so half a personal care need never shows up under work.
  const itemId =
    existing?.id ?? `${NEW}-${domain.id}${forCarer === undefined ? '' : `-${forCarer}`}`;
  const key = draftKey(budgetId, 'line', itemId);
  const source: LineDraftSource = useMemo(() => ({ key, initial }), [key, initial]);
  // The form a render behind the keystrokes; the groups and the total read theirs as typed.
  const form = useDraftInTransition(key, initial);
  const { clear: clearDraft, patch: changeForm } = useDraftActions(key, initial);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  // The id a new line is previewed under; it is saved under a fresh one, unique at that moment.
  const [previewId] = useState(
    () =>
      existing?.id ??
      newId(
        'l',
        budget.lines.map((line) => line.id),
      ),
  );
  const preview = useLinePreview(form, previewId, domain.id, budget);

  // One object per set of problems, so the memoised groups of questions see no change.
  const fieldErrors = useMemo(() => {
    const byField: Partial<Record<LineField, string>> = {};
    for (const found of problems)
      byField[found.path as LineField] ??= t(found.key, { ...found.values });
    return byField;
  }, [problems, t]);
  const noCarers = budget.carers.length === 0;
  const summary: FieldError[] = useMemo(
    () =>
      problems.map((found) => ({
        // With no carers yet there is no list to choose from: link to the choice that explains it.
        fieldId:
          found.path === 'carer' && noCarers
            ? `${lineFieldId('resource')}-3`
            : lineFieldId(found.path as LineField),
        message: t(found.key, { ...found.values }),
      })),
    [problems, noCarers, t],
  );
  // The page's words and links, the same at every keystroke: looked up once a language.
  const isNew = existing === undefined;
  const domainHref = href(domainRoute);
  const words = useMemo(
    () => ({
      title: t(isNew ? 'lines.page.addHeading' : 'lines.page.changeHeading'),
      save: t('lines.page.save'),
      cancel: t('lines.page.cancel'),
    }),
    [t, isNew],
  );
  const backLink = useMemo(() => ({ href: domainHref }), [domainHref]);
  const caption = useMemo(() => localise(domain.name, i18n.language), [domain.name, i18n.language]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id =
      existing?.id ??
      newId(
        'l',
        budget.lines.map((line) => line.id),
      );
    // The draft as typed, never this render's copy, which may be a key behind.
    const typed = (useAppStore.getState().drafts[key] as LineForm | undefined) ?? initial;
    const result = formToLine(typed, id, domain.id, budget);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    saveLine(budgetId, result.value);
    clearDraft();
    setFlash({
      target: href(domainRoute),
      heading: existing === undefined ? 'lines.page.added' : 'lines.page.changed',
      values: { activity: result.value.activity },
    });
    navigate(domainRoute);
  };

  return (
    <LineDraftContext value={source}>
      <Page title={words.title} caption={caption} errors={summary} backLink={backLink}>
        <div className="app-running-total-layout">
          <div className="app-running-total-layout__main">
            {existing === undefined && (
              <LineTemplateSearch
                cardId={card.id}
                domainId={domain.id}
                onPick={(template, language) => changeForm(templateToForm(template, language))}
              />
            )}
            <form onSubmit={submit} noValidate>
              <LineFields
                form={form}
                onChange={changeForm}
                errors={fieldErrors}
                budget={budget}
                card={card}
                priced={preview.kind === 'priced' ? preview.priced : undefined}
              />
              <LinePreview preview={preview} budget={budget} />
              <FormActions
                saveLabel={words.save}
                cancelLabel={words.cancel}
                cancelHref={domainHref}
                onCancel={clearDraft}
              />
            </form>
          </div>
          <LineRunningTotal
            source={source}
            budget={budget}
            card={card}
            domainId={domain.id}
            lineId={previewId}
            savedPricing={savedPricing}
            preview={preview}
          />
        </div>
      </Page>
    </LineDraftContext>
  );
}
