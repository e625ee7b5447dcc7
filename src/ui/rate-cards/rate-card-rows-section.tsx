/**
 * A list of the card form (providers, on-costs, employer costs, care homes): each row in a
 * fieldset named after it, with a button to remove it, and a button to add one. Focus
 * follows: to the new row's first field, or to the section's heading after a removal.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from '../hooks/use-translation';
import {
  addRow,
  fieldKey,
  removeRow,
  rowBlock,
  rowsOf,
  type ListName,
} from '../../domain/forms/rate-card-form';
import { Button } from '../components/button';
import { focusElement } from '../components/focus-element';
import { blockName, rateCardFieldId } from './rate-card-field-names';
import type { RateCardFormControls } from './rate-card-form-controls';

export interface RowsSectionProps {
  readonly controls: RateCardFormControls;
  readonly list: ListName;
  readonly heading: string;
  readonly hint?: string | undefined;
  readonly addLabel: string;
  /** The key of "Remove {{name}}". */
  readonly removeKey: string;
  readonly renderRow: (block: string, name: string) => ReactNode;
}

export function RateCardRowsSection({
  controls,
  list,
  heading,
  hint,
  addLabel,
  removeKey,
  renderRow,
}: RowsSectionProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Where focus goes once the list has changed: an element id, or '' for the heading.
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    const next = focusNext.current;
    if (next === null) return;
    focusNext.current = null;
    const target = next === '' ? headingRef.current : document.getElementById(next);
    if (target !== null) focusElement(target);
  });

  return (
    <section className="app-rate-card-section">
      <h2 className="nhsuk-heading-m" ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      {hint !== undefined && <p className="nhsuk-body">{hint}</p>}
      {rowsOf(controls.form, list).map((row) => {
        const block = rowBlock(list, row);
        const name = blockName(block, controls.form, t);
        return (
          <fieldset className="nhsuk-fieldset app-rate-card-row" key={row}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{name}</legend>
            {renderRow(block, name)}
            <Button
              type="button"
              variant="secondary"
              small
              onClick={() => {
                controls.update((was) => removeRow(was, list, row));
                focusNext.current = '';
              }}
            >
              {t(removeKey, { name })}
            </Button>
          </fieldset>
        );
      })}
      <Button
        type="button"
        variant="secondary"
        onClick={() => {
          controls.update((was) => {
            // The same row each time for the same form, so the focus follows the row added.
            const added = addRow(was, list);
            focusNext.current = rateCardFieldId(fieldKey(rowBlock(list, added.row), 'name'));
            return added.form;
          });
        }}
      >
        {addLabel}
      </Button>
    </section>
  );
}
