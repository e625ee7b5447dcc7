/**
 * Re-pricing says which lines it does not re-price: those on a rate or pay agreed for this
 * person (pricing rule 17), which the agreement fixes, not the card.
 */
import { useTranslation } from '../hooks/use-translation';
import { agreedKept } from '../../domain/revisions/agreed-kept';
import type { BudgetDiff } from '../../domain/revisions/diff';
import { InsetText } from '../components/inset-text';

export function RepriceAgreedNotice({ diff }: { diff: BudgetDiff }) {
  const { t } = useTranslation();
  const kept = agreedKept(diff);
  if (kept.length === 0) return null;
  return (
    <InsetText>
      <p>{t('packages.reprice.kept', { count: kept.length })}</p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {kept.map((priced) => (
          <li key={priced.line.id}>{priced.line.activity}</li>
        ))}
      </ul>
    </InsetText>
  );
}
