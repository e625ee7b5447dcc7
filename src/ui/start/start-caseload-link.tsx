/** The ways in to the caseload view and to comparing benchmark files, for commissioners, at the foot of the start page. */
import { useTranslation } from '../hooks/use-translation';
import { href } from '../routes';

export function StartCaseloadLink() {
  const { t } = useTranslation();
  return (
    <>
      <h2 className="nhsuk-heading-m">{t('start.caseload.heading')}</h2>
      <p className="nhsuk-body">{t('start.caseload.body')}</p>
      <p className="nhsuk-body">
        <a className="nhsuk-link app-link-standalone" href={href({ page: 'caseload' })}>
          {t('start.caseload.link')}
        </a>
      </p>
      <p className="nhsuk-body">
        <a className="nhsuk-link app-link-standalone" href={href({ page: 'import' })}>
          {t('start.caseload.importLink')}
        </a>
      </p>
      <p className="nhsuk-body">
        <a className="nhsuk-link app-link-standalone" href={href({ page: 'benchmarks' })}>
          {t('start.caseload.benchmarksLink')}
        </a>
      </p>
      <p className="nhsuk-body">
        <a className="nhsuk-link app-link-standalone" href={href({ page: 'monitoring' })}>
          {t('start.caseload.monitoringLink')}
        </a>
      </p>
    </>
  );
}
