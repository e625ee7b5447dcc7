/**
 * A label written to stand alone (a choice on a form) reads in lower case inside a
 * sentence: the statement import's "read as a bank or prepaid card statement", not "read
 * as A bank or prepaid card statement", in English and Welsh, as the page puts the two
 * messages together (the kind's label into the columns' intro).
 */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n';
import { inText } from '../../src/i18n/instance';

const intro = (language: 'en' | 'cy', kind: 'bank' | 'payroll' | 'timesheet') => {
  const { t } = createI18n(language);
  return t('spending.import.columnsIntro', {
    name: 'statement.csv',
    kind: t(`spending.import.kinds.${kind}`),
  });
};

describe('a label inside a sentence', () => {
  it('the statement import says the kind of file in lower case, in English', () => {
    expect(intro('en', 'bank')).toMatch(
      /^The columns of statement\.csv, read as a bank or prepaid card statement: /,
    );
    expect(intro('en', 'payroll')).toContain('read as a payroll summary: ');
    expect(intro('en', 'timesheet')).toContain("read as personal assistants' timesheets: ");
  });

  it('and in Welsh', () => {
    expect(intro('cy', 'bank')).toMatch(
      /^Colofnau statement\.csv, wedi'u darllen fel cyfriflen banc neu gerdyn rhagdaledig: /,
    );
    expect(intro('cy', 'payroll')).toContain('fel crynodeb cyflogres: ');
    expect(intro('cy', 'timesheet')).toContain('fel taflenni amser cynorthwywyr personol: ');
  });

  it('leaves a label that starts with capitals (an abbreviation, a name) as it is', () => {
    expect(inText('PAYE summary')).toBe('PAYE summary');
    expect(inText('A payroll summary')).toBe('a payroll summary');
    expect(inText('Ébauche')).toBe('ébauche');
    expect(inText('')).toBe('');
  });
});
