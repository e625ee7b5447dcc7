/**
 * A typical need as the answers of the need form (docs/templates.md): what the template
 * says is filled in, and everything else (who exactly gives it, the outcomes it serves,
 * its dates, an agreed price) is left as the person had it, for them to answer.
 */
import type { TemplateLanguage } from '../need-templates';
import type { NeedTemplate } from '../schema/need-templates';
import type { LineForm } from './line-form';

export function templateToForm(
  template: NeedTemplate,
  language: TemplateLanguage,
): Partial<LineForm> {
  const { frequency } = template;
  return {
    kind: template.kind,
    activity: template.activity[language],
    ...(template.resource === undefined ? {} : { resource: template.resource }),
    workers: String(template.workers),
    days: template.days,
    ...(template.kind === 'visits'
      ? {
          minutes: String(template.minutes),
          visitsPerDay: String(template.visitsPerDay),
          period: template.period,
        }
      : {}),
    repeat:
      frequency?.everyWeeks !== undefined
        ? 'every-n-weeks'
        : frequency?.weeksAYear !== undefined
          ? 'weeks-a-year'
          : 'every-week',
    everyWeeks: frequency?.everyWeeks === undefined ? '' : String(frequency.everyWeeks),
    weeksAYear: frequency?.weeksAYear === undefined ? '' : String(frequency.weeksAYear),
  };
}
