/** Rules of a rate card that span fields: unique ids, core domains, dates, thresholds, sources. */
import { Dec } from '../money';
import { problem, type Problem } from '../problems';
import { CORE_DOMAINS, type RateCard } from './rate-card';
import { figurePaths, isCoveredBy } from './rate-card-figures';
import { duplicateIds } from './unique-ids';

export function rateCardRuleProblems(card: RateCard): Problem[] {
  return [
    ...duplicateIds(card.domains, ['domains']),
    ...duplicateIds(card.registeredProvider.providers, ['registeredProvider', 'providers']),
    ...duplicateIds(card.personalAssistant.onCosts, ['personalAssistant', 'onCosts']),
    ...duplicateIds(card.personalAssistant.employerCosts, ['personalAssistant', 'employerCosts']),
    ...duplicateIds(card.settings, ['settings']),
    ...missingCoreDomains(card),
    ...(card.validTo < card.validFrom
      ? [problem(['validTo'], 'validation.validToBeforeFrom')]
      : []),
    ...thresholdOrderProblems(card),
    ...sourceProblems(card),
  ];
}

function missingCoreDomains(card: RateCard): Problem[] {
  const present = new Set(card.domains.map((domain) => domain.id));
  return CORE_DOMAINS.filter((id) => !present.has(id)).map((id) =>
    problem(['domains'], 'validation.missingDomain', { id }),
  );
}

function thresholdOrderProblems(card: RateCard): Problem[] {
  const { noticeHours, highHours, veryHighHours } = card.carerPolicy;
  const found: Problem[] = [];
  if (new Dec(highHours).lt(noticeHours)) {
    found.push(
      problem(['carerPolicy', 'highHours'], 'validation.thresholdOrder', { lower: 'noticeHours' }),
    );
  }
  if (new Dec(veryHighHours).lt(highHours)) {
    found.push(
      problem(['carerPolicy', 'veryHighHours'], 'validation.thresholdOrder', {
        lower: 'highHours',
      }),
    );
  }
  return found;
}

/** Every figure has a source, and every source names a figure or group that exists. */
function sourceProblems(card: RateCard): Problem[] {
  const figures = figurePaths(card);
  const named = card.sources.map((source) => source.figure);
  const unsourced = figures
    .filter((figure) => !named.some((group) => isCoveredBy(figure, group)))
    .map((figure) => problem(['sources'], 'validation.unsourcedFigure', { figure }));
  const dangling = card.sources.flatMap((source, index) =>
    figures.some((figure) => isCoveredBy(figure, source.figure))
      ? []
      : [
          problem(['sources', index, 'figure'], 'validation.sourceNamesNothing', {
            figure: source.figure,
          }),
        ],
  );
  return [...unsourced, ...dangling];
}
