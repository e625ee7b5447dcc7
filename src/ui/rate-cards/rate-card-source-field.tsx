/**
 * The "where the changed figures come from" question of one block of the card form, with
 * the sources the figures had on the card the form started from, to keep or to replace.
 */
import { useTranslation } from '../hooks/use-translation';
import { sourceKey } from '../../domain/forms/rate-card-form';
import type { Source } from '../../domain/schema/rate-card-sources';
import { Details } from '../components/details';
import { Textarea } from '../components/textarea';
import { VisuallyHidden } from '../components/visually-hidden';
import { rateCardFieldId } from './rate-card-field-names';
import { RateCardSourceCell } from './rate-card-source-cell';
import type { RateCardFormControls } from './rate-card-form-controls';

export interface SourceFieldProps {
  readonly controls: RateCardFormControls;
  readonly block: string;
  /** The block's name, for screen readers: every block has this same question. */
  readonly context: string;
  readonly current: readonly Source[];
}

export function RateCardSourceField({ controls, block, context, current }: SourceFieldProps) {
  const { t } = useTranslation();
  const key = sourceKey(block);
  return (
    <>
      <Textarea
        id={rateCardFieldId(key)}
        label={
          <>
            {t('rateCards.make.source.label')}
            <VisuallyHidden>, {context}</VisuallyHidden>
          </>
        }
        hint={t('rateCards.make.source.hint')}
        error={controls.errorFor(key)}
        rows={2}
        value={controls.text(key)}
        onChange={controls.set(key)}
      />
      <Details summary={t('rateCards.make.currentSources')}>
        {current.length === 0 ? (
          t('rateCards.make.noCurrentSources')
        ) : (
          <RateCardSourceCell sources={current} />
        )}
      </Details>
    </>
  );
}
