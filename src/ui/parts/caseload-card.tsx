/** The rate card a caseload is priced on: every budget on one card, so figures compare. */
import { useTranslation } from 'react-i18next';
import { localise } from '../../i18n/localise';
import { caseloadRateCards } from '../caseload/caseload-cards';
import { Select } from '../components/select';

export interface CaseloadCardProps {
  readonly cardId: string;
  readonly disabled: boolean;
  readonly onChoose: (id: string) => void;
}

export function CaseloadCard({ cardId, disabled, onChoose }: CaseloadCardProps) {
  const { t, i18n } = useTranslation();
  const options = caseloadRateCards().map((card) => ({ value: card.id, label: localise(card.name, i18n.language) }));
  return (
    <Select
      id="caseload-card"
      label={t('caseload.card.label')}
      hint={t('caseload.card.hint')}
      options={options}
      value={cardId}
      disabled={disabled}
      onChange={onChoose}
    />
  );
}
