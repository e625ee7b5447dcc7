/**
 * Next year's rates on the whole caseload: choose next year's card, and every budget is
 * priced on it as well (in the workers), as at the same day; then the two side by side,
 * in total and by area of life, who gives support and cohort, with the budgets whose
 * cost rises most. The figures are compareCards's, as the command's `--next-card`.
 */
import { useTranslation } from '../hooks/use-translation';
import { useShallow } from 'zustand/react/shallow';
import type { Change } from '../../domain/caseload/next-card';
import { localise } from '../../i18n/localise';
import { useCaseloadStore } from '../../state/caseload/caseload-store';
import { Select } from '../components/select';
import { SummaryList } from '../components/summary-list';
import { CaseloadFiguresTable } from './caseload-figures-table';
import { useRateCards } from '../hooks/use-rate-cards';
import { CaseloadRanked } from './caseload-ranked';
import type { CaseloadFormat } from './use-caseload-format';

const NONE = '';

/** The choice of next year's card, beside the card the caseload is priced on. */
export function CaseloadNextCardChoice({ disabled }: { disabled: boolean }) {
  const { t, i18n } = useTranslation();
  const key = (name: string) => `commissioner.nextCard.${name}`;
  const { nextCardId, chooseNextCard, cardId } = useCaseloadStore(
    useShallow((s) => ({
      nextCardId: s.nextCardId,
      chooseNextCard: s.chooseNextCard,
      cardId: s.cardId,
    })),
  );
  const cards = useRateCards();
  const language = i18n.language;
  return (
    <Select
      id="caseload-next-card"
      label={t(key('label'))}
      hint={t(key('hint'))}
      value={nextCardId ?? NONE}
      disabled={disabled}
      onChange={(value) => chooseNextCard(value === NONE ? null : value)}
      options={[
        { value: NONE, label: t(key('none')) },
        ...cards
          .filter((card) => card.id !== cardId)
          .map((card) => ({ value: card.id, label: localise(card.name, language) })),
      ]}
    />
  );
}

export function CaseloadNextCard({
  format,
  onOpen,
}: {
  format: CaseloadFormat;
  onOpen: (file: string) => void;
}) {
  const { t, money, count, language, cardName } = format;
  const key = (name: string) => `commissioner.nextCard.${name}`;
  const { nextCardId, comparison, cardId } = useCaseloadStore(
    useShallow((s) => ({ nextCardId: s.nextCardId, comparison: s.comparison, cardId: s.cardId })),
  );
  const cards = useRateCards();
  const nextCard = cards.find((card) => card.id === nextCardId);
  const nextName = nextCard === undefined ? '' : localise(nextCard.name, language);
  const percent = (change: Change) =>
    change.percent === null
      ? t(key('noPercent'))
      : t(key('percentValue'), { percent: change.percent });
  const changeTable = (
    caption: string,
    heading: string,
    rows: readonly [string, string, Change][],
  ) => (
    <CaseloadFiguresTable
      caption={caption}
      columns={[
        { heading },
        { heading: t(key('column.thisCard'), { card: cardName }), numeric: true },
        { heading: t(key('column.nextCard'), { card: nextName }), numeric: true },
        { heading: t(key('column.difference')), numeric: true },
        { heading: t(key('column.percent')), numeric: true },
      ]}
      rows={rows.map(([id, label, change]) => ({
        key: id,
        cells: [
          label,
          money(change.thisYear),
          money(change.nextYear),
          money(change.difference),
          percent(change),
        ],
      }))}
    />
  );
  const shown =
    comparison !== null && comparison.nextCard === nextCardId && comparison.thisCard === cardId
      ? comparison
      : null;
  return (
    <>
      <p className="nhsuk-body">{t(key('intro'))}</p>
      {shown !== null && (
        <>
          <SummaryList
            label={t(key('label'))}
            rows={[
              { key: t(key('count')), value: count(shown.count) },
              {
                key: t(key('annualThis'), { card: cardName }),
                value: money(shown.annual.thisYear),
              },
              {
                key: t(key('annualNext'), { card: nextName }),
                value: money(shown.annual.nextYear),
              },
              {
                key: t(key('annualDifference')),
                value: `${money(shown.annual.difference)} (${percent(shown.annual)})`,
              },
              {
                key: t(key('weeklyDifference')),
                value: `${money(shown.weekly.difference)} (${percent(shown.weekly)})`,
              },
            ]}
          />
          {shown.notOnNextCard.length > 0 && (
            <p className="nhsuk-body">
              {t(key('notOnNextCard'), {
                count: shown.notOnNextCard.length,
                shown: count(shown.notOnNextCard.length),
                files: shown.notOnNextCard.join('; '),
              })}
            </p>
          )}
          {changeTable(
            t(key('byDomainCaption')),
            t('caseload.byDomain.domain'),
            Object.entries(shown.byDomain).map(([id, change]) => [
              id,
              format.labels.domain(id),
              change,
            ]),
          )}
          {changeTable(
            t(key('byResourceCaption')),
            t('caseload.byResource.who'),
            Object.entries(shown.byResource).map(([id, change]) => [
              id,
              format.labels.resource(id),
              change,
            ]),
          )}
          {changeTable(
            t(key('byCohortCaption')),
            t('caseload.phbReturn.column.cohort'),
            Object.entries(shown.byCohort).map(([id, change]) => [
              id,
              t(`caseload.phbReturn.cohort.${id}`),
              change,
            ]),
          )}
          {shown.rises.length === 0 ? (
            <p className="nhsuk-body">{t(key('noRises'))}</p>
          ) : (
            <CaseloadRanked
              budgets={shown.rises}
              more={[
                {
                  heading: t(key('column.nextCard'), { card: nextName }),
                  amount: (budget) => budget.nextAnnual,
                },
                { heading: t(key('column.rise')), amount: (budget) => budget.rise },
              ]}
              caption={t(key('risesCaption'), {
                count: shown.rises.length,
                shown: count(shown.rises.length),
              })}
              format={format}
              onOpen={onOpen}
            />
          )}
        </>
      )}
    </>
  );
}
