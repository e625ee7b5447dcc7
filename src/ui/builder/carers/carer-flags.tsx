/**
 * A carer's flags: each flag's name as a tag coloured by how serious it is, then what was
 * found against which threshold, what moving care to paid support would take and what it
 * would cost, in the same words as the summary, the PDF and the text report
 * (src/present/carers.ts).
 */
import { useTranslation } from '../../hooks/use-translation';
import type { CarerFlag } from '../../../domain/carer-burden';
import { formatHoursInProse, formatMoney, type Locale } from '../../../domain/format';
import type { Carer } from '../../../domain/schema/budget';
import { carerFlagModel } from '../../../present/carers';
import { Tag } from '../../components/tag';
import { SEVERITY_COLOUR } from '../../components/severity-colour';

export interface CarerFlagsProps {
  readonly flags: readonly CarerFlag[];
  readonly carer: Carer;
  readonly locale: Locale;
}

export function CarerFlags({ flags, carer, locale }: CarerFlagsProps) {
  const { t } = useTranslation();
  if (flags.length === 0) return <>{t('carers.noFlags')}</>;
  const format = {
    t,
    hoursInProse: (hours: Parameters<typeof formatHoursInProse>[0]) =>
      formatHoursInProse(hours, locale),
    money: (amount: Parameters<typeof formatMoney>[0]) => formatMoney(amount, locale),
  };
  return (
    <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
      {flags.map((flag) => {
        const said = carerFlagModel(flag, carer, format);
        return (
          <li key={flag.id}>
            <Tag colour={SEVERITY_COLOUR[flag.severity]}>{said.name}</Tag>
            <p className="nhsuk-body-s nhsuk-u-margin-top-1 nhsuk-u-margin-bottom-2">
              {said.found} {said.relief} {said.cost}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
