/**
 * A budget's spending (#/budgets/:id/spending…): what is left, the payments, one payment's
 * form, and importing a statement, chosen by the part of the address after `spending`.
 * Loaded when first shown, with the words of the ledger.
 */
import { NotFoundPage } from '../site/not-found-page';
import { PaymentPage } from './payment-page';
import { PaymentsPage } from './payments-page';
import { StatementImportPage } from './statement-import-page';
import { WhatsLeftPage } from './whats-left-page';

export interface SpendingPageProps {
  readonly budgetId: string;
  readonly rest: readonly string[];
}

export function SpendingPage({ budgetId, rest }: SpendingPageProps) {
  const [part, id, ...more] = rest;
  if (more.length > 0) return <NotFoundPage />;
  if (part === undefined) return <WhatsLeftPage budgetId={budgetId} />;
  if (part === 'payments' && id === undefined) return <PaymentsPage budgetId={budgetId} />;
  // Keyed by payment, so moving from one payment's form to another's starts afresh.
  if (part === 'payments' && id !== undefined)
    return <PaymentPage key={id} budgetId={budgetId} paymentId={id} />;
  if (part === 'import' && id === undefined) return <StatementImportPage budgetId={budgetId} />;
  return <NotFoundPage />;
}
