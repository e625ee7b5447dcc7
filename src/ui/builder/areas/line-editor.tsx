/**
 * The need-line form and its page. Every keystroke is kept as a draft, so a reload or a
 * closed lid loses nothing; the cost shows as the person types; the budget changes only
 * on "Save this need". A failed save keeps everything typed and saves nothing.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formToLine,
  lineToForm,
  NEW_LINE_FORM,
  type LineForm,
} from '../../../domain/forms/line-form';
import { withLine } from '../../../domain/budget-edits';
import { totalsAfterEdit } from '../../../domain/pricing/price-budget';
import type { Problem } from '../../../domain/problems';
import type { Budget, NeedLine } from '../../../domain/schema/budget';
import type { RateCard } from '../../../domain/schema/rate-card';
import { localise } from '../../../i18n/localise';
import { today } from '../../../state/clock';
import { draftKey } from '../../../state/drafts-slice';
import { newId } from '../../../state/ids';
import { useAppStore } from '../../../state/store';
import type { FieldError } from '../../components/error-summary';
import { Page } from '../../components/page';
import { usePricing } from '../../hooks/use-budget';
import { useDraft } from '../../hooks/use-draft';
import { carerInHash, href, navigate, NEW } from '../../routes';
import { setFlash } from '../../components/budget-flash';
import { lineFieldId, type LineField } from './line-field-ids';
import { LineFields } from './line-fields';
import { LinePreview } from './line-preview';
import { LineTemplateSearch } from './line-template-search';
import { templateToForm } from '../../../domain/forms/template-form';
import { useLinePreview } from './line-preview-state';
import { RunningTotal } from '../../components/running-total';
import { FormActions } from '../../components/form-actions';

export interface LineEditorProps {
  readonly budget: Budget;
  readonly card: RateCard;
  readonly domain: RateCard['domains'][number];
  /** The saved line being changed; undefined to add a new one. */
  readonly existing: NeedLine | undefined;
}

/** Whether the form says anything other than what is saved: only then is the total "unsaved". */
function sameForm(a: LineForm, b: LineForm): boolean {
  return (Object.keys(a) as (keyof LineForm)[]).every((key) => String(a[key]) === String(b[key]));
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
  const [form, , clearDraft, changeForm] = useDraft(draftKey(budgetId, 'line', itemId), initial);
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
  // The running total as typed, in the keystroke's own render: the saved pricing with this
  // one line's amounts taken away and added again (a few additions, exact); the preview, its
  // working and its warnings follow from a deferred copy of the form.
  const typedTotals = useMemo(() => {
    if (savedPricing?.kind !== 'priced') return undefined;
    const line = formToLine(form, previewId, domain.id, budget);
    if (!line.ok) return undefined;
    return totalsAfterEdit(savedPricing.pricing, withLine(budget, line.value), card, {
      today: today(),
    });
  }, [form, previewId, domain.id, budget, savedPricing, card]);

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
    const result = formToLine(form, id, domain.id, budget);
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

  const unsaved =
    (typedTotals !== undefined || preview.kind === 'priced') && !sameForm(form, initial);
  const total =
    typedTotals ??
    (preview.kind === 'priced'
      ? preview.pricing.totals
      : savedPricing?.kind === 'priced'
        ? savedPricing.pricing.totals
        : undefined);

  return (
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
        {total !== undefined && <RunningTotal totals={total} includesUnsaved={unsaved} />}
      </div>
    </Page>
  );
}
