/**
 * The plan in time, on "About the person": when it starts and ends, where it is in its
 * life, the group it is counted in, and the yearly cost of the package it replaces.
 */
import { useTranslation } from '../../hooks/use-translation';
import type { AboutForm } from '../../../domain/forms/about-form';
import { COHORTS } from '../../../domain/schema/budget-values';
import { FormDate } from '../../components/form-date';
import { MoneyInput } from '../../components/money-input';
import { Select } from '../../components/select';
import type { AboutErrors } from './budget-about-fields';
import type { MessageKey } from '../../../i18n/message-keys';

export const planFieldId = {
  start: 'about-start',
  end: 'about-end',
  status: 'about-status',
  cohort: 'about-cohort',
  comparatorAnnual: 'about-comparatorAnnual',
} as const;

export function PlanFields({
  form,
  onChange,
  errors,
}: {
  form: AboutForm;
  onChange: (form: AboutForm) => void;
  errors: AboutErrors;
}) {
  const { t } = useTranslation();
  const setField = (field: string, value: string) => onChange({ ...form, [field]: value });
  return (
    <fieldset className="nhsuk-fieldset">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
        <h2 className="nhsuk-fieldset__heading">{t('forms.planInTime.heading')}</h2>
      </legend>
      <p className="nhsuk-body">{t('forms.planInTime.intro')}</p>
      <FormDate
        id={planFieldId.start}
        name="start"
        legend={t('forms.planInTime.start.legend')}
        hint={t('forms.planInTime.start.hint')}
        error={errors.start}
        form={form}
        onChange={setField}
      />
      <FormDate
        id={planFieldId.end}
        name="end"
        legend={t('forms.planInTime.end.legend')}
        hint={t('forms.planInTime.end.hint')}
        error={errors.end}
        form={form}
        onChange={setField}
      />
      <h3 className="nhsuk-heading-s">{t('forms.planInTime.status.legend')}</h3>
      <p className="nhsuk-body" id={planFieldId.status}>
        {t('forms.planInTime.status.now', {
          status: t(
            `forms.planInTime.statusName.${form.status === '' ? 'draft' : form.status}` as const satisfies MessageKey,
          ),
        })}
      </p>
      <Select
        id={planFieldId.cohort}
        label={t('forms.planInTime.cohort.label')}
        hint={t('forms.planInTime.cohort.hint')}
        error={errors.cohort}
        value={form.cohort}
        onChange={(value) => setField('cohort', value)}
        options={[
          { value: '', label: t('forms.planInTime.cohort.none') },
          ...COHORTS.map((cohort) => ({
            value: cohort,
            label: t(`forms.planInTime.cohortName.${cohort}` as const satisfies MessageKey),
          })),
        ]}
      />
      <MoneyInput
        id={planFieldId.comparatorAnnual}
        label={t('forms.planInTime.comparator.label')}
        hint={t('forms.planInTime.comparator.hint')}
        error={errors.comparatorAnnual}
        value={form.comparatorAnnual}
        onChange={(value) => setField('comparatorAnnual', value)}
      />
    </fieldset>
  );
}
