/**
 * `npm run price -- pa-pay --rate <money> --hours <n> [--rate-card <id or path>]
 * [--format json|text] [--lang en|cy]`: the highest hourly pay a direct-payment hourly
 * rate allows a PA after the card's on-costs and employer costs, with its working.
 * The card is the newest shipped England card unless one is given. Exit 1 for bad input.
 */
import type { TFunction } from 'i18next';
import { highestPaPay, readPaPayInputs, type PaPay } from '../domain/pricing/pa-pay';
import { formatMoney } from '../domain/format';
import { toMoneyText, type Money } from '../domain/money';
import { createI18n, isLanguage, localeOf } from '../i18n';
import { localise } from '../i18n/localise';
import { paPayWorking } from '../present/pa-pay-words';
import { loadCardOption } from './load';
import { EXIT_BAD_INPUT, EXIT_FAULT, EXIT_OK, type Output } from './output';
import { splitArgs } from './split-args';
import { faultLine, problemLines, safeMessage } from './terminal-text';

/** The card a PA's pay is worked out on when none is named: this year's England figures. */
export const PA_PAY_DEFAULT_CARD = 'england-2026-27';

const OPTIONS = new Set(['--rate', '--hours', '--rate-card', '--format', '--lang']);

export function runPaPay(argv: readonly string[], output: Output, english: TFunction): number {
  let t = english;
  const fail = (key: string) => {
    output.stderr(`${safeMessage(t, key)}\n${t('packages.paPay.cli.usage')}\n`);
    return EXIT_BAD_INPUT;
  };
  try {
    const split = splitArgs(argv, OPTIONS);
    if (split.kind === 'help') {
      output.stdout(`${t('packages.paPay.cli.usage')}\n`);
      return EXIT_OK;
    }
    if (split.kind === 'error') return fail(split.key);
    const { options } = split;
    const language = options.get('--lang') ?? 'en';
    if (!isLanguage(language)) return fail('cli.badLang');
    ({ t } = createI18n(language));
    const format = options.get('--format') ?? 'json';
    if (format !== 'json' && format !== 'text') return fail('packages.paPay.cli.format');
    const inputs = readPaPayInputs(options.get('--rate') ?? '', options.get('--hours') ?? '');
    if (!inputs.ok) return fail(`packages.paPay.cli.${inputs.wrong[0] ?? 'rate'}`);
    const card = loadCardOption(options.get('--rate-card') ?? PA_PAY_DEFAULT_CARD);
    if (!card.ok) {
      output.stderr(problemLines(card.problems, t));
      return EXIT_BAD_INPUT;
    }
    const result = highestPaPay(inputs.value, card.value);
    const locale = localeOf(language);
    const working = paPayWorking(
      result,
      t,
      (amount) => formatMoney(amount, locale),
      (cost) => localise(cost.description, language),
    );
    output.stdout(
      format === 'json'
        ? `${JSON.stringify(paPayReport(result, card.value.id, working), null, 2)}\n`
        : `${working.join('\n')}\n`,
    );
    return EXIT_OK;
  } catch (error) {
    output.stderr(faultLine(error, t));
    return EXIT_FAULT;
  }
}

function paPayReport(result: PaPay, rateCard: string, working: readonly string[]) {
  const money = (amount: Money) => toMoneyText(amount);
  return {
    rateCard,
    rate: money(result.rate),
    hoursWeekly: result.hours.toString(),
    fundedWeekly: money(result.funded),
    employerCostsWeekly: money(result.employerWeekly),
    leftWeekly: money(result.left),
    onCostPercent: result.onCostPercent.toString(),
    highestPay: result.highest === null ? null : money(result.highest.pay),
    weeklyAtHighest: result.highest === null ? null : money(result.highest.totalWeekly),
    payFloor: result.floor === null ? null : money(result.floor.amount),
    reachesFloor: result.floor === null ? null : result.floor.reached,
    working,
  };
}
