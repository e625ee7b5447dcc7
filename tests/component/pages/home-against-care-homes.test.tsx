/**
 * Home against care homes says its difference in words, as the summary does ("This plan
 * costs £X a year less"), on the commissioner's page and in the caseload's table, in
 * English and in Welsh: a signed figure there read backwards beside its own footnote.
 */
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { priceCaseloadBudget } from '../../../src/domain/caseload/price';
import { summariseCaseload, type CaseloadSummary } from '../../../src/domain/caseload/summary';
import { formatHours, formatMoney } from '../../../src/domain/format';
import { Dec } from '../../../src/domain/money';
import { priceBudget } from '../../../src/domain/pricing/price-budget';
import { createI18n } from '../../../src/i18n';
import { useAppStore } from '../../../src/state/store';
import { CaseloadSettings } from '../../../src/ui/caseload/caseload-breakdowns';
import { useCaseloadFormat } from '../../../src/ui/caseload/use-caseload-format';
import { loadCard } from '../../helpers/builders';
import { planA } from '../../helpers/revision-budgets';
import { Pages } from '../routed-pages';

const england = loadCard('rate-cards/england-2025-26.json');

function renderIn(language: 'en' | 'cy', ui: React.ReactElement) {
  return render(<I18nextProvider i18n={createI18n(language)}>{ui}</I18nextProvider>);
}

describe("the commissioner's page", () => {
  it.each([
    [
      'en',
      'This plan at home against each setting',
      'This plan costs',
      'a year less',
      'Residential care home',
    ],
    [
      'cy',
      "Y cynllun hwn gartref o'i gymharu â phob lleoliad",
      "Mae'r cynllun hwn yn costio",
      'yn llai y flwyddyn',
      'Cartref gofal preswyl',
    ],
  ] as const)(
    'in %s, says how much less home costs in words, with no minus sign',
    (language, caption, start, end, settingName) => {
      const { id } = useAppStore.getState().addBudget({ ...planA(), rateCard: 'england-2025-26' });
      const pricing = priceBudget({ ...planA(), rateCard: 'england-2025-26' }, england);
      const comparison = pricing.settings.find((setting) => setting.setting.id === 'residential');
      if (comparison === undefined) throw new Error('no residential setting');
      expect(comparison.difference.isNegative()).toBe(true);
      window.location.hash = `#/budgets/${id}/commissioner`;
      renderIn(language, <Pages />);
      const table = screen.getByRole('table', { name: caption });
      const row = within(table).getByRole('row', { name: new RegExp(settingName) });
      const locale = language === 'cy' ? ('cy-GB' as const) : ('en-GB' as const);
      const amount = formatMoney(comparison.difference.abs().toFixed(2), locale);
      expect(row).toHaveTextContent(`${start} ${amount} ${end}`);
      expect(row.textContent).not.toMatch(/[−-]£/);
      expect(table.parentElement?.parentElement?.textContent ?? '').not.toMatch(/negative|negatif/);
      expect(row).toHaveTextContent(formatHours(comparison.extraProviderHours, locale));
    },
  );
});

function Settings({ summary }: { summary: CaseloadSummary }) {
  return <CaseloadSettings summary={summary} format={useCaseloadFormat(england)} />;
}

describe("the caseload's home against care homes", () => {
  it.each([
    ['en', 'Home costs', 'a year less'],
    ['cy', 'Mae gofal gartref yn costio', 'yn llai y flwyddyn'],
  ] as const)('in %s, says the difference in words', (language, start, end) => {
    const entry = priceCaseloadBudget(
      { ...planA(), rateCard: 'england-2025-26' },
      england,
      'a.json',
    );
    if (!entry.ok) throw new Error('unpriceable');
    const summary = summariseCaseload([entry.value], england, '2026-01-01');
    const residential = summary.settings.find((setting) => setting.id === 'residential');
    if (residential === undefined) throw new Error('no residential setting');
    renderIn(language, <Settings summary={summary} />);
    const locale = language === 'cy' ? ('cy-GB' as const) : ('en-GB' as const);
    const amount = formatMoney(new Dec(residential.difference).abs().toFixed(2), locale);
    expect(
      screen
        .getAllByRole('row')
        .some((row) => row.textContent?.includes(`${start} ${amount} ${end}`)),
    ).toBe(true);
    expect(screen.getByRole('table').textContent).not.toMatch(/[−-]£/);
  });
});
