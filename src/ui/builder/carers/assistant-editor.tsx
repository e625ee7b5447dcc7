/**
 * The personal-assistant form: their name and the hours a week of their contract. Kept in
 * a draft as it is typed; the domain's form rules decide what is wrong, and nothing is
 * saved until all is right. While changing an assistant, the page says the hours of the
 * needs they work and warns, as the contract is typed, when those come to more than it
 * or more than 48 hours a week.
 */
import { useMemo, type FormEvent } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import {
  assistantToForm,
  formToAssistant,
  NEW_ASSISTANT_FORM,
  type AssistantForm,
} from '../../../domain/forms/assistant-form';
import { formatHours } from '../../../domain/format';
import type { Assistant } from '../../../domain/schema/budget';
import { assistantHours, assistantWarnings } from '../../../domain/warnings';
import { draftKey } from '../../../state/drafts-slice';
import { newId } from '../../../state/ids';
import { useAppStore } from '../../../state/store';
import { setFlash } from '../../components/budget-flash';
import { TextInput } from '../../components/text-input';
import { useLocale } from '../../hooks/budget-format';
import { usePricing, useSavedBudget } from '../../hooks/use-budget';
import { useForm, type FieldIds } from '../../hooks/use-form';
import { href, navigate, NEW } from '../../routes';
import { AssistantWarningCallout, warningsAbout } from './assistant-warnings';
import { PersonFormPage, PersonNameInput } from './person-parts';

/** Each form field's input id: the error summary links to it. */
const FIELD_IDS: FieldIds<AssistantForm> = {
  name: 'assistant-name',
  contractedHoursWeekly: 'assistant-hours',
};

export interface AssistantEditorProps {
  readonly budgetId: string;
  readonly assistantId: string;
  /** The assistant being changed; undefined when adding one. */
  readonly existing: Assistant | undefined;
}

export function AssistantEditor({ budgetId, assistantId, existing }: AssistantEditorProps) {
  const { t } = useTranslation();
  const initial = useMemo(
    () => (existing === undefined ? NEW_ASSISTANT_FORM : assistantToForm(existing)),
    [existing],
  );
  const { form, set, clearDraft, setProblems, errors, errorFor } = useForm(
    draftKey(budgetId, 'assistant', assistantId),
    initial,
    FIELD_IDS,
  );
  const saveAssistant = useAppStore((state) => state.saveAssistant);
  const carersPage = href({ page: 'carers', budgetId });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const taken =
      useAppStore
        .getState()
        .budgets[budgetId]?.budget.assistants?.map((assistant) => assistant.id) ?? [];
    const result = formToAssistant(form, assistantId === NEW ? newId('pa', taken) : assistantId);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    saveAssistant(budgetId, result.value);
    clearDraft();
    setFlash({
      target: carersPage,
      heading: existing === undefined ? 'carers.assistants.added' : 'carers.assistants.changed',
      values: { name: result.value.name },
    });
    navigate({ page: 'carers', budgetId });
  };

  const title =
    existing === undefined
      ? t('carers.assistants.form.addTitle')
      : t('carers.assistants.form.changeTitle', { name: existing.name });

  return (
    <PersonFormPage
      title={title}
      caption={t('carers.title')}
      intro={t('carers.assistants.form.intro')}
      errors={errors}
      backHref={carersPage}
      onSubmit={submit}
      saveLabel={t('carers.assistants.form.save')}
      cancelLabel={t('carers.assistants.form.cancel')}
      onCancel={clearDraft}
    >
      <PersonNameInput
        id={FIELD_IDS.name}
        label={t('carers.assistants.form.name.label')}
        hint={t('carers.assistants.form.name.hint')}
        error={errorFor('name')}
        value={form.name}
        onChange={set('name')}
      />
      <TextInput
        id={FIELD_IDS.contractedHoursWeekly}
        label={t('carers.assistants.form.hours.label')}
        hint={t('carers.assistants.form.hours.hint')}
        error={errorFor('contractedHoursWeekly')}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        width={5}
        suffix={t('carers.assistants.form.hours.suffix')}
        value={form.contractedHoursWeekly}
        onChange={set('contractedHoursWeekly')}
      />
      {existing !== undefined && (
        <AssistantHoursCheck budgetId={budgetId} assistant={existing} form={form} />
      )}
    </PersonFormPage>
  );
}

/**
 * The hours of the needs the assistant works (as the pricing counts them, on the day it
 * prices), and the warnings they would give with the name and contract as typed. Nothing
 * when the budget cannot be priced.
 */
function AssistantHoursCheck({
  budgetId,
  assistant,
  form,
}: {
  budgetId: string;
  assistant: Assistant;
  form: AssistantForm;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const budget = useSavedBudget(budgetId)?.budget;
  const pricing = usePricing(budget);
  if (budget === undefined || pricing?.kind !== 'priced') return null;
  const lines = pricing.pricing.lines;
  const named = lines.some((priced) => priced.line.assistant === assistant.id);
  // The form as typed, where it reads: otherwise the saved details, so a typo warns of nothing new.
  const typed = formToAssistant(form, assistant.id);
  const shown = typed.ok ? typed.value : assistant;
  const warnings = warningsAbout(
    assistantWarnings({ ...budget, assistants: [shown] }, lines),
    assistant.id,
  );
  return (
    <div aria-live="polite">
      <p>
        {named
          ? t('carers.assistants.form.worked', {
              name: shown.name,
              hours: formatHours(assistantHours(assistant.id, lines), locale),
            })
          : t('carers.assistants.form.workedNone', { name: shown.name })}
      </p>
      <AssistantWarningCallout warnings={warnings} name={shown.name} />
    </div>
  );
}
