import { useTranslation } from '../hooks/use-translation';
import { isLanguage } from '../../i18n/languages';
import { useLanguage } from '../hooks/use-language';

/**
 * The link to the other language, in the header of every page, as on NHS Wales and
 * Llyw.Cymru services: "Cymraeg" in English pages, "English" in Welsh ones, marked with
 * its own lang so it is read in that language. It stays on the same page. The other
 * language's messages are fetched as the pointer comes onto the link or it takes focus,
 * so that the switch itself rarely waits for them.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { switchTo, prepare } = useLanguage();
  const other = t('language.switchLang');
  const target = isLanguage(other) ? other : 'en';
  return (
    <div className="app-language-switch">
      <a
        className="app-language-switch__link"
        href={window.location.hash === '' ? '#/' : window.location.hash}
        lang={target}
        hrefLang={target}
        title={t('language.switchHint')}
        onPointerEnter={() => prepare(target)}
        onFocus={() => prepare(target)}
        onClick={(event) => {
          event.preventDefault();
          switchTo(target);
        }}
      >
        {t('language.switchLabel')}
      </a>
    </div>
  );
}
