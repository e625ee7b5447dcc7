/**
 * Saves the budget as a file on the device and notes when, so pages can remind people
 * who have never kept a copy. The budget is read when clicked, not subscribed to: this
 * button need not re-render as the budget changes.
 */
import type { ReactNode } from 'react';
import { budgetFileName, budgetFileText } from '../../io/budget-file';
import { useAppStore } from '../../state/store';
import { Button, type ButtonVariant } from './button';
import { downloadText } from '../download';
import { namesArePrivate } from '../hooks/use-session';

export interface BudgetDownloadButtonProps {
  readonly budgetId: string;
  readonly children: ReactNode;
  readonly variant?: ButtonVariant | undefined;
  readonly small?: boolean | undefined;
}

export function BudgetDownloadButton({
  budgetId,
  children,
  variant = 'secondary',
  small,
}: BudgetDownloadButtonProps) {
  const markExported = useAppStore((state) => state.markExported);
  const download = () => {
    const saved = useAppStore.getState().budgets[budgetId];
    if (saved === undefined) return;
    downloadText(budgetFileName(saved.budget, namesArePrivate()), budgetFileText(saved.budget));
    markExported(budgetId);
  };
  return (
    <Button type="button" variant={variant} small={small} onClick={download}>
      {children}
    </Button>
  );
}
