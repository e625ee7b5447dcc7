/**
 * "Save as a revision": why, and who is making it. The fields are kept in a draft as
 * they are typed; nothing is saved until the form is right. The revision is dated today.
 */
import { useMemo, type FormEvent } from 'react';
import { useTranslation } from '../hooks/use-translation';
import {
  formToRevision,
  NEW_REVISION_FORM,
  type RevisionForm,
} from '../../domain/forms/revision-form';
import { today } from '../../state/clock';
import { REVISION_ROLES } from '../../domain/schema/revision';
import { localise } from '../../i18n/localise';
import { draftKey } from '../../state/drafts-slice';
import { useAppStore } from '../../state/store';
import { Page } from '../components/page';
import { Radios } from '../components/radios';
import { TextInput } from '../components/text-input';
import { Textarea } from '../components/textarea';
import { rateCardById } from '../hooks/use-budget';
import { useForm, type FieldIds } from '../hooks/use-form';
import { href, navigate, NEW } from '../routes';
import { setFlash } from '../components/budget-flash';
import { formatDate, useLocale } from '../hooks/budget-format';
import { FormActions } from '../components/form-actions';

const FIELD_IDS: FieldIds<RevisionForm> = {
  reason: 'revision-reason',
  role: 'revision-role',
  name: 'revision-name',
};

export function RevisionSaveForm({
  budgetId,
  rateCard,
  caption,
}: {
  budgetId: string;
  rateCard: string;
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const { form, set, clearDraft, setProblems, errors, errorFor } = useForm(
    draftKey(budgetId, 'revision', NEW),
    NEW_REVISION_FORM,
    FIELD_IDS,
  );
  const saveRevision = useAppStore((state) => state.saveRevision);
  const day = useMemo(() => today(), []);
  const card = rateCardById(rateCard);
  const list = href({ page: 'revisions', budgetId });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = formToRevision(form, day);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    const number = saveRevision(budgetId, result.value);
    clearDraft();
    setFlash({ target: list, heading: 'revisions.save.saved', values: { number: String(number) } });
    navigate({ page: 'revisions', budgetId });
  };

  return (
    <Page
      title={t('revisions.save.title')}
      caption={caption}
      errors={errors}
      backLink={{ href: list }}
    >
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <p className="nhsuk-body">
            {t('revisions.save.intro', {
              date: formatDate(day, locale),
              card: card === undefined ? rateCard : localise(card.name, i18n.language),
            })}
          </p>
          <form onSubmit={submit} noValidate>
            <Textarea
              id={FIELD_IDS.reason}
              label={t('revisions.save.reason.label')}
              hint={t('revisions.save.reason.hint')}
              error={errorFor('reason')}
              rows={3}
              value={form.reason}
              onChange={set('reason')}
            />
            <Radios
              id={FIELD_IDS.role}
              legend={t('revisions.save.role.legend')}
              error={errorFor('role')}
              options={REVISION_ROLES.map((role) => ({
                value: role,
                label: t(`revisions.role.${role}`),
              }))}
              value={form.role}
              onChange={set('role')}
            />
            <TextInput
              id={FIELD_IDS.name}
              label={t('revisions.save.name.label')}
              hint={t('revisions.save.name.hint')}
              error={errorFor('name')}
              autoComplete="name"
              width={20}
              value={form.name}
              onChange={set('name')}
            />
            <FormActions
              saveLabel={t('revisions.save.submit')}
              cancelLabel={t('revisions.save.cancel')}
              cancelHref={list}
              onCancel={clearDraft}
            />
          </form>
        </div>
      </div>
    </Page>
  );
}
