/**
 * The personal-assistant form: a name and the hours a week of their contract. The hours
 * are kept as the person wrote them ("16", "37.5"), as the file keeps them.
 */
import { failed, ok, problem, type Result } from '../problems';
import type { Assistant } from '../schema/budget';
import { problemsOf, requiredText, type Parsed } from './form-fields';

export type AssistantForm = {
  readonly name: string;
  readonly contractedHoursWeekly: string;
};

export const NEW_ASSISTANT_FORM: AssistantForm = { name: '', contractedHoursWeekly: '' };

/** A week has 168 hours; the file takes up to four decimal places. */
export const CONTRACT_LIMITS = { min: 0, max: 168 } as const;

export function assistantToForm(assistant: Assistant): AssistantForm {
  return { name: assistant.name, contractedHoursWeekly: assistant.contractedHoursWeekly };
}

/** "37.5", " 16 " and "16.00" are hours; a comma, a sign or five decimals is not. */
function hoursInput(text: string): Parsed<string> {
  const field = 'contractedHoursWeekly';
  const trimmed = text.trim();
  if (trimmed === '')
    return { ok: false, problem: problem([field], `forms.assistant.${field}.required`) };
  if (!/^\d{1,6}(\.\d{1,4})?$/.test(trimmed)) {
    return { ok: false, problem: problem([field], `forms.assistant.${field}.number`) };
  }
  // The file's form: no leading zeros ("08" is 8), as its pattern requires.
  const written = trimmed.replace(/^0+(?=\d)/, '');
  if (Number(written) > CONTRACT_LIMITS.max) {
    return {
      ok: false,
      problem: problem([field], `forms.assistant.${field}.range`, { ...CONTRACT_LIMITS }),
    };
  }
  return { ok: true, value: written };
}

export function formToAssistant(form: AssistantForm, id: string): Result<Assistant> {
  const name = requiredText(form.name, 'assistant', 'name', 200);
  const hours = hoursInput(form.contractedHoursWeekly);
  if (!name.ok || !hours.ok) return failed(problemsOf(name, hours));
  return ok({ id, name: name.value, contractedHoursWeekly: hours.value });
}
