/**
 * The sources of one figure, shown beside it. Text from a card file is only ever text
 * (React escapes it); a source's address is shown, not linked, as the page works offline.
 */
import { useTranslation } from '../hooks/use-translation';
import type { Source } from '../../domain/schema/rate-card-sources';

export interface SourceCellProps {
  readonly sources: readonly Source[];
  /** The row above has the very same sources: say so rather than repeat a long text. */
  readonly sameAsAbove?: boolean | undefined;
}

export function RateCardSourceCell({ sources, sameAsAbove = false }: SourceCellProps) {
  const { t } = useTranslation();
  if (sources.length === 0) return <>{t('rateCards.view.noSource')}</>;
  if (sameAsAbove) return <>{t('rateCards.view.asAbove')}</>;
  const one = (source: Source) => (
    <>
      {source.text}
      {source.url !== undefined && source.url !== '' && (
        <>
          {' '}
          <span className="app-rate-card-url">{source.url}</span>
        </>
      )}
    </>
  );
  if (sources.length === 1 && sources[0] !== undefined) return one(sources[0]);
  return (
    <ul className="nhsuk-list nhsuk-list--bullet app-rate-card-sources">
      {sources.map((source, index) => (
        <li key={index}>{one(source)}</li>
      ))}
    </ul>
  );
}

/** Whether two rows' sources are the same entries of the card, in the same order. */
export function sameSources(a: readonly Source[] | undefined, b: readonly Source[]): boolean {
  return (
    a !== undefined && a.length === b.length && a.every((source, index) => source === b[index])
  );
}
