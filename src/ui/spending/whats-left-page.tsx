/**
 * What's left (#/budgets/:id/spending): for the person holding the budget, what has been
 * spent and what is left, the weeks of budget held, what is coming, the red flags in plain
 * words with the payments behind each, and plan against actual for this period, this month
 * or the year to date. Every figure is the domain's monitoring, put into words by
 * src/present/whats-left.ts.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { whatsLeftModel, type ActualView, type WhatsLeftModel } from '../../present/whats-left';
import { Button } from '../components/button';
import { InsetText } from '../components/inset-text';
import { Radios } from '../components/radios';
import { WarningCallout } from '../components/warning-callout';
import { useAsOf } from '../hooks/use-route';
import { href } from '../routes';
import { SummaryAsAt } from '../summary/summary-as-at';
import { FigureList, FigureTable } from '../summary/summary-figures';
import { useSummaryFormat } from '../summary/summary-format';
import { SpendingFrame, type ReadySpending } from './spending-frame';
import { spendingHref } from './spending-href';
import { SpendingActions } from './spending-actions';

export function WhatsLeftPage({ budgetId }: { budgetId: string }) {
  const { t } = useTranslation();
  return (
    <SpendingFrame
      budgetId={budgetId}
      title={t('spending.title')}
      backHref={href({ page: 'task-list', budgetId })}
      flash={spendingHref.left(budgetId)}
    >
      {(spending) => <WhatsLeftContent spending={spending} />}
    </SpendingFrame>
  );
}

function WhatsLeftContent({ spending }: { spending: ReadySpending }) {
  const { t } = useTranslation();
  const { pricing, monitoring, budget, ledger } = spending;
  const asOf = useAsOf();
  const format = useSummaryFormat(pricing);
  const model = useMemo(
    () => whatsLeftModel(pricing, monitoring, format),
    [pricing, monitoring, format],
  );
  const budgetId = budget.id;
  const suggested = ledger.transactions.filter(
    (transaction) => transaction.match !== undefined && !transaction.match.confirmed,
  ).length;
  return (
    <>
      <p className="nhsuk-body-l">{t('spending.intro')}</p>
      <p className="nhsuk-body">{model.year}</p>
      <SummaryAsAt
        key={pricing.asOf}
        route={{ page: 'spending', budgetId, rest: [] }}
        asOf={pricing.asOf}
        chosen={asOf !== undefined}
        hint={t('spending.asAtHint')}
      />
      {model.notStarted !== null && (
        <InsetText>
          <p>{model.notStarted}</p>
        </InsetText>
      )}
      <h2 className="nhsuk-heading-m">{t('spending.figures.heading')}</h2>
      <FigureList label={t('spending.figures.heading')} figures={model.figures} />
      <InsetText>
        <p>{model.weeksGuidance}</p>
      </InsetText>
      <Flags budgetId={budgetId} flags={model.flags} asOf={asOf} />
      <h2 className="nhsuk-heading-m">{model.coming.heading}</h2>
      <p className="nhsuk-body">{model.coming.intro}</p>
      {model.coming.table !== null && <FigureTable table={model.coming.table} responsive />}
      <Actuals model={model} />
      <h2 className="nhsuk-heading-m" id="payments">
        {t('spending.payments.heading')}
      </h2>
      {model.notes.map((note) => (
        <p className="nhsuk-body" key={note}>
          {note}
        </p>
      ))}
      <p className="nhsuk-body">
        <a className="nhsuk-link" href={spendingHref.payments(budgetId)}>
          {suggested > 0
            ? t('spending.payments.seeAndCheck', {
                count: ledger.transactions.length,
                suggested,
              })
            : t('spending.payments.see', { count: ledger.transactions.length })}
        </a>
      </p>
      <SpendingActions budgetId={budgetId} />
    </>
  );
}

function Flags({
  budgetId,
  flags,
  asOf,
}: {
  budgetId: string;
  flags: WhatsLeftModel['flags'];
  asOf: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <h2 className="nhsuk-heading-m">{t('spending.flagsHeading')}</h2>
      {flags.length === 0 && <p className="nhsuk-body">{t('spending.noFlags')}</p>}
      {flags.map((flag) => (
        <WarningCallout key={flag.id} heading={flag.title}>
          <p>{flag.text}</p>
          {flag.lines.length > 0 && (
            <>
              <p className="nhsuk-u-margin-bottom-2">{t('spending.flagLines')}</p>
              <ul>
                {flag.lines.map((line, index) => (
                  <li key={`${line}-${index}`}>{line}</li>
                ))}
              </ul>
            </>
          )}
          {flag.assistants.length > 0 && (
            <p>{t('spending.flagAssistants', { names: flag.assistants.join(', ') })}</p>
          )}
          <p>
            <a className="nhsuk-link" href={spendingHref.payments(budgetId, { id: flag.id, asOf })}>
              {flag.id === 'pa-hours-over-contract'
                ? t('spending.flagHours.link', { title: flag.title })
                : flag.transactions.length > 0
                  ? t('spending.flagPayments', {
                      count: flag.transactions.length,
                      title: flag.title,
                    })
                  : t('spending.flagAllPayments', { title: flag.title })}
            </a>
          </p>
        </WarningCallout>
      ))}
    </>
  );
}

function Actuals({ model }: { model: WhatsLeftModel }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<ActualView>('period');
  const [shown, setShown] = useState<ActualView>('period');
  const actuals = model.actuals[shown];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShown(choice);
  };
  return (
    <>
      <h2 className="nhsuk-heading-m">{t('spending.actuals.heading')}</h2>
      <p className="nhsuk-body">{t('spending.actuals.intro')}</p>
      <form onSubmit={submit} noValidate>
        <Radios
          id="actuals-view"
          legend={t('spending.actuals.legend')}
          legendSize="s"
          value={choice}
          onChange={(value) => setChoice(value as ActualView)}
          options={model.views.map((view) => ({ value: view.id, label: view.label }))}
        />
        <Button variant="secondary" type="submit">
          {t('spending.actuals.show')}
        </Button>
      </form>
      {actuals === null ? (
        <p className="nhsuk-body">{t('spending.actuals.notInYear')}</p>
      ) : (
        <section aria-labelledby="actuals-heading">
          <h3 className="nhsuk-heading-s" id="actuals-heading">
            {actuals.heading}
          </h3>
          <FigureList label={actuals.heading} figures={actuals.figures} />
          {actuals.tables.map((table) => (
            <FigureTable key={table.caption} table={table} responsive />
          ))}
          {actuals.hours !== null && <FigureTable table={actuals.hours} responsive />}
        </section>
      )}
    </>
  );
}
