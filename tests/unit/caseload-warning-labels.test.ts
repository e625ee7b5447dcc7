/**
 * Every warning a budget can raise has a name on the caseload page, in its CSV and its
 * filter, in English and in Welsh: never the raw key.
 */
import { describe, expect, it } from 'vitest';
import { WARNING_IDS } from '../../src/domain/warnings';
import { createI18n } from '../../src/i18n';
import { caseloadLabels } from '../../src/io/caseload-labels';
import { loadCard } from '../helpers/builders';

const card = loadCard('rate-cards/england-2025-26.json');
const english = caseloadLabels(card, createI18n('en').t, 'en');
const welsh = caseloadLabels(card, createI18n('cy').t, 'cy');

describe('the caseload’s names of warnings', () => {
  it('names the named-assistant and investment warnings in English', () => {
    expect(english.warning('pa-over-contract')).toBe(
      'Personal assistant working more hours than their contract',
    );
    expect(english.warning('pa-over-48-hours')).toBe(
      'Personal assistant working over 48 hours a week',
    );
    expect(english.warning('investment-no-saving')).toBe('Investment that saves nothing a week');
  });

  it('names them in Welsh', () => {
    expect(welsh.warning('pa-over-contract')).toBe(
      "Cynorthwyydd personol yn gweithio mwy o oriau na'i gontract",
    );
    expect(welsh.warning('pa-over-48-hours')).toBe(
      'Cynorthwyydd personol yn gweithio dros 48 awr yr wythnos',
    );
    expect(welsh.warning('investment-no-saving')).toBe("Buddsoddiad nad yw'n arbed dim yr wythnos");
  });

  it.each(WARNING_IDS)('gives %s a name of its own in both languages, never its key', (id) => {
    for (const labels of [english, welsh]) {
      expect(labels.warning(id)).not.toContain(id);
      expect(labels.warning(id)).not.toContain('caseload.warning');
    }
    expect(welsh.warning(id)).not.toBe(english.warning(id));
  });
});
