/**
 * What the unpaid carers' and the personal assistants' pages share: a card's heading with
 * its "Change" and "Remove" actions, the "remove them?" question, the name field, and the
 * form page around their fields.
 */
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import type { FieldError } from '../../components/error-summary';
import { FormActions } from '../../components/form-actions';
import { Page } from '../../components/page';
import { SummaryList, type SummaryListRow } from '../../components/summary-list';
import { TextInput } from '../../components/text-input';
import { VisuallyHidden } from '../../components/visually-hidden';

export interface PersonCardProps {
  readonly name: string;
  readonly level: 2 | 3;
  readonly changeHref: string;
  /** The person has asked to remove them and has not answered yet. */
  readonly removing: boolean;
  readonly onRemove: () => void;
  /** What shows while `removing`: the question, or why they cannot be removed. */
  readonly removePanel: ReactNode;
  readonly rows: readonly SummaryListRow[];
  /** What follows their details, such as links to add care they give. */
  readonly children?: ReactNode;
}

/**
 * A person as a summary card: their name as its heading, "Change" and "Remove" (each
 * naming them for screen readers), the remove panel while it is open, and their details.
 */
export function PersonCard({
  name,
  level,
  changeHref,
  removing,
  onRemove,
  removePanel,
  rows,
  children,
}: PersonCardProps) {
  const { t } = useTranslation();
  const removeButton = useRef<HTMLButtonElement>(null);
  const wasRemoving = useRef(removing);
  // "No, keep them" closes the panel: focus goes back to the button that opened it.
  useEffect(() => {
    if (wasRemoving.current && !removing) removeButton.current?.focus();
    wasRemoving.current = removing;
  }, [removing]);
  const Heading = `h${level}` as const;
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__heading-container">
        <Heading className="nhsuk-card__heading nhsuk-heading-m">{name}</Heading>
        <ul className="nhsuk-card__actions">
          <li className="nhsuk-card__action">
            <a className="nhsuk-link" href={changeHref}>
              {t('carers.change')} <VisuallyHidden>({name})</VisuallyHidden>
            </a>
          </li>
          <li className="nhsuk-card__action">
            <button className="nhsuk-link" type="button" ref={removeButton} onClick={onRemove}>
              {t('carers.remove')} <VisuallyHidden>({name})</VisuallyHidden>
            </button>
          </li>
        </ul>
      </div>
      <div className="nhsuk-card__content">
        {removing && removePanel}
        <SummaryList rows={rows} />
        {children}
      </div>
    </div>
  );
}

export interface PersonNameInputProps {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly error: string | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** A person's name: a first name is enough, never spell-checked or filled in by the browser. */
export function PersonNameInput(props: PersonNameInputProps) {
  return <TextInput {...props} autoComplete="off" spellCheck={false} width={20} />;
}

export interface PersonFormPageProps {
  readonly title: string;
  readonly caption: string;
  readonly intro: string;
  readonly errors: readonly FieldError[];
  /** The carers page: where "Back" and "Cancel" go. */
  readonly backHref: string;
  readonly onSubmit: (event: FormEvent) => void;
  readonly saveLabel: string;
  readonly cancelLabel: string;
  readonly onCancel: () => void;
  readonly children: ReactNode;
}

/** The page of a carer's or an assistant's form: its fields, then save and cancel. */
export function PersonFormPage(props: PersonFormPageProps) {
  return (
    <Page
      title={props.title}
      caption={props.caption}
      errors={props.errors}
      backLink={{ href: props.backHref }}
    >
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <p>{props.intro}</p>
          <form onSubmit={props.onSubmit} noValidate>
            {props.children}
            <FormActions
              saveLabel={props.saveLabel}
              cancelLabel={props.cancelLabel}
              cancelHref={props.backHref}
              onCancel={props.onCancel}
            />
          </form>
        </div>
      </div>
    </Page>
  );
}
