/**
 * Make a new rate card from an existing one (#/rate-cards/:id/make): every figure starts
 * as on that card; what is typed is kept as a draft (a reload loses nothing); the domain's
 * form rules and then readRateCard decide what is wrong; nothing is saved until all is
 * right. The new card is kept on this device under its own id, ready to download.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { rateCardToForm, textOf, type RateCardForm } from '../../domain/forms/rate-card-form';
import { formToRateCard } from '../../domain/forms/rate-card-form-parse';
import type { Problem } from '../../domain/problems';
import { localise } from '../../i18n/localise';
import { draftKey } from '../../state/drafts-slice';
import { useAppStore } from '../../state/store';
import { Page } from '../components/page';
import { useDraft } from '../hooks/use-draft';
import { allRateCards, useRateCards } from '../hooks/use-rate-cards';
import { href, IMPORT, navigate } from '../routes';
import { setFlash } from '../components/budget-flash';
import { FormActions } from '../components/form-actions';
import { rateCardFieldId, rateCardProblemMessage } from './rate-card-field-names';
import type { RateCardFormControls } from './rate-card-form-controls';
import { RateCardMakeDetails } from './rate-card-make-details';
import { RateCardMakeCosts, RateCardMakeProviders } from './rate-card-make-lists';
import {
  RateCardMakePayFloor,
  RateCardMakePolicy,
  RateCardMakeRates,
} from './rate-card-make-rates';
import { NotFoundPage } from '../site/not-found-page';

const NO_FORM: RateCardForm = {};

export function RateCardMakePage({ cardId }: { cardId: string }) {
  const { t, i18n } = useTranslation();
  const base = useRateCards().find((card) => card.id === cardId);
  const initial = useMemo(() => (base === undefined ? NO_FORM : rateCardToForm(base)), [base]);
  const [form, , clearDraft, , update] = useDraft(draftKey('rate-cards', 'make', cardId), initial);
  const addRateCard = useAppStore((state) => state.addRateCard);
  const [problems, setProblems] = useState<readonly Problem[]>([]);

  const messages = useMemo(
    () =>
      problems.map((found) => {
        const fromFile = found.key.startsWith('validation.');
        const message = fromFile
          ? t('rateCards.make.problemInFile', {
              path: found.path,
              message: t(found.key, { ...found.values }),
            })
          : rateCardProblemMessage(found, form, t);
        return {
          path: found.path,
          fieldId: fromFile ? rateCardFieldId('id') : rateCardFieldId(found.path),
          message,
        };
      }),
    [problems, form, t],
  );

  if (base === undefined) return <NotFoundPage />;
  const baseName = localise(base.name, i18n.language);
  const controls: RateCardFormControls = {
    form,
    text: (key) => textOf(form, key),
    set: (key) => (value) => update((was) => ({ ...was, [key]: value })),
    update,
    errorFor: (key) => messages.find((message) => message.path === key)?.message,
  };
  const cardPage = href({ page: 'rate-card', cardId });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const taken = [...allRateCards().map((card) => card.id), IMPORT];
    const result = formToRateCard(form, base, taken);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    addRateCard(result.value, 'made', base.id);
    clearDraft();
    const target = { page: 'rate-card', cardId: result.value.id } as const;
    setFlash({
      target: href(target),
      heading: 'rateCards.make.saved',
      body: 'rateCards.make.savedBody',
      values: { name: localise(result.value.name, i18n.language) },
    });
    navigate(target);
  };

  return (
    <Page
      title={t('rateCards.make.title')}
      caption={t('rateCards.make.caption', { name: baseName })}
      errors={messages}
      backLink={{ href: cardPage }}
    >
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <p className="nhsuk-body">{t('rateCards.make.intro', { name: baseName })}</p>
          <form onSubmit={submit} noValidate>
            <RateCardMakeDetails controls={controls} base={base} />
            <RateCardMakeRates controls={controls} base={base} block="standard" />
            <RateCardMakeProviders controls={controls} base={base} />
            <RateCardMakeRates controls={controls} base={base} block="pay" />
            <RateCardMakePayFloor controls={controls} base={base} />
            <RateCardMakeCosts controls={controls} base={base} />
            <RateCardMakePolicy controls={controls} base={base} />
            <FormActions
              saveLabel={t('rateCards.make.save')}
              cancelLabel={t('rateCards.make.cancel')}
              cancelHref={cardPage}
              onCancel={clearDraft}
              // A second save cannot make a second card: the id is then taken, and refused.
              preventDoubleClick={false}
            />
          </form>
        </div>
      </div>
    </Page>
  );
}
