/**
 * Shown instead of any page while saved budgets are locked. The address stays as it was,
 * so unlocking returns to the page the person was on. A wrong passphrase or changed data
 * opens nothing and writes nothing.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { unlock } from '../../state/passphrase-lock';
import { Button } from '../components/button';
import { Details } from '../components/details';
import type { FieldError } from '../components/error-summary';
import { Page } from '../components/page';
import { TextInput } from '../components/text-input';
import { BudgetColumn } from '../components/budget-column';

const FIELD = 'unlock-passphrase';

export function UnlockPage() {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (passphrase === '') {
      setErrors([{ fieldId: FIELD, message: t('reliability.unlock.required') }]);
      return;
    }
    setBusy(true);
    const outcome = await unlock(passphrase);
    setBusy(false);
    if (outcome !== 'done') setErrors([{ fieldId: FIELD, message: t('reliability.unlock.wrong') }]);
  };

  return (
    <Page title={t('reliability.unlock.title')} errors={errors}>
      <BudgetColumn>
        <p className="nhsuk-body">{t('reliability.unlock.intro')}</p>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <TextInput
            id={FIELD}
            type="password"
            autoComplete="current-password"
            label={t('reliability.unlock.label')}
            error={errors[0]?.message}
            value={passphrase}
            onChange={setPassphrase}
          />
          {busy && (
            <p className="nhsuk-body" role="status">
              {t('reliability.passphrase.working')}
            </p>
          )}
          <Button type="submit" disabled={busy}>
            {t('reliability.unlock.submit')}
          </Button>
        </form>
        <Details summary={t('reliability.unlock.forgotten')}>
          <p>{t('reliability.unlock.forgottenBody')}</p>
        </Details>
      </BudgetColumn>
    </Page>
  );
}
