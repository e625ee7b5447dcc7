/**
 * The accessibility statement public sector bodies must publish (the Public Sector Bodies
 * Accessibility Regulations 2018), in the shape of the GOV.UK model statement: what
 * people should be able to do, what is known not to work, how to get help, enforcement,
 * compliance, what is tested and how, and when it was prepared.
 */
import { useTranslation } from '../hooks/use-translation';
import { Page } from '../components/page';
import { accessibilityContact } from '../deployment';
import { BudgetColumn } from '../components/budget-column';
import { formatDate, useLocale } from '../hooks/budget-format';
import type { MessageKey } from '../../i18n/message-keys';

/** When the statement was last checked against the tests it describes. */
const PREPARED = '2026-11-23';

const WANT = ['colours', 'zoom', 'keyboard', 'speech', 'screenReader', 'welsh', 'motion'] as const;
const GAPS = ['pdf', 'pdfScripts', 'chart', 'people', 'welsh'] as const;
const TESTS = ['axe', 'keyboard', 'reflow', 'targets', 'motion'] as const;

function List({ items }: { items: readonly string[] }) {
  return (
    <ul className="nhsuk-list nhsuk-list--bullet">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export function AccessibilityPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const contact = accessibilityContact();
  const section = (heading: string) => (
    <h2 className="nhsuk-heading-m">{t(`accessibility.${heading}`)}</h2>
  );
  const body = (key: string) => <p className="nhsuk-body">{t(`accessibility.${key}`)}</p>;
  return (
    <Page title={t('accessibility.title')}>
      <BudgetColumn>
        {body('intro')}
        {body('wantIntro')}
        <List
          items={WANT.map((key) => t(`accessibility.want.${key}` as const satisfies MessageKey))}
        />
        {body('abilityNet')}
        {section('howHeading')}
        {body('howIntro')}
        <List
          items={GAPS.map((key) => t(`accessibility.gaps.${key}` as const satisfies MessageKey))}
        />
        {section('contactHeading')}
        {contact.length > 0 ? (
          <>
            {body('contactIntro')}
            <List items={contact} />
          </>
        ) : (
          body('contactMissing')
        )}
        {section('enforcementHeading')}
        {body('enforcement')}
        {section('technicalHeading')}
        {body('technical')}
        <h3 className="nhsuk-heading-s">{t('accessibility.complianceHeading')}</h3>
        {body('compliance')}
        <h3 className="nhsuk-heading-s">{t('accessibility.nonAccessibleHeading')}</h3>
        {body('nonCompliance')}
        {section('testingHeading')}
        {body('testingIntro')}
        <List
          items={TESTS.map((key) => t(`accessibility.tests.${key}` as const satisfies MessageKey))}
        />
        {body('testingLimits')}
        {section('improvingHeading')}
        {body('improving')}
        {section('preparedHeading')}
        <p className="nhsuk-body">
          {t('accessibility.prepared', { date: formatDate(PREPARED, locale) })}
        </p>
      </BudgetColumn>
    </Page>
  );
}
