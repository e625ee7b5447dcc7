/**
 * The library of typical needs shipped beside the cards (docs/templates.md): it reads as
 * its own format, each template fits every card it names, the example can be built from
 * it line by line, and the search finds by every word, in either language, accents aside.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateToForm } from '../../src/domain/forms/template-form';
import { formToLine, NEW_LINE_FORM } from '../../src/domain/forms/line-form';
import { searchTemplates, templatesFor } from '../../src/domain/need-templates';
import { readNeedTemplates } from '../../src/domain/read';
import type { Budget } from '../../src/domain/schema/budget';
import type { NeedTemplates } from '../../src/domain/schema/need-templates';
import { loadCard, readJson, ROOT } from '../helpers/builders';

function library(): NeedTemplates {
  const read = readNeedTemplates(readJson('rate-cards/templates/typical-needs.json'));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.value;
}

describe('the shipped library of typical needs', () => {
  it('is for every shipped card, and each template’s area of life is on each', () => {
    const cards = readdirSync(join(ROOT, 'rate-cards')).filter((name) => name.endsWith('.json'));
    expect(
      library()
        .rateCards.map((id) => `${id}.json`)
        .sort(),
    ).toEqual(cards.sort());
    for (const id of library().rateCards) {
      const domains = loadCard(`rate-cards/${id}.json`).domains.map((domain) => domain.id);
      for (const template of library().templates)
        expect(domains, `${id}: ${template.id}`).toContain(template.domain);
    }
  });

  it('refuses a template id given twice, naming the second', () => {
    const twice = { ...library(), templates: [library().templates[0], library().templates[0]] };
    const read = readNeedTemplates(JSON.parse(JSON.stringify(twice)));
    expect(read.ok ? [] : read.problems.map((found) => found.path)).toEqual(['templates[1].id']);
  });

  it('has a template for each need of the example: picked and given its carer, assistant or provider, it is the example’s line', () => {
    const example = readJson('examples/example-ann.json') as Budget;
    for (const line of example.lines) {
      const offered = templatesFor([library()], example.rateCard, line.domain);
      const made = offered.map((template) => {
        const form = {
          ...NEW_LINE_FORM,
          ...templateToForm(template, 'en'),
          activity: line.activity,
          resource: line.resource,
          provider: line.provider ?? '',
          carer: line.carer ?? '',
          assistant: line.assistant ?? '',
          outcomes: line.outcomes ?? [],
        };
        const dated = { ...form, ...datesOf(line.from, 'from'), ...datesOf(line.until, 'until') };
        const result = formToLine(dated, line.id, line.domain, example);
        return result.ok ? result.value : null;
      });
      expect(made, line.id).toContainEqual(line);
    }
  });

  it('finds by every word, in English or Welsh, whatever the case and accents', () => {
    const care = templatesFor([library()], 'england-2025-26', 'personal-care');
    const names = (search: string, language: 'en' | 'cy') =>
      searchTemplates(care, search, language).map((template) => template.id);
    expect(names('shower HOIST', 'en')).toEqual(['shower-two-workers']);
    expect(names('cawod', 'cy')).toEqual(['shower-two-workers', 'shower-one-worker']);
    expect(names('ffon', 'cy')).toEqual(['evening-check']);
    expect(names('', 'en')).toHaveLength(care.length);
    expect(names('swimming', 'en')).toEqual([]);
    expect(templatesFor([library()], 'some-other-card', 'personal-care')).toEqual([]);
  });
});

function datesOf(date: string | undefined, field: 'from' | 'until') {
  const [year = '', month = '', day = ''] = date?.split('-') ?? [];
  return {
    [`${field}Day`]: day.replace(/^0/, ''),
    [`${field}Month`]: month.replace(/^0/, ''),
    [`${field}Year`]: year,
  };
}
