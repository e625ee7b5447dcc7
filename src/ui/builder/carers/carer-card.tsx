/**
 * One unpaid carer as a summary card: who they are, what the plan asks of them, any
 * flags, and a link in each area of life to add care they give. Memoised and keyed by carer, so a change to one carer leaves the others be.
 */
import { memo } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import type { CarerBurden } from '../../../domain/carer-burden';
import { formatHours, type Locale } from '../../../domain/format';
import type { Carer, NeedLine } from '../../../domain/schema/budget';
import type { SummaryListRow } from '../../components/summary-list';
import { VisuallyHidden } from '../../components/visually-hidden';
import { formatDate } from '../../hooks/budget-format';
import { href, newCarerLineHref } from '../../routes';
import { CarerFix } from './carer-fix';
import { CarerFlags } from './carer-flags';
import { CarerRemovePanel, type CarerSupportLine } from './carer-remove-panel';
import { PersonCard } from './person-parts';

export interface CarerCardProps {
  readonly budgetId: string;
  readonly carer: Carer;
  /** Undefined when the budget cannot be priced: then no hours or flags show. */
  readonly burden: CarerBurden | undefined;
  readonly support: readonly CarerSupportLine[];
  /** The plan's lines, to name the care that clears every flag. */
  readonly lines: readonly NeedLine[];
  /** The card's areas of life, each a place to add care this carer gives. */
  readonly areas: readonly { readonly id: string; readonly name: string }[];
  readonly locale: Locale;
  /** The person has asked to remove this carer and has not answered yet. */
  readonly removing: boolean;
  readonly onRemove: (carerId: string) => void;
  readonly onConfirmRemove: (carerId: string) => void;
  readonly onCancelRemove: () => void;
}

export const CarerCard = memo(function CarerCard(props: CarerCardProps) {
  const { budgetId, carer, burden, support, lines, areas, locale, removing } = props;
  const { t } = useTranslation();

  const yesNo = (value: boolean) => (value ? t('carers.yes') : t('carers.no'));
  const rows: SummaryListRow[] = [
    { key: t('carers.row.relationship'), value: carer.relationship ?? t('carers.notGiven') },
    {
      key: t('carers.row.age'),
      value:
        carer.age === undefined ? t('carers.notGiven') : t('carers.ageYears', { age: carer.age }),
    },
    { key: t('carers.row.ownHealth'), value: yesNo(carer.ownHealthCondition) },
    { key: t('carers.row.willing'), value: yesNo(carer.willingAndAble) },
    {
      key: t('planCover.score.label'),
      value:
        carer.score === undefined
          ? t('planCover.score.notGiven')
          : t('planCover.score.value', {
              value: carer.score.value,
              scale: carer.score.scale,
              date: formatDate(carer.score.on, locale),
            }),
    },
    ...(burden === undefined
      ? []
      : [
          {
            key: t('carers.row.hours'),
            value: (
              <span className="app-figure">
                {t('carers.hours', { hours: formatHours(burden.hours, locale) })}
              </span>
            ),
          },
          { key: t('carers.row.nights'), value: t('carers.nightCount', { count: burden.nights }) },
          {
            key: t('carers.row.caringDays'),
            value: t('carers.dayCount', { count: burden.caringDays }),
          },
        ]),
    {
      key: t('carers.row.support'),
      value:
        support.length === 0 ? (
          t('carers.noSupport')
        ) : (
          <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
            {support.map((line) => (
              <li key={line.id}>
                {t('carers.supportItem', { activity: line.activity, domain: line.domainName })}
              </li>
            ))}
          </ul>
        ),
    },
    ...(burden === undefined
      ? []
      : [
          {
            key: t('carers.row.flags'),
            value: (
              <>
                <CarerFlags flags={burden.flags} carer={carer} locale={locale} />
                {burden.fix !== null && (
                  <CarerFix budgetId={budgetId} fix={burden.fix} lines={lines} locale={locale} />
                )}
              </>
            ),
          },
        ]),
  ];

  return (
    <PersonCard
      name={carer.name}
      level={2}
      changeHref={href({ page: 'carer', budgetId, carerId: carer.id })}
      removing={removing}
      onRemove={() => props.onRemove(carer.id)}
      removePanel={
        <CarerRemovePanel
          budgetId={budgetId}
          name={carer.name}
          lines={support}
          onConfirm={() => props.onConfirmRemove(carer.id)}
          onCancel={props.onCancelRemove}
        />
      }
      rows={rows}
    >
      {areas.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">{t('carers.addCare.heading', { name: carer.name })}</h3>
          <p className="nhsuk-body-s">{t('carers.addCare.intro', { name: carer.name })}</p>
          <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
            {areas.map((area) => (
              <li key={area.id}>
                <a className="nhsuk-link" href={newCarerLineHref(budgetId, area.id, carer.id)}>
                  {area.name}{' '}
                  <VisuallyHidden>
                    {t('carers.addCare.hidden', { name: carer.name })}
                  </VisuallyHidden>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </PersonCard>
  );
});
