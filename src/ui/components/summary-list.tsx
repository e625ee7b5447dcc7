import type { ReactNode } from 'react';
import { classNames } from './class-names';

export interface SummaryListAction {
  /** A route to go to, such as "#/carers/ann"; or give onClick for an action on this page. */
  readonly href?: string | undefined;
  readonly onClick?: (() => void) | undefined;
  /** The visible words, such as "Change". */
  readonly label: string;
  /** Read after the label by screen readers only, such as "the weekly hours". */
  readonly visuallyHiddenContext: string;
}

export interface SummaryListRow {
  readonly key: ReactNode;
  readonly value: ReactNode;
  readonly actions?: readonly SummaryListAction[] | undefined;
}

export interface SummaryListProps {
  readonly rows: readonly SummaryListRow[];
  readonly noBorder?: boolean | undefined;
  /** Names the list for screen readers when no heading does. */
  readonly label?: string | undefined;
}

function Action({ action }: { action: SummaryListAction }) {
  const content = (
    <>
      {action.label} <span className="nhsuk-u-visually-hidden">{action.visuallyHiddenContext}</span>
    </>
  );
  return action.href === undefined ? (
    <button className="nhsuk-link" type="button" onClick={action.onClick}>
      {content}
    </button>
  ) : (
    <a className="nhsuk-link" href={action.href} onClick={action.onClick}>
      {content}
    </a>
  );
}

/** Pairs of a name and a value, such as answers to check, with links to change them. */
export function SummaryList({ rows, noBorder = false, label }: SummaryListProps) {
  const anyActions = rows.some((row) => (row.actions?.length ?? 0) > 0);
  return (
    <dl
      className={classNames('nhsuk-summary-list', noBorder && 'nhsuk-summary-list--no-border')}
      aria-label={label}
    >
      {rows.map((row, index) => {
        const actions = row.actions ?? [];
        return (
          <div
            className={classNames(
              'nhsuk-summary-list__row',
              anyActions && actions.length === 0 && 'nhsuk-summary-list__row--no-actions',
            )}
            key={index}
          >
            <dt className="nhsuk-summary-list__key">{row.key}</dt>
            <dd className="nhsuk-summary-list__value">{row.value}</dd>
            {actions.length === 1 && actions[0] !== undefined && (
              <dd className="nhsuk-summary-list__actions">
                <Action action={actions[0]} />
              </dd>
            )}
            {actions.length > 1 && (
              <dd className="nhsuk-summary-list__actions">
                <ul className="nhsuk-summary-list__actions-list">
                  {actions.map((action) => (
                    <li
                      className="nhsuk-summary-list__actions-list-item"
                      key={`${action.label} ${action.visuallyHiddenContext}`}
                    >
                      <Action action={action} />
                    </li>
                  ))}
                </ul>
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}
