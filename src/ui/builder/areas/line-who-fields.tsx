/**
 * "Who gives this support?": the four kinds of help, each explained in plain words, with
 * the follow-up question a choice needs (which provider, which carer, which named
 * personal assistant if any) shown beneath it.
 */
import { useTranslation } from '../../hooks/use-translation';
import { formatMoney } from '../../../domain/format';
import type { Budget } from '../../../domain/schema/budget';
import { RESOURCES } from '../../../domain/schema/budget-values';
import type { RateCard } from '../../../domain/schema/rate-card';
import { localise } from '../../../i18n/localise';
import { InsetText } from '../../components/inset-text';
import { Radios } from '../../components/radios';
import { Select, type SelectOption } from '../../components/select';
import { href } from '../../routes';
import { useLocale } from '../../hooks/budget-format';
import { lineFieldId, memoByFields, type LineFieldsProps } from './line-field-ids';
import type { MessageKey } from '../../../i18n/message-keys';

export interface LineWhoFieldsProps extends LineFieldsProps {
  readonly budget: Budget;
  readonly card: RateCard;
}

export const LineWhoFields = memoByFields(
  function LineWhoFields({ form, onChange, errors, budget, card }: LineWhoFieldsProps) {
    const { t, i18n } = useTranslation();
    const locale = useLocale();
    const set = (field: 'resource' | 'provider' | 'carer' | 'assistant') => (value: string) =>
      onChange({ [field]: value });

    const standard = card.registeredProvider.standard.day.weekday;
    const providers: SelectOption[] = [
      { value: '', label: t('lines.provider.standard', { rate: formatMoney(standard, locale) }) },
      ...card.registeredProvider.providers.map((provider) => ({
        value: provider.id,
        label: t('lines.provider.option', {
          name: localise(provider.name, i18n.language),
          quality: provider.quality,
          rate: formatMoney(provider.rates.day.weekday, locale),
        }),
      })),
    ];
    // A line from a file may name a provider this card lacks: say so rather than show another.
    if (form.provider !== '' && !providers.some((option) => option.value === form.provider)) {
      providers.push({
        value: form.provider,
        label: t('lines.provider.unknown', { id: form.provider }),
      });
    }

    const providerQuestion = (
      <Select
        id={lineFieldId('provider')}
        label={t('lines.provider.label')}
        hint={t('lines.provider.hint')}
        error={errors.provider}
        options={providers}
        value={form.provider}
        onChange={set('provider')}
      />
    );

    const carerQuestion =
      budget.carers.length === 0 ? (
        <InsetText>
          <p>{t('lines.carer.noneYet')}</p>
          <p>
            <a className="nhsuk-link" href={href({ page: 'carers', budgetId: budget.id })}>
              {t('lines.carer.addFirst')}
            </a>
          </p>
          <p>{t('lines.carer.kept')}</p>
        </InsetText>
      ) : (
        <Select
          id={lineFieldId('carer')}
          label={t('lines.carer.label')}
          hint={t('lines.carer.hint')}
          error={errors.carer}
          options={[
            { value: '', label: t('lines.carer.choose') },
            ...budget.carers.map((carer) => ({ value: carer.id, label: carer.name })),
          ]}
          value={form.carer}
          onChange={set('carer')}
        />
      );

    // Said where a PA is chosen, not only at the foot of the form in the cost preview.
    const paWarning =
      budget.fundingRoute === 'direct-payment' ? undefined : (
        <>
          <p className="nhsuk-body">
            <strong>
              {t('lines.resource.paNeedsDirectPayment', {
                route: t(`terms.fundingRoute.${budget.fundingRoute}` as const satisfies MessageKey),
              })}
            </strong>
          </p>
          <p className="nhsuk-body nhsuk-u-margin-bottom-0">
            <a className="nhsuk-link" href={href({ page: 'about', budgetId: budget.id })}>
              {t('lines.resource.paChangeRoute')}
            </a>
          </p>
        </>
      );

    const assistants = budget.assistants ?? [];
    const assistantOptions: SelectOption[] = [
      { value: '', label: t('lines.assistant.none') },
      ...assistants.map((assistant) => ({ value: assistant.id, label: assistant.name })),
    ];
    // A draft may name an assistant removed since: say so, and the save asks for another.
    if (form.assistant !== '' && !assistants.some((assistant) => assistant.id === form.assistant)) {
      assistantOptions.push({ value: form.assistant, label: t('lines.assistant.unknown') });
    }
    const assistantQuestion =
      assistantOptions.length === 1 ? (
        <InsetText>
          <p>{t('lines.assistant.noneYet')}</p>
          <p>
            <a className="nhsuk-link" href={href({ page: 'carers', budgetId: budget.id })}>
              {t('lines.assistant.addFirst')}
            </a>
          </p>
          <p>{t('lines.carer.kept')}</p>
        </InsetText>
      ) : (
        <Select
          id={lineFieldId('assistant')}
          label={t('lines.assistant.label')}
          hint={t('lines.assistant.hint')}
          error={errors.assistant}
          options={assistantOptions}
          value={form.assistant}
          onChange={set('assistant')}
        />
      );

    return (
      <Radios
        id={lineFieldId('resource')}
        legend={t('lines.resource.legend')}
        legendSize="m"
        error={errors.resource ?? (budget.carers.length === 0 ? errors.carer : undefined)}
        value={form.resource}
        onChange={set('resource')}
        options={RESOURCES.map((resource) => ({
          value: resource,
          label: t(`lines.resource.${resource}` as const satisfies MessageKey),
          hint: t(`lines.resource.${resource}Hint` as const satisfies MessageKey),
          conditional:
            resource === 'registered-provider' ? (
              providerQuestion
            ) : resource === 'unpaid-carer' ? (
              carerQuestion
            ) : resource === 'personal-assistant' ? (
              <>
                {paWarning}
                {assistantQuestion}
              </>
            ) : undefined,
        }))}
      />
    );
  },
  ['resource', 'provider', 'carer', 'assistant'],
);
