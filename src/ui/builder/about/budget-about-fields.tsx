/**
 * The questions of "About the person", each with its label, hint and error. The values
 * are the form as typed; checking them is the domain's (aboutFormToFields).
 */
import { useTranslation } from '../../hooks/use-translation';
import type { AboutForm } from '../../../domain/forms/about-form';
import { FUNDING_ROUTES } from '../../../domain/schema/budget-values';
import { MoneyInput } from '../../components/money-input';
import { Radios } from '../../components/radios';
import { Select } from '../../components/select';
import { TextInput } from '../../components/text-input';
import { useRateCards } from '../../hooks/use-rate-cards';
import { planFieldId, PlanFields } from './plan-fields';
import { CardWarningsNotice } from '../../components/card-warnings-notice';
import { CardDates, useCardOptions } from '../../components/card-dates';
import type { MessageKey } from '../../../i18n/message-keys';

/** A problem's field: a form field, or one of the plan's dates (`start`, `end`). */
export type AboutField = keyof AboutForm | 'start' | 'end';
export type AboutErrors = Readonly<Partial<Record<AboutField, string>>>;

/** Each field's id, also the link target of its line in the error summary (a date's day box). */
export const aboutFieldId = (field: AboutField) =>
  field === 'start' || field === 'end' ? `${planFieldId[field]}-day` : `about-${field}`;

export interface BudgetAboutFieldsProps {
  readonly form: AboutForm;
  readonly onChange: (form: AboutForm) => void;
  /** The error message for each field that has one. */
  readonly errors: AboutErrors;
  /** How many of the plan's needs a personal assistant gives: warned of beside the funding route. */
  readonly paLines: number;
}

export function BudgetAboutFields({ form, onChange, errors, paLines }: BudgetAboutFieldsProps) {
  const { t } = useTranslation();
  const set = (field: keyof AboutForm) => (value: string) => onChange({ ...form, [field]: value });

  const rateCards = useRateCards();
  const cards = useCardOptions(rateCards);
  // A budget from a file may name a card this tool lacks: say so rather than show another.
  const known = cards.some((card) => card.value === form.rateCard);
  const cardOptions = known
    ? cards
    : [{ value: form.rateCard, label: t('budget.about.rateCard.choose') }, ...cards];

  return (
    <>
      <TextInput
        id={aboutFieldId('name')}
        label={t('budget.about.name.label')}
        hint={t('budget.about.name.hint')}
        error={errors.name}
        autoComplete="off"
        spellCheck={false}
        value={form.name}
        onChange={set('name')}
      />
      <TextInput
        id={aboutFieldId('reference')}
        label={t('budget.about.reference.label')}
        hint={t('budget.about.reference.hint')}
        error={errors.reference}
        width={20}
        autoComplete="off"
        spellCheck={false}
        value={form.reference}
        onChange={set('reference')}
      />
      <TextInput
        id={aboutFieldId('title')}
        label={t('budget.about.title.label')}
        hint={t('budget.about.title.hint')}
        error={errors.title}
        autoComplete="off"
        value={form.title}
        onChange={set('title')}
      />
      <Radios
        id={aboutFieldId('fundingRoute')}
        legend={t('budget.about.fundingRoute.legend')}
        hint={t('budget.about.fundingRoute.hint')}
        error={errors.fundingRoute}
        value={form.fundingRoute}
        onChange={set('fundingRoute')}
        options={FUNDING_ROUTES.map((route) => ({
          value: route,
          label: t(`budget.about.fundingRoute.${route}.label` as const satisfies MessageKey),
          hint: t(`budget.about.fundingRoute.${route}.hint` as const satisfies MessageKey),
          // A PA is employed only with a direct payment: said where the route is chosen.
          conditional:
            route !== 'direct-payment' && paLines > 0 ? (
              <p className="nhsuk-body nhsuk-u-margin-bottom-0">
                <strong>{t('budget.about.fundingRoute.paWarning', { count: paLines })}</strong>
              </p>
            ) : undefined,
        }))}
      />
      <Select
        id={aboutFieldId('rateCard')}
        label={t('budget.about.rateCard.label')}
        hint={t('budget.about.rateCard.hint')}
        error={errors.rateCard}
        options={cardOptions}
        value={form.rateCard}
        onChange={set('rateCard')}
      />
      <CardDates
        card={rateCards.find((card) => card.id === form.rateCard)}
        cards={rateCards}
        onChoose={set('rateCard')}
        useKey="budget.cardDates.useForBudget"
      />
      <CardWarningsNotice
        card={rateCards.find((card) => card.id === form.rateCard)}
        headingLevel={3}
      />
      <MoneyInput
        id={aboutFieldId('indicativeAnnual')}
        label={t('budget.about.indicative.label')}
        hint={t('budget.about.indicative.hint')}
        error={errors.indicativeAnnual}
        value={form.indicativeAnnual}
        onChange={set('indicativeAnnual')}
      />
      <PlanFields form={form} onChange={onChange} errors={errors} />
    </>
  );
}
