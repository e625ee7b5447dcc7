import type { ReactNode } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { Tag } from './tag';
import type { MessageKey } from '../../i18n/message-keys';

export type TaskStatus =
  'not-started' | 'in-progress' | 'completed' | 'not-needed' | 'cannot-start';

export interface Task {
  /** Unique on the page: the hint and status ids are made from it. */
  readonly id: string;
  readonly name: ReactNode;
  readonly href: string;
  readonly hint?: ReactNode;
  readonly status: TaskStatus;
  /** Replaces the usual words for the status ("Not started", "Completed"…). */
  readonly statusText?: string | undefined;
}

/**
 * How NHS.UK's task list shows each status: unfinished tasks stand out in a blue tag, a
 * completed one is plain text, one that cannot start yet is grey text with no link, and
 * one the person said is not needed is grey text that keeps its link (they may change
 * their mind).
 */
const statusTag: Record<TaskStatus, { colour?: 'blue'; className?: string }> = {
  'not-started': { colour: 'blue' },
  'in-progress': { colour: 'blue' },
  completed: { className: 'nhsuk-tag--no-colour nhsuk-tag--no-border nhsuk-u-font-weight-normal' },
  'not-needed': {
    className:
      'nhsuk-tag--no-colour nhsuk-tag--no-border nhsuk-u-font-weight-normal nhsuk-u-secondary-text-colour',
  },
  'cannot-start': {
    className:
      'nhsuk-tag--no-colour nhsuk-tag--no-border nhsuk-u-font-weight-normal nhsuk-u-secondary-text-colour',
  },
};

/** The tasks that make up a budget, each a link with its status: the start of the journey. */
export function TaskList({ tasks }: { tasks: readonly Task[] }) {
  const { t } = useTranslation();
  return (
    <ul className="nhsuk-task-list">
      {tasks.map((task) => {
        const hintId = task.hint != null ? `${task.id}-hint` : undefined;
        const statusId = `${task.id}-status`;
        const linked = task.status !== 'cannot-start';
        const tag = statusTag[task.status];
        return (
          <li
            className={
              linked
                ? 'nhsuk-task-list__item nhsuk-task-list__item--with-link'
                : 'nhsuk-task-list__item'
            }
            key={task.id}
          >
            <div className="nhsuk-task-list__name-and-hint">
              {linked ? (
                <a
                  className="nhsuk-task-list__link nhsuk-link"
                  href={task.href}
                  aria-describedby={hintId === undefined ? statusId : `${hintId} ${statusId}`}
                >
                  {task.name}
                </a>
              ) : (
                <div>{task.name}</div>
              )}
              {hintId !== undefined && (
                <div className="nhsuk-task-list__hint" id={hintId}>
                  {task.hint}
                </div>
              )}
            </div>
            <div className="nhsuk-task-list__status" id={statusId}>
              <Tag colour={tag.colour} className={tag.className}>
                {task.statusText ??
                  t(`components.taskList.status.${task.status}` as const satisfies MessageKey)}
              </Tag>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
