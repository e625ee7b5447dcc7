/**
 * What shows when a page cannot be drawn, instead of a blank window: a page's code that
 * could not be fetched (asked for three times, `loadWithRetries`), or a fault in the page
 * itself. The header, footer and every saved budget stay; "Try again" draws the page
 * afresh (fetching its code again), and moving to another page clears the message.
 */
import { Component, type ReactNode } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { BudgetColumn } from './budget-column';
import { Button } from './button';
import { forgetFailedPages } from '../lazy-page';
import { Page } from './page';

interface Props {
  /** The page's address: a new address draws its page, whatever failed before. */
  readonly address: string;
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
}

export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  // React prints the fault to the console for whoever debugs it; the person is told in words.
  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.failed && previous.address !== this.props.address) this.tryAgain();
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <PageNotOpened onTryAgain={() => this.tryAgain()} />;
  }

  private tryAgain(): void {
    forgetFailedPages();
    this.setState({ failed: false });
  }
}

function PageNotOpened({ onTryAgain }: { readonly onTryAgain: () => void }) {
  const { t } = useTranslation();
  return (
    <Page title={t('app.pageError.title')}>
      <BudgetColumn>
        <p className="nhsuk-body">{t('app.pageError.saved')}</p>
        <Button type="button" onClick={onTryAgain}>
          {t('app.pageError.tryAgain')}
        </Button>
        <p className="nhsuk-body">{t('app.pageError.reload')}</p>
      </BudgetColumn>
    </Page>
  );
}
