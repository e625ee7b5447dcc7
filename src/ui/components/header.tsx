import { useTranslation } from '../hooks/use-translation';
import { LanguageSwitch } from './language-switch';

export interface HeaderProps {
  /** Defaults to the service's name from the messages. */
  readonly serviceName?: string | undefined;
  /** Where the service name links to: the start page. */
  readonly homeHref?: string | undefined;
}

/**
 * The blue NHS.UK header with the service name. There is deliberately no NHS logo: this is
 * not an official NHS service, and the logo may only be used by NHS organisations for
 * their own services (NHS identity guidelines), so showing it would mislead people.
 */
export function Header({ serviceName, homeHref = '#/' }: HeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="nhsuk-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <a className="nhsuk-header__service-name" href={homeHref}>
            {serviceName ?? t('components.serviceName')}
          </a>
        </div>
        <LanguageSwitch />
      </div>
    </header>
  );
}
