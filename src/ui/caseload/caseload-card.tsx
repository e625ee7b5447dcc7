/** The rate card a caseload is priced on: every budget on one card, so figures compare. */
import { useTranslation } from 'react-i18next';
import { localise } from '../../i18n/localise';
import { Select } from '../components/select';
import { useRateCards } from '../hooks/use-rate-cards';

export interface CaseloadCardProps {
  readonly cardId: string;
  readonly disabled: boolean;
  readonly onChoose: (id: string) => void;
}

export function CaseloadCard({ cardId, disabled, onChoose }: CaseloadCardProps) {
  const { t, i18n } = useTranslation();
  const options = useRateCards().map((card) => ({ value: card.id, label: localise(card.name, i18n.language) }));
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
