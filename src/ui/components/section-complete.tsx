/**
 * "Have you completed this section?" (NHS.UK task list pattern): the person, not the tool,
 * says when a section is done. Saying no keeps it in progress; an area of life may also be
 * "not needed"; Check and summary asks whether the budget has been checked. Whatever the
 * answer, back to the list. The answer is kept in the budget file's `progress`.
 * Continue without an answer is a failed submit like any form's: the page shows the error
 * summary, with "Error:" in its title, from useSectionCompleteError.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { useAppStore } from '../../state/store';
import { Button } from './button';
import type { FieldError } from './error-summary';
import { Radios } from './radios';
import { navigate } from '../routes';
import { sectionMark, type SectionMark } from '../../domain/sections';

const FIELD_ID = 'section-complete';

/** The answer shown as chosen for what the file already says; nothing chosen while open. */
const ANSWER_OF: Record<SectionMark, string> = {
  completed: 'yes',
  'not-needed': 'not-needed',
  open: '',
};

export interface SectionCompleteError {
  /** For the page's error summary: empty until Continue is pressed without an answer. */
  readonly errors: readonly FieldError[];
  readonly unanswered: boolean;
  readonly setUnanswered: (unanswered: boolean) => void;
}

const isSummary = (section: string) => section === 'summary';

/** Held by the page, which owns the error summary; the message follows the language. */
export function useSectionCompleteError(section = ''): SectionCompleteError {
  const { t } = useTranslation();
  const [unanswered, setUnanswered] = useState(false);
  const message = t(
    isSummary(section) ? 'app.sectionComplete.summaryError' : 'app.sectionComplete.error',
  );
  const errors = unanswered ? [{ fieldId: FIELD_ID, message }] : [];
  return { errors, unanswered, setUnanswered };
}

export interface SectionCompleteProps {
  readonly budgetId: string;
  /** The section id from domain/sections.ts: `about`, `domain:<id>`, `carers`, `expenses`, `summary`. */
  readonly section: string;
  readonly error: SectionCompleteError;
}

export function SectionComplete({
  budgetId,
  section,
  error: { unanswered, setUnanswered },
}: SectionCompleteProps) {
  const { t } = useTranslation();
  const mark = useAppStore((state) => {
    const budget = state.budgets[budgetId]?.budget;
    return budget === undefined ? 'open' : sectionMark(budget, section);
  });
  const markSection = useAppStore((state) => state.markSection);
  const [answer, setAnswer] = useState<string>(ANSWER_OF[mark]);
  const area = section.startsWith('domain:');
  const summary = isSummary(section);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (answer === '') {
      setUnanswered(true);
      return;
    }
    markSection(
      budgetId,
      section,
      answer === 'yes' ? 'completed' : answer === 'not-needed' ? 'not-needed' : 'open',
    );
    navigate({ page: 'task-list', budgetId });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Radios
        id={FIELD_ID}
        legend={t(summary ? 'app.sectionComplete.summaryQuestion' : 'app.sectionComplete.question')}
        legendSize="m"
        inline={!area}
        value={answer}
        onChange={(value) => {
          setAnswer(value);
          setUnanswered(false);
        }}
        error={
          unanswered
            ? t(summary ? 'app.sectionComplete.summaryError' : 'app.sectionComplete.error')
            : undefined
        }
        options={[
          {
            value: 'yes',
            label: t(summary ? 'app.sectionComplete.summaryYes' : 'app.sectionComplete.yes'),
          },
          { value: 'no', label: t('app.sectionComplete.no') },
          ...(area
            ? [
                {
                  value: 'not-needed',
                  label: t('app.sectionComplete.notNeeded'),
                  hint: t('app.sectionComplete.notNeededHint'),
                },
              ]
            : []),
        ]}
      />
      <Button type="submit">{t('app.sectionComplete.continue')}</Button>
    </form>
  );
}
