/**
 * One need in the domain table. Memoised: its props are the line itself (the store keeps
 * an unchanged line's object as it is) and text already formatted, so removing or copying
 * one row of a 300-line budget re-renders that row, not every other one.
 */
import { memo, type ReactNode } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import type { NeedLine } from '../../../domain/schema/budget';
import { tableCellClass } from '../../components/table-cell-class';
import { VisuallyHidden } from '../../components/visually-hidden';
import { href } from '../../routes';

export interface DomainLineRowProps {
  readonly budgetId: string;
  readonly line: NeedLine;
  /** Who gives it, when, and how often its week comes: the words of every document (src/present). */
  readonly who: string;
  readonly when: string;
  readonly time: string | null;
  /** The outcomes it serves, in the person's words; undefined when it serves none. */
  readonly serves: string | undefined;
  /** Hours a week ("5.25") or nights ("2 nights"); undefined when the budget cannot be priced. */
  readonly amount: string | undefined;
  /** The weekly cost, formatted; undefined when the budget cannot be priced. */
  readonly weekly: string | undefined;
  /** "Not in the total on 5 December 2026": the line is not in force on the day priced. */
  readonly notInTotal: string | undefined;
  readonly onDuplicate: (lineId: string) => void;
  readonly onRemove: (lineId: string) => void;
}

/** The ids of a row's buttons, so focus can come back to them after a confirmation. */
export const removeButtonId = (lineId: string) => `remove-${lineId}`;

function Cell(props: {
  heading: string;
  numeric?: boolean;
  header?: boolean;
  children: ReactNode;
}) {
  const Tag = props.header === true ? 'th' : 'td';
  return (
    <Tag
      className={tableCellClass(props.header === true, props.numeric === true)}
      scope={props.header === true ? 'row' : undefined}
      role={props.header === true ? 'rowheader' : 'cell'}
    >
      {/* On phones each cell shows its column's heading (NHS.UK responsive table). */}
      <span className="nhsuk-table__heading" aria-hidden="true">
        {props.heading}{' '}
      </span>
      {/* One box, so that on phones the value keeps together on the right of its heading. */}
      <span>{props.children}</span>
    </Tag>
  );
}

export const DomainLineRow = memo(function DomainLineRow(props: DomainLineRowProps) {
  const { t } = useTranslation();
  const { line, budgetId } = props;
  const context = (
    <VisuallyHidden>{t('lines.domain.actionContext', { activity: line.activity })}</VisuallyHidden>
  );
  const notPriced = t('lines.notPriced');
  return (
    <tr className="nhsuk-table__row" role="row">
      <Cell heading={t('lines.domain.colNeed')} header>
        {line.activity}
        {props.serves !== undefined && (
          <span className="nhsuk-u-display-block nhsuk-u-font-weight-normal nhsuk-u-secondary-text-colour nhsuk-u-font-size-16">
            {props.serves}
          </span>
        )}
      </Cell>
      <Cell heading={t('lines.domain.colWho')}>{props.who}</Cell>
      <Cell heading={t('lines.domain.colWhen')}>
        {props.when}
        {props.time !== null && (
          <span className="nhsuk-u-display-block nhsuk-u-secondary-text-colour nhsuk-u-font-size-16">
            {props.time}
          </span>
        )}
      </Cell>
      <Cell heading={t('lines.domain.colAmount')} numeric>
        {props.amount ?? notPriced}
      </Cell>
      <Cell heading={t('lines.domain.colWeekly')} numeric>
        {props.weekly ?? notPriced}
        {props.notInTotal !== undefined && (
          <span className="nhsuk-u-display-block nhsuk-u-secondary-text-colour nhsuk-u-font-size-16">
            {props.notInTotal}
          </span>
        )}
      </Cell>
      <Cell heading={t('lines.domain.colActions')}>
        <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
          <li className="nhsuk-u-margin-bottom-1">
            <a
              className="nhsuk-link"
              href={href({ page: 'line', budgetId, domainId: line.domain, lineId: line.id })}
            >
              {t('lines.domain.change')} {context}
            </a>
          </li>
          <li className="nhsuk-u-margin-bottom-1">
            <button className="nhsuk-link" type="button" onClick={() => props.onDuplicate(line.id)}>
              {t('lines.domain.duplicate')} {context}
            </button>
          </li>
          <li className="nhsuk-u-margin-bottom-0">
            <button
              className="nhsuk-link"
              type="button"
              id={removeButtonId(line.id)}
              onClick={() => props.onRemove(line.id)}
            >
              {t('lines.domain.remove')} {context}
            </button>
          </li>
        </ul>
      </Cell>
    </tr>
  );
});
