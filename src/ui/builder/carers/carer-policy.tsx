/**
 * When the carers page warns, in the words of the budget's own rate card: an area may set
 * other thresholds than England's 20, 35 and 50 hours, so the page says the card's own.
 */
import { useTranslation } from '../../hooks/use-translation';
import { formatHoursInProse, type Locale } from '../../../domain/format';
import { Dec } from '../../../domain/money';
import type { CarerPolicy } from '../../../domain/schema/rate-card';

export interface CarerPolicyListProps {
  /** Undefined when the rate card is not on this device. */
  readonly policy: CarerPolicy | undefined;
  readonly locale: Locale;
}

export function CarerPolicyList({ policy, locale }: CarerPolicyListProps) {
  const { t } = useTranslation();
  if (policy === undefined) return <p>{t('carers.policy.unknown')}</p>;
  // Thresholds are decimal text on the card ("20"); in a sentence, "20 hours", not "20.00".
  const hours = (text: string) => formatHoursInProse(new Dec(text), locale);
  const items = [
    t('carers.policy.notice', { hours: hours(policy.noticeHours) }),
    t('carers.policy.high', { hours: hours(policy.highHours) }),
    t('carers.policy.veryHigh', { hours: hours(policy.veryHighHours) }),
    t('carers.policy.nights', { count: policy.nightsPerWeek }),
    t('carers.policy.noBreak'),
    t('carers.policy.olderOrUnwell', {
      hours: hours(policy.noticeHours),
      age: policy.olderCarerAge,
    }),
    t('carers.policy.notWilling'),
  ];
  return (
    <>
      <p>{t('carers.policy.intro')}</p>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}
