/**
 * What happens when a person asks to remove a carer. While any line of support relies on
 * the carer, removing them would leave those lines pointing at nobody, so the store
 * refuses: this says why and links to where those lines can be changed. Otherwise it asks
 * once more, as removing deletes what was typed.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import { focusElement } from '../../components/focus-element';
import { href } from '../../routes';
import { RemoveConfirm } from '../../components/remove-confirm';

/** A line of support that relies on a carer, named as a person reads it. */
export interface CarerSupportLine {
  readonly id: string;
  readonly activity: string;
  readonly domainId: string;
  readonly domainName: string;
}

export interface CarerRemovePanelProps {
  readonly budgetId: string;
  readonly name: string;
  readonly lines: readonly CarerSupportLine[];
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function CarerRemovePanel({
  budgetId,
  name,
  lines,
  onConfirm,
  onCancel,
}: CarerRemovePanelProps) {
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  const refused = lines.length > 0;

  // The refusal answers the click that opened it: take focus so it is heard and seen (the
  // question takes focus itself).
  useEffect(() => {
    if (root.current !== null) focusElement(root.current);
  }, [refused]);

  if (refused) {
    return (
      <div className="nhsuk-error-summary" ref={root}>
        <div role="alert">
          <h3 className="nhsuk-error-summary__heading">
            {t('carers.removeRefused.heading', { name })}
          </h3>
          <div className="nhsuk-error-summary__body">
            <p>{t('carers.removeRefused.body', { name, count: lines.length })}</p>
            <ul className="nhsuk-list nhsuk-error-summary__list">
              {lines.map((line) => (
                <li key={line.id}>
                  <a href={href({ page: 'domain', budgetId, domainId: line.domainId })}>
                    {t('carers.removeRefused.line', {
                      activity: line.activity,
                      domain: line.domainName,
                    })}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      </div>
    );
  }

  return (
    <RemoveConfirm
      headingId="carer-remove-heading"
      heading={t('carers.removeConfirm.heading', { name })}
      level={3}
      yes={t('carers.removeConfirm.yes', { name })}
      no={t('carers.removeConfirm.no', { name })}
      onConfirm={onConfirm}
      onCancel={onCancel}
      asking={name}
    >
      <p>{t('carers.removeConfirm.body')}</p>
    </RemoveConfirm>
  );
}
