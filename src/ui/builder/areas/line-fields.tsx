/**
 * The questions of the need-line form, in order: what the support is, which outcomes it serves,
 * visits or a sleep-in, who gives it, then how long and how often. The values are the
 * form as typed; checking them is the domain's (formToLine). Each group re-renders only
 * when its own fields change (memoByFields).
 */
import type { PricedLine } from '../../../domain/pricing/line';
import type { Budget } from '../../../domain/schema/budget';
import type { RateCard } from '../../../domain/schema/rate-card';
import type { LineFieldsProps } from './line-field-ids';
import { LinePackageFields } from './line-package-fields';
import { LineScheduleFields } from './line-schedule-fields';
import { LineWhatFields } from './line-what-fields';
import { LineWhenFields } from './line-when-fields';
import { LineWhoFields } from './line-who-fields';

export interface LineFieldsAllProps extends LineFieldsProps {
  readonly budget: Budget;
  readonly card: RateCard;
  /** The line as the form describes it, priced, for the price question's difference a week. */
  readonly priced?: PricedLine | undefined;
}

export function LineFields({ form, onChange, errors, budget, card, priced }: LineFieldsAllProps) {
  return (
    <>
      <LineWhatFields
        form={form}
        onChange={onChange}
        errors={errors}
        budgetId={budget.id}
        outcomes={budget.outcomes}
      />
      <LineWhoFields form={form} onChange={onChange} errors={errors} budget={budget} card={card} />
      <LineScheduleFields form={form} onChange={onChange} errors={errors} />
      <LinePackageFields
        form={form}
        onChange={onChange}
        errors={errors}
        card={card}
        priced={priced}
      />
      <LineWhenFields form={form} onChange={onChange} errors={errors} />
    </>
  );
}
