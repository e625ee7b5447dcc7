/**
 * "Have you completed this section?" (NHS.UK task list pattern): the person, not the tool,
 * says when a section is done. Saying no keeps it in progress; either way, back to the list.
 * Continue without an answer is a failed submit like any form's: the page shows the error
 * summary, with "Error:" in its title, from useSectionCompleteError.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { Button } from './button';
import type { FieldError } from './error-summary';
import { Radios } from './radios';
import { navigate } from '../routes';

const FIELD_ID = 'section-complete';

export interface SectionCompleteError {
  /** For the page's error summary: empty until Continue is pressed without an answer. */
  readonly errors: readonly FieldError[];
  readonly unanswered: boolean;
  readonly setUnanswered: (unanswered: boolean) => void;
}

/** Held by the page, which owns the error summary; the message follows the language. */
export function useSectionCompleteError(): SectionCompleteError {
  const { t } = useTranslation();
  const [unanswered, setUnanswered] = useState(false);
  const errors = unanswered ? [{ fieldId: FIELD_ID, message: t('app.sectionComplete.error') }] : [];
  return { errors, unanswered, setUnanswered };
}

export interface SectionCompleteProps {
  readonly budgetId: string;
  /** The section id from domain/sections.ts: `about`, `domain:<id>`, `carers`, `expenses`. */
  readonly section: string;
  readonly error: SectionCompleteError;
}

export function SectionComplete({ budgetId, section, error: { unanswered, setUnanswered } }: SectionCompleteProps) {
  const { t } = useTranslation();
  const done = useAppStore((state) => state.budgets[budgetId]?.completed.includes(section) ?? false);
  const setCompleted = useAppStore((state) => state.setCompleted);
  const [answer, setAnswer] = useState<string>(done ? 'yes' : '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (answer === '') {
      setUnanswered(true);
      return;
    }
    setCompleted(budgetId, section, answer === 'yes');
    navigate({ page: 'task-list', budgetId });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Radios
        id={FIELD_ID}
        legend={t('app.sectionComplete.question')}
        legendSize="m"
        inline
        value={answer}
        onChange={(value) => {
          setAnswer(value);
          setUnanswered(false);
        }}
        error={unanswered ? t('app.sectionComplete.error') : undefined}
        options={[
          { value: 'yes', label: t('app.sectionComplete.yes') },
          { value: 'no', label: t('app.sectionComplete.no') },
        ]}
      />
      <Button type="submit">{t('app.sectionComplete.continue')}</Button>
    </form>
  );
}
