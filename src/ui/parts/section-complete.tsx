/**
 * "Have you completed this section?" (NHS.UK task list pattern): the person, not the tool,
 * says when a section is done. Saying no keeps it in progress; either way, back to the list.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { Button } from '../components/button';
import { Radios } from '../components/radios';
import { navigate } from '../routes';

export interface SectionCompleteProps {
  readonly budgetId: string;
  /** The section id from domain/sections.ts: `about`, `domain:<id>`, `carers`, `expenses`. */
  readonly section: string;
}

export function SectionComplete({ budgetId, section }: SectionCompleteProps) {
  const { t } = useTranslation();
  const done = useAppStore((state) => state.budgets[budgetId]?.completed.includes(section) ?? false);
  const setCompleted = useAppStore((state) => state.setCompleted);
  const [answer, setAnswer] = useState<string>(done ? 'yes' : '');
  const [error, setError] = useState<string | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (answer === '') {
      setError(t('app.sectionComplete.error'));
      return;
    }
    setCompleted(budgetId, section, answer === 'yes');
    navigate({ page: 'task-list', budgetId });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Radios
        id="section-complete"
        legend={t('app.sectionComplete.question')}
        legendSize="m"
        inline
        value={answer}
        onChange={(value) => {
          setAnswer(value);
          setError(undefined);
        }}
        error={error}
        options={[
          { value: 'yes', label: t('app.sectionComplete.yes') },
          { value: 'no', label: t('app.sectionComplete.no') },
        ]}
      />
      <Button type="submit">{t('app.sectionComplete.continue')}</Button>
    </form>
  );
}
