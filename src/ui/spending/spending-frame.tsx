/**
 * What every spending page shares: the budget's name over the heading, the way back, and
 * what to say when the budget is gone, cannot be priced, or has no plan start. The page's
 * own content shows only once the budget, its ledger and their monitoring are ready.
 */
import type { ReactNode } from 'react';
import { FlashBanner } from '../components/budget-flash';
import { Page } from '../components/page';
import { NotFoundPage } from '../site/not-found-page';
import { SpendingUnready } from './spending-unready';
import { useSpending, type SpendingState } from './use-spending';

export type ReadySpending = Extract<SpendingState, { kind: 'ready' }>;

export function captionOf(budget: { title: string; person: { name: string } }): string | undefined {
  const caption = budget.title || budget.person.name;
  return caption === '' ? undefined : caption;
}

export interface SpendingFrameProps {
  readonly budgetId: string;
  readonly title: string;
  readonly backHref: string;
  /** The address a success message carried from another page is shown on. */
  readonly flash?: string | undefined;
  readonly children: (spending: ReadySpending) => ReactNode;
}

/** A spending page whose content needs no errors of its own at the top. */
export function SpendingFrame({ budgetId, title, backHref, flash, children }: SpendingFrameProps) {
  const spending = useSpending(budgetId);
  if (spending.kind === 'gone') return <NotFoundPage />;
  return (
    <Page title={title} caption={captionOf(spending.budget)} backLink={{ href: backHref }}>
      {flash !== undefined && <FlashBanner target={flash} />}
      {spending.kind === 'ready' ? (
        children(spending)
      ) : (
        <SpendingUnready budgetId={budgetId} spending={spending} />
      )}
    </Page>
  );
}

/** A form page of the spending: its content renders its own page, with its own errors. */
export function SpendingForm({
  budgetId,
  title,
  backHref,
  children,
}: Omit<SpendingFrameProps, 'flash'>) {
  const spending = useSpending(budgetId);
  if (spending.kind === 'gone') return <NotFoundPage />;
  if (spending.kind === 'ready') return children(spending);
  return (
    <Page title={title} caption={captionOf(spending.budget)} backLink={{ href: backHref }}>
      <SpendingUnready budgetId={budgetId} spending={spending} />
    </Page>
  );
}
