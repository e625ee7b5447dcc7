import type { ReactNode } from 'react';
import { useTranslation } from '../hooks/use-translation';

export interface FooterLink {
  readonly href: string;
  readonly label: string;
}

export interface FooterProps {
  readonly links: readonly FooterLink[];
  /** A line under the links, such as who maintains the tool. */
  readonly meta?: ReactNode;
}

/** The NHS.UK footer: a list of support links (accessibility, privacy, source code…). */
export function Footer({ links, meta }: FooterProps) {
  const { t } = useTranslation();
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <h2 className="nhsuk-u-visually-hidden">{t('components.footer.linksHeading')}</h2>
          {links.length > 0 && (
            <ul className="nhsuk-footer__list">
              {links.map((link) => (
                <li className="nhsuk-footer__list-item" key={`${link.href} ${link.label}`}>
                  <a className="nhsuk-footer__list-item-link" href={link.href}>
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          )}
          {meta != null && <p className="nhsuk-body-s">{meta}</p>}
        </div>
      </div>
    </footer>
  );
}
