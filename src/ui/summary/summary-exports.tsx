/**
 * The budget for the systems that pay for it (docs/exports.md): the schedule for a PHB
 * platform, the payroll starter sheet (when an assistant is named) and the service
 * agreement for a case-management system, each a CSV of the same pricing the page shows.
 */
import { useTranslation } from '../hooks/use-translation';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import type { Budget } from '../../domain/schema/budget';
import { budgetExportFileName, type ExportKind } from '../../io/document-names';
import { payrollCsv } from '../../io/exports/payroll-csv';
import { phbScheduleCsv } from '../../io/exports/phb-schedule-csv';
import { serviceAgreementCsv } from '../../io/exports/service-agreement-csv';
import { Button } from '../components/button';
import { ButtonGroup } from '../components/button-group';
import { downloadText } from '../download';
import { namesArePrivate } from '../hooks/use-session';

export interface SummaryExportsProps {
  readonly budget: Budget;
  /** Prices the budget when a button is pressed; null when it cannot be priced. */
  readonly pricing: () => BudgetPricing | null;
  readonly announce: (message: string) => void;
}

const MAKERS: Readonly<Record<ExportKind, (pricing: BudgetPricing, language: string) => string>> = {
  'phb-schedule': phbScheduleCsv,
  payroll: payrollCsv,
  'service-agreement': (pricing) => serviceAgreementCsv(pricing),
};

const LABELS: Readonly<Record<ExportKind, string>> = {
  'phb-schedule': 'documents.exports.downloadPhbSchedule',
  payroll: 'documents.exports.downloadPayroll',
  'service-agreement': 'documents.exports.downloadServiceAgreement',
};

export function SummaryExports({ budget, pricing, announce }: SummaryExportsProps) {
  const { t, i18n } = useTranslation();
  // A payroll bureau needs a name: with nobody named there is no sheet to make.
  const kinds: ExportKind[] =
    (budget.assistants ?? []).length > 0
      ? ['phb-schedule', 'payroll', 'service-agreement']
      : ['phb-schedule', 'service-agreement'];

  const download = (kind: ExportKind) => {
    const priced = pricing();
    if (priced === null) return announce(t('documents.cannotPrice'));
    const fileName = budgetExportFileName(budget, kind, namesArePrivate());
    downloadText(fileName, MAKERS[kind](priced, i18n.language), 'text/csv;charset=utf-8');
    announce(t('documents.csvDownloaded', { file: fileName }));
  };

  return (
    <>
      <h3 className="nhsuk-heading-s">{t('documents.exports.heading')}</h3>
      <p className="nhsuk-body">{t('documents.exports.body')}</p>
      {!kinds.includes('payroll') && (
        <p className="nhsuk-body">{t('documents.exports.noAssistants')}</p>
      )}
      <ButtonGroup>
        {kinds.map((kind) => (
          <Button
            key={kind}
            type="button"
            variant="secondary"
            onClick={() => download(kind)}
            preventDoubleClick
          >
            {t(LABELS[kind])}
          </Button>
        ))}
      </ButtonGroup>
    </>
  );
}
