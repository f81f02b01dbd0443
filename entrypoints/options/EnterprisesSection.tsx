/**
 * Enterprises (海关企业) and their producers on the options page: a searchable list, and the
 * chosen enterprise's editor with its signers and producers. On opening, the page reopens the
 * enterprise whose unsaved draft changed last.
 */
import { useEffect, useState } from 'preact/hooks';
import { EnterpriseEditor } from '@/components/admin/EnterpriseEditor';
import { EnterpriseList } from '@/components/admin/EnterpriseList';
import { t } from '@/utils/i18n';
import { findLatestDraftId } from '@/utils/ui/enterprise-draft';

export function EnterprisesSection() {
  const [selectedId, setSelectedId] = useState<number | undefined>();
  const [reloadToken, setReloadToken] = useState(0);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    void findLatestDraftId().then((id) => {
      if (id !== undefined) setSelectedId((current) => current ?? id);
    });
  }, []);

  function select(id: number) {
    setNotice('');
    setSelectedId(id);
  }

  function deleted(name: string) {
    setSelectedId(undefined);
    setNotice(t('admin_deletedNotice', name));
    setReloadToken((token) => token + 1);
  }

  return (
    <section class="enterprises" aria-labelledby="admin-heading">
      <h2 id="admin-heading">{t('admin_heading')}</h2>
      <EnterpriseList selectedId={selectedId} onSelect={select} reloadToken={reloadToken} />
      <p class="notice" aria-live="polite">
        {notice}
      </p>
      {selectedId === undefined ? (
        <p class="hint">{t('admin_selectHint')}</p>
      ) : (
        <EnterpriseEditor
          key={selectedId}
          id={selectedId}
          onSaved={() => setReloadToken((token) => token + 1)}
          onDeleted={deleted}
        />
      )}
    </section>
  );
}
