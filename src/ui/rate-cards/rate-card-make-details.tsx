/** The new card's own details: id, name, area, the dates it is in use, notes, weeks in a year. */
import { useTranslation } from '../hooks/use-translation';
import { baseFigurePaths, dateKey, DATE_PARTS } from '../../domain/forms/rate-card-form';
import type { RateCard } from '../../domain/schema/rate-card';
import { sourcesOfAny } from '../../domain/schema/rate-card-sources';
import { Checkboxes } from '../components/checkboxes';
import { DateInput, type DatePart } from '../components/date-input';
import { Textarea } from '../components/textarea';
import { TextInput } from '../components/text-input';
import { rateCardFieldId } from './rate-card-field-names';
import { RateCardFigureInput } from './rate-card-figure-input';
import type { RateCardFormControls } from './rate-card-form-controls';
import { RateCardSourceField } from './rate-card-source-field';
import type { MessageKey } from '../../i18n/message-keys';

export function RateCardMakeDetails({
  controls,
  base,
}: {
  controls: RateCardFormControls;
  base: RateCard;
}) {
  const { t } = useTranslation();
  const text = (field: 'id' | 'name' | 'area', width: 20 | 'full') => (
    <TextInput
      id={rateCardFieldId(field)}
      label={t(`rateCards.make.${field}.label` as const satisfies MessageKey)}
      hint={t(`rateCards.make.${field}.hint` as const satisfies MessageKey)}
      error={controls.errorFor(field)}
      width={width}
      autoComplete="off"
      spellCheck={field === 'id' ? false : undefined}
      value={controls.text(field)}
      onChange={controls.set(field)}
    />
  );
  const date = (which: 'validFrom' | 'validTo') => (
    <DateInput
      id={rateCardFieldId(which).replace(/-day$/, '')}
      legend={t(`rateCards.make.${which}.label` as const satisfies MessageKey)}
      hint={t(`rateCards.make.${which}.hint` as const satisfies MessageKey)}
      error={controls.errorFor(which)}
      labels={{
        day: t('rateCards.make.date.day'),
        month: t('rateCards.make.date.month'),
        year: t('rateCards.make.date.year'),
      }}
      value={
        Object.fromEntries(
          DATE_PARTS.map((part) => [part, controls.text(dateKey(which, part))]),
        ) as Record<DatePart, string>
      }
      onChange={(part, value) => controls.set(dateKey(which, part))(value)}
    />
  );
  const illustrative = controls.form['illustrative'];
  return (
    <section className="app-rate-card-section">
      <h2 className="nhsuk-heading-m">{t('rateCards.make.details')}</h2>
      {text('id', 20)}
      {text('name', 'full')}
      {text('area', 'full')}
      {date('validFrom')}
      {date('validTo')}
      <Checkboxes
        id={rateCardFieldId('illustrative')}
        legend={t('rateCards.make.illustrative.legend')}
        legendSize="s"
        options={[{ value: 'yes', label: t('rateCards.make.illustrative.label') }]}
        values={Array.isArray(illustrative) ? (illustrative as string[]) : []}
        onChange={(values) => controls.update((was) => ({ ...was, illustrative: values }))}
      />
      <Textarea
        id={rateCardFieldId('notes')}
        label={t('rateCards.make.notes.label')}
        hint={t('rateCards.make.notes.hint')}
        error={controls.errorFor('notes')}
        rows={4}
        value={controls.text('notes')}
        onChange={controls.set('notes')}
      />
      <RateCardFigureInput
        controls={controls}
        field="weeksPerYear"
        label={t('rateCards.make.weeks.label')}
        hint={t('rateCards.make.weeks.hint')}
        context={t('rateCards.fields.weeksPerYear')}
        kind="number"
      />
      <RateCardSourceField
        controls={controls}
        block="weeksPerYear"
        context={t('rateCards.fields.weeksPerYear')}
        current={sourcesOfAny(base, baseFigurePaths('weeksPerYear'))}
      />
    </section>
  );
}
