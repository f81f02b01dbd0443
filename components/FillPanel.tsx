/** Picks an enterprise, a signer and a destination country, and fills the target tab. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { EnterpriseSummary, ReplyData, SignerSummary, UserError } from '@/utils/messages/protocol';
import { sendRequest } from '@/utils/messages/send';
import { ProducerPicker } from './admin/ProducerPicker';
import { type ChosenCountry, CountryPicker } from './CountryPicker';
import { FillReportView } from './FillReportView';
import { UndoButton } from './UndoButton';

export interface FillPanelProps {
  tabId: number | undefined;
  enterprises: readonly EnterpriseSummary[];
  initial: ReplyData<'getLastSelection'>;
  onError(source: string, error: UserError | undefined): void;
}

export function FillPanel({ tabId, enterprises, initial, onError }: FillPanelProps) {
  const [enterpriseId, setEnterpriseId] = useState<number | undefined>(initial.enterpriseId);
  const [signers, setSigners] = useState<SignerSummary[]>([]);
  const [signerId, setSignerId] = useState<number | undefined>(initial.signerId);
  const [producerId, setProducerId] = useState<number | undefined>();
  const [country, setCountry] = useState<ChosenCountry | undefined>(
    initial.countryCode ? { customsCode: initial.countryCode, label: initial.countryCode } : undefined,
  );
  const [overwrite, setOverwrite] = useState(false);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ReplyData<'fill'>['report'] | undefined>();
  // Counts fills, so each fill gets a fresh undo button.
  const [fillCount, setFillCount] = useState(0);

  // Keep the remembered enterprise only while it is still in the list.
  const chosenEnterprise = enterprises.find((item) => item.id === enterpriseId) ?? enterprises[0];

  // A producer belongs to one enterprise, so a new enterprise starts with none chosen.
  useEffect(() => setProducerId(undefined), [chosenEnterprise?.id]);

  useEffect(() => {
    if (!chosenEnterprise) return;
    let current = true;
    void sendRequest({ type: 'listSigners', enterpriseId: chosenEnterprise.id, refresh: false }).then((reply) => {
      if (!current) return;
      if (!reply.ok) {
        onError('signers', reply.error);
        return;
      }
      setSigners(reply.data.signers);
      onError('signers', reply.data.error);
      setSignerId((previous) =>
        reply.data.signers.some((signer) => signer.id === previous) ? previous : reply.data.signers[0]?.id,
      );
    });
    return () => {
      current = false;
    };
  }, [chosenEnterprise?.id]);

  async function fill() {
    if (!chosenEnterprise) return;
    if (tabId === undefined) {
      onError('fill', { kind: 'no-tab' });
      return;
    }
    setBusy(true);
    setReport(undefined);
    const reply = await sendRequest({
      type: 'fill',
      tabId,
      enterpriseId: chosenEnterprise.id,
      signerId,
      producerId,
      countryCode: country?.customsCode,
      overwrite,
    });
    setBusy(false);
    if (!reply.ok) {
      onError('fill', reply.error);
      return;
    }
    onError('fill', undefined);
    setReport(reply.data.report);
    setFillCount((count) => count + 1);
  }

  if (enterprises.length === 0) {
    return (
      <section class="fill" aria-labelledby="fill-heading">
        <h2 id="fill-heading">{t('fillHeading')}</h2>
        <p>{t('noEnterprises')}</p>
      </section>
    );
  }

  return (
    <section class="fill" aria-labelledby="fill-heading">
      <h2 id="fill-heading">{t('fillHeading')}</h2>
      <label for="enterprise">{t('enterpriseLabel')}</label>
      <select
        id="enterprise"
        value={String(chosenEnterprise?.id ?? '')}
        onChange={(event) => setEnterpriseId(Number(event.currentTarget.value))}
      >
        {enterprises.map((enterprise) => (
          <option key={enterprise.id} value={String(enterprise.id)}>
            {enterprise.enterpriseCnName}
          </option>
        ))}
      </select>

      <label for="signer">{t('signerLabel')}</label>
      <select
        id="signer"
        value={signerId === undefined ? '' : String(signerId)}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setSignerId(value === '' ? undefined : Number(value));
        }}
      >
        <option value="">{t('signerNone')}</option>
        {signers.map((signer) => (
          <option key={signer.id} value={String(signer.id)}>
            {signer.name} {signer.maskedIdentity}
          </option>
        ))}
      </select>

      <ProducerPicker enterpriseId={chosenEnterprise?.id} value={producerId} onChange={setProducerId} />

      <CountryPicker chosen={country} onChange={setCountry} />

      <label class="checkbox">
        <input type="checkbox" checked={overwrite} onChange={(event) => setOverwrite(event.currentTarget.checked)} />
        {t('overwriteLabel')}
      </label>

      <button type="button" class="primary" aria-busy={busy} disabled={busy} onClick={() => void fill()}>
        {t('fillButton')}
      </button>
      {busy && <p role="status">{t('filling')}</p>}
      {report && <FillReportView report={report} />}
      {report && report.filled.length > 0 && tabId !== undefined && (
        <UndoButton key={fillCount} tabId={tabId} onError={onError} />
      )}
    </section>
  );
}
