/**
 * Views and edits one enterprise. Every change is kept as a draft in `storage.local` until a
 * save succeeds or the user discards it, and a draft found on opening is restored with a notice.
 * A save sends nothing while any field is invalid, and a failed save leaves the stored
 * enterprise and the draft as they were.
 */
import { useEffect, useState } from 'preact/hooks';
import { Alert } from '@/components/Alert';
import { t } from '@/utils/i18n';
import type { EnterpriseDetail } from '@/utils/messages/admin-protocol';
import { sendAdminRequest } from '@/utils/messages/admin-send';
import type { UserError } from '@/utils/messages/protocol';
import { describeError } from '@/utils/ui/describe-error';
import { clearDraft, readDraft, writeDraft } from '@/utils/ui/enterprise-draft';
import { formatSyncTime } from '@/utils/ui/format-time';
import {
  ENTERPRISE_TEXT_FIELDS,
  type EnterpriseFields,
  type EnterpriseTextField,
  type FieldErrors,
  validateEnterprise,
} from '@/utils/validation/enterprise';
import { ConfirmDialog } from './ConfirmDialog';
import { EnterpriseForm } from './EnterpriseForm';
import { ProducerList } from './ProducerList';
import { SignerList } from './SignerList';

function textFields(enterprise: EnterpriseDetail): EnterpriseFields {
  return Object.fromEntries(ENTERPRISE_TEXT_FIELDS.map((field) => [field, enterprise[field]])) as EnterpriseFields;
}

function sameFields(a: EnterpriseFields, b: EnterpriseFields): boolean {
  return ENTERPRISE_TEXT_FIELDS.every((field) => a[field] === b[field]);
}

/** Marks the fields the worker rejected; their names come comma-separated in `field`. */
function rejectedFields(error: UserError): FieldErrors<EnterpriseTextField> {
  if (error.kind !== 'invalid-request' || !error.field) return {};
  const known = new Set<string>(ENTERPRISE_TEXT_FIELDS);
  const names = error.field.split(',').filter((name): name is EnterpriseTextField => known.has(name));
  return Object.fromEntries(names.map((name) => [name, 'admin_error_rejected'])) as FieldErrors<EnterpriseTextField>;
}

export interface EnterpriseEditorProps {
  id: number;
  onSaved: () => void;
  onDeleted: (name: string) => void;
}

export function EnterpriseEditor({ id, onSaved, onDeleted }: EnterpriseEditorProps) {
  const [stored, setStored] = useState<EnterpriseDetail | undefined>();
  const [fields, setFields] = useState<EnterpriseFields | undefined>();
  const [draftTime, setDraftTime] = useState<number | undefined>();
  const [errors, setErrors] = useState<FieldErrors<EnterpriseTextField>>({});
  const [alert, setAlert] = useState<string | undefined>();
  const [notice, setNotice] = useState('');
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    void (async () => {
      const reply = await sendAdminRequest({ type: 'getEnterprise', id });
      if (!reply.ok) {
        setAlert(describeError(reply.error));
        return;
      }
      const server = textFields(reply.data.enterprise);
      const draft = await readDraft(id);
      setStored(reply.data.enterprise);
      if (draft && !sameFields(draft.fields, server)) {
        setFields(draft.fields);
        setDraftTime(draft.changedAt);
      } else {
        if (draft) await clearDraft(id);
        setFields(server);
      }
    })();
  }, [id]);

  if (!stored || !fields) return <Alert messages={alert ? [alert] : []} />;

  function change(field: EnterpriseTextField, value: string) {
    if (!fields) return;
    const next = { ...fields, [field]: value };
    setFields(next);
    void writeDraft(id, next);
  }

  async function discard() {
    if (!stored) return;
    await clearDraft(id);
    setFields(textFields(stored));
    setDraftTime(undefined);
    setErrors({});
    setAlert(undefined);
  }

  async function save(event: Event) {
    event.preventDefault();
    if (!fields || !stored) return;
    setNotice('');
    const problems = validateEnterprise(fields);
    setErrors(problems);
    const count = Object.keys(problems).length;
    if (count > 0) {
      setAlert(t('admin_invalidForm', count));
      return;
    }
    const reply = await sendAdminRequest({ type: 'saveEnterprise', enterprise: { id, ...fields } });
    if (!reply.ok) {
      setErrors(rejectedFields(reply.error));
      // After a timeout or an unreadable response the service may have saved the record anyway.
      const uncertain = reply.error.kind === 'timeout' || reply.error.kind === 'bad-response';
      setAlert(t(uncertain ? 'admin_saveUnconfirmed' : 'admin_saveFailed', describeError(reply.error)));
      return;
    }
    await clearDraft(id);
    setAlert(undefined);
    setDraftTime(undefined);
    const saved = reply.data.enterprise ?? { ...stored, ...fields };
    setStored(saved);
    setFields(textFields(saved));
    setNotice(t('admin_savedNotice'));
    onSaved();
  }

  async function remove() {
    setConfirming(false);
    setNotice('');
    const reply = await sendAdminRequest({ type: 'deleteEnterprise', id });
    if (!reply.ok) {
      setAlert(describeError(reply.error));
      return;
    }
    await clearDraft(id);
    onDeleted(stored?.enterpriseCnName ?? '');
  }

  return (
    <section class="enterprise-editor" aria-labelledby="admin-editor-heading">
      <h3 id="admin-editor-heading">{t('admin_editHeading', stored.enterpriseCnName)}</h3>
      {draftTime !== undefined && (
        <div class="draft-notice">
          <p>{t('admin_draftRestored', formatSyncTime(draftTime))}</p>
          <button type="button" onClick={() => void discard()}>
            {t('admin_discardDraft')}
          </button>
        </div>
      )}
      <form onSubmit={(event) => void save(event)} noValidate>
        <Alert messages={alert ? [alert] : []} />
        <EnterpriseForm fields={fields} enterpriseId={stored.enterpriseId} errors={errors} onChange={change} />
        <button type="submit" class="primary">
          {t('admin_saveButton')}
        </button>{' '}
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          {t('admin_deleteButton')}
        </button>
      </form>
      <p class="notice" aria-live="polite">
        {notice}
      </p>
      <ConfirmDialog
        open={confirming}
        message={t('admin_confirmDeleteEnterprise', stored.enterpriseCnName)}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
      <SignerList signers={stored.signers} />
      <ProducerList key={id} enterpriseId={id} />
    </section>
  );
}
