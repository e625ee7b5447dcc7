/**
 * What can be done with a card: download it (to publish or send), make a new card from it,
 * print it, and, for a card kept on this device that no budget uses, delete it.
 */
import { useState } from 'react';
import { useTranslation } from '../hooks/use-translation';
import type { RateCard } from '../../domain/schema/rate-card';
import { localise } from '../../i18n/localise';
import { rateCardFileName, rateCardFileText } from '../../io/rate-card-file';
import { useAppStore } from '../../state/store';
import { Button } from '../components/button';
import { ButtonGroup } from '../components/button-group';
import { ButtonLink } from '../components/button-link';
import { downloadText } from '../download';
import { href, navigate } from '../routes';
import { setFlash } from '../components/budget-flash';

export function RateCardActions({ card, onDevice }: { card: RateCard; onDevice: boolean }) {
  const { t, i18n } = useTranslation();
  const usedBy = useAppStore(
    (state) =>
      Object.values(state.budgets).filter((saved) => saved.budget.rateCard === card.id).length,
  );
  const deleteRateCard = useAppStore((state) => state.deleteRateCard);
  const [confirming, setConfirming] = useState(false);
  const name = localise(card.name, i18n.language);

  const remove = () => {
    deleteRateCard(card.id);
    setFlash({
      target: href({ page: 'rate-cards' }),
      heading: 'rateCards.view.deleted',
      values: { name },
    });
    navigate({ page: 'rate-cards' });
  };

  return (
    <div className="app-no-print">
      <ButtonGroup>
        <Button
          type="button"
          onClick={() => downloadText(rateCardFileName(card), rateCardFileText(card))}
        >
          {t('rateCards.view.download')}
        </Button>
        <ButtonLink variant="secondary" href={href({ page: 'rate-card-make', cardId: card.id })}>
          {t('rateCards.view.make')}
        </ButtonLink>
        <Button type="button" variant="secondary" onClick={() => window.print()}>
          {t('rateCards.view.print')}
        </Button>
      </ButtonGroup>
      {onDevice && usedBy > 0 && (
        <p className="nhsuk-body">{t('rateCards.view.inUse', { count: usedBy })}</p>
      )}
      {onDevice && usedBy === 0 && !confirming && (
        <Button type="button" variant="warning" onClick={() => setConfirming(true)}>
          {t('rateCards.view.delete')}
        </Button>
      )}
      {onDevice && usedBy === 0 && confirming && (
        <div className="nhsuk-form-group">
          <p className="nhsuk-body" role="status">
            {t('rateCards.view.deleteQuestion', { name })}
          </p>
          <ButtonGroup>
            <Button type="button" variant="warning" onClick={remove}>
              {t('rateCards.view.deleteConfirm')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              {t('rateCards.view.deleteCancel')}
            </Button>
          </ButtonGroup>
        </div>
      )}
    </div>
  );
}
