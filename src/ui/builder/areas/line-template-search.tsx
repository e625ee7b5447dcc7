/**
 * "Start from a typical need" on a new need's page (docs/templates.md): a search of the
 * typical needs the card's libraries offer for this area of life, in the page's language.
 * Choosing one fills in the need's questions and moves to the first of them, so the
 * person checks each answer and changes what differs. Outside the need's form, so Enter
 * in the search never saves the need.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import {
  searchTemplates,
  templatesFor,
  type TemplateLanguage,
} from '../../../domain/need-templates';
import type { NeedTemplate } from '../../../domain/schema/need-templates';
import { shippedTemplateLibraries } from '../../../io/shipped-templates';
import { focusElement } from '../../components/focus-element';
import { lineFieldId } from './line-field-ids';

export interface LineTemplateSearchProps {
  readonly cardId: string;
  readonly domainId: string;
  readonly onPick: (template: NeedTemplate, language: TemplateLanguage) => void;
}

export function LineTemplateSearch({ cardId, domainId, onPick }: LineTemplateSearchProps) {
  const { t, i18n } = useTranslation();
  const language: TemplateLanguage = i18n.language === 'cy' ? 'cy' : 'en';
  const id = useId();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<NeedTemplate | null>(null);
  const offered = useMemo(
    () => templatesFor(shippedTemplateLibraries, cardId, domainId),
    [cardId, domainId],
  );
  const found = useMemo(
    () => searchTemplates(offered, search, language),
    [offered, search, language],
  );
  if (offered.length === 0) return null;

  const pick = (template: NeedTemplate) => {
    onPick(template, language);
    setPicked(template);
    const first = document.getElementById(lineFieldId('activity'));
    if (first !== null) focusElement(first);
  };

  return (
    <div className="app-template-search">
      <h2 className="nhsuk-heading-m">{t('lines.templates.heading')}</h2>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor={`${id}-search`}>
          {t('lines.templates.label')}
        </label>
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {t('lines.templates.hint')}
        </div>
        <input
          className="nhsuk-input nhsuk-u-width-two-thirds"
          id={`${id}-search`}
          type="search"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint ${id}-status`}
          aria-controls={`${id}-results`}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <p className="nhsuk-body-s" id={`${id}-status`} role="status">
        {picked === null
          ? t('lines.templates.matches', { count: found.length })
          : t('lines.templates.picked', { name: picked.name[language] })}
      </p>
      <ul className="nhsuk-list app-template-search__results" id={`${id}-results`}>
        {found.map((template) => (
          <li key={template.id}>
            <button
              type="button"
              className="nhsuk-link app-template-search__choice"
              onClick={() => pick(template)}
            >
              {template.name[language]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
