/** An enterprise's signers, read-only. Each ID number shows masked until the user reveals it. */
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { AdminSigner } from '@/utils/messages/admin-protocol';

export function SignerList({ signers }: { signers: readonly AdminSigner[] }) {
  const [revealed, setRevealed] = useState<ReadonlySet<number>>(new Set());

  function toggle(id: number) {
    const next = new Set(revealed);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setRevealed(next);
  }

  return (
    <section class="signers" aria-labelledby="admin-signers-heading">
      <h3 id="admin-signers-heading">{t('admin_signersHeading')}</h3>
      {signers.length === 0 ? (
        <p class="hint">{t('admin_noSigners')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('admin_signerName')}</th>
              <th scope="col">{t('admin_signerIdentity')}</th>
              <th scope="col">{t('admin_signerTel')}</th>
            </tr>
          </thead>
          <tbody>
            {signers.map((signer) => {
              const isRevealed = revealed.has(signer.id);
              return (
                <tr key={signer.id}>
                  <td>{signer.name}</td>
                  <td>
                    <code>{isRevealed ? signer.identity : signer.maskedIdentity}</code>{' '}
                    <button type="button" aria-pressed={isRevealed} onClick={() => toggle(signer.id)}>
                      {t(isRevealed ? 'admin_hideIdentity' : 'admin_revealIdentity', signer.name)}
                    </button>
                  </td>
                  <td>{signer.tel}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
