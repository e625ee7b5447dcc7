/** The way in to the caseload view, for commissioners, at the foot of the start page. */
import { useTranslation } from 'react-i18next';
import { href } from '../routes';

export function StartCaseloadLink() {
  const { t } = useTranslation();
  return (
    <>
      <h2 className="nhsuk-heading-m">{t('caseload.start.heading')}</h2>
      <p className="nhsuk-body">{t('caseload.start.body')}</p>
      <p className="nhsuk-body">
        <a className="nhsuk-link app-link-standalone" href={href({ page: 'caseload' })}>
          {t('caseload.start.link')}
        </a>
      </p>
    </>
  );
}
