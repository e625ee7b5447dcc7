/**
 * #/settings/passphrase/{turn-on,change,turn-off}: one form each. Turning on warns first
 * that a forgotten passphrase means the budgets cannot be recovered, and offers the files.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../hooks/use-translation';
import {
  changePassphrase,
  MIN_PASSPHRASE_LENGTH,
  turnOff,
  turnOn,
  type Outcome,
} from '../../state/passphrase-lock';
import type { FieldError } from '../components/error-summary';
import { Page } from '../components/page';
import { TextInput } from '../components/text-input';
import { WarningCallout } from '../components/warning-callout';
import { useAtRest } from '../hooks/use-session';
import { href, navigate, type PassphraseAction } from '../routes';
import { BudgetColumn } from '../components/budget-column';
import { setFlash } from '../components/budget-flash';
import { DownloadEveryBudget } from '../components/download-every-budget';
import { FormActions } from '../components/form-actions';
import { PASSPHRASE_IDS, passphraseProblems, type PassphraseForm } from './passphrase-fields';
import { SettingsPage } from './settings-page';
import type { MessageKey } from '../../i18n/message-keys';

const WORDS = {
  'turn-on': { title: 'turnOnTitle', submit: 'submitOn', done: 'turnedOn', next: 'new' },
  change: { title: 'changeTitle', submit: 'submitChange', done: 'changed', next: 'newOfChange' },
  'turn-off': { title: 'turnOffTitle', submit: 'submitOff', done: 'turnedOff', next: 'new' },
} as const;

const run = (action: PassphraseAction, form: PassphraseForm): Promise<Outcome> =>
  action === 'turn-on'
    ? turnOn(form.next)
    : action === 'change'
      ? changePassphrase(form.current, form.next)
      : turnOff(form.current);

export function PassphrasePage({ action }: { action: PassphraseAction }) {
  const { t } = useTranslation();
  const state = useAtRest();
  const [form, setForm] = useState<PassphraseForm>({ current: '', next: '', confirm: '' });
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  // A form that does not fit (turning on a lock that is on) shows the settings instead.
  if ((action === 'turn-on') !== (state === 'plain')) return <SettingsPage />;
  const words = WORDS[action];
  const needs = { current: action !== 'turn-on', next: action !== 'turn-off' };
  const shown = errors.map((error) => ({
    ...error,
    message: t(error.message, { min: MIN_PASSPHRASE_LENGTH }),
  }));
  const errorFor = (fieldId: string) => shown.find((error) => error.fieldId === fieldId)?.message;
  const set = (field: keyof PassphraseForm) => (value: string) =>
    setForm((was) => ({ ...was, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = passphraseProblems(form, needs);
    setErrors(problems);
    if (problems.length > 0 || busy) return;
    setBusy(true);
    const outcome = await run(action, form);
    setBusy(false);
    if (outcome === 'done') {
      setFlash({
        target: href({ page: 'settings' }),
        heading: `reliability.passphrase.${words.done}`,
      });
      navigate({ page: 'settings' });
      return;
    }
    const wrong = outcome === 'wrong-passphrase';
    setErrors([
      {
        fieldId: wrong ? PASSPHRASE_IDS.current : PASSPHRASE_IDS.next,
        message: wrong ? 'reliability.passphrase.wrong' : 'reliability.passphrase.notSaved',
      },
    ]);
  };

  return (
    <Page
      title={t(`reliability.passphrase.${words.title}` as const satisfies MessageKey)}
      errors={shown}
      backLink={{ href: href({ page: 'settings' }) }}
    >
      <BudgetColumn>
        {action === 'turn-on' && (
          <WarningCallout heading={t('reliability.passphrase.warningHeading')} headingLevel={2}>
            <p>{t('reliability.passphrase.warning')}</p>
            <DownloadEveryBudget />
          </WarningCallout>
        )}
        <form noValidate onSubmit={(event) => void submit(event)}>
          {needs.current && (
            <TextInput
              id={PASSPHRASE_IDS.current}
              type="password"
              autoComplete="current-password"
              label={t('reliability.passphrase.current')}
              hint={action === 'turn-off' ? t('reliability.passphrase.turnOffHint') : undefined}
              error={errorFor(PASSPHRASE_IDS.current)}
              value={form.current}
              onChange={set('current')}
            />
          )}
          {needs.next && (
            <>
              <TextInput
                id={PASSPHRASE_IDS.next}
                type="password"
                autoComplete="new-password"
                label={t(`reliability.passphrase.${words.next}` as const satisfies MessageKey)}
                hint={t('reliability.passphrase.newHint', { min: MIN_PASSPHRASE_LENGTH })}
                error={errorFor(PASSPHRASE_IDS.next)}
                value={form.next}
                onChange={set('next')}
              />
              <TextInput
                id={PASSPHRASE_IDS.confirm}
                type="password"
                autoComplete="new-password"
                label={t('reliability.passphrase.confirm')}
                error={errorFor(PASSPHRASE_IDS.confirm)}
                value={form.confirm}
                onChange={set('confirm')}
              />
            </>
          )}
          {busy && (
            <p className="nhsuk-body" role="status">
              {t('reliability.passphrase.working')}
            </p>
          )}
          <FormActions
            saveLabel={t(`reliability.passphrase.${words.submit}` as const satisfies MessageKey)}
            cancelLabel={t('reliability.passphrase.cancel')}
            cancelHref={href({ page: 'settings' })}
            onCancel={() => undefined}
            preventDoubleClick={false}
          />
        </form>
      </BudgetColumn>
    </Page>
  );
}
