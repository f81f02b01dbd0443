/**
 * The rules taught for each site: listed per origin with a delete button each, exported to a JSON
 * file and imported from one. The worker validates an imported file as a whole and changes
 * nothing when any part of it is invalid.
 */
import { useEffect, useState } from 'preact/hooks';
import { Alert } from '@/components/Alert';
import type { FieldRule } from '@/utils/fill/types';
import { type MessageKey, t } from '@/utils/i18n';
import { sendRequest } from '@/utils/messages/send';
import { describeError } from '@/utils/ui/describe-error';
import { sourceMessageKey } from '@/utils/worker/fill-sources';
import { MAX_RULES_FILE_LENGTH, type SiteRules } from '@/utils/worker/rules-schema';
import { downloadJson } from './download';

/** Describes the `problem:at` code the worker returns for a rejected rules file. */
function describeImportProblem(code: string): string {
  const separator = code.indexOf(':');
  const problem = separator < 0 ? code : code.slice(0, separator);
  const at = separator < 0 ? '' : code.slice(separator + 1);
  if (problem === 'not-json') return t('rulesImportNotJson');
  if (problem === 'too-many-rules') return t('rulesImportTooMany', at);
  return t('rulesImportInvalidAt', at === '' ? '/' : at);
}

function ruleName(rule: FieldRule): string {
  return `${t(sourceMessageKey(rule.source) as MessageKey)} ← ${rule.selector}`;
}

export function RulesSection() {
  const [sites, setSites] = useState<SiteRules[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState('');

  useEffect(() => {
    void sendRequest({ type: 'listRules' }).then((reply) => {
      if (reply.ok) setSites(reply.data.sites);
      else setError(describeError(reply.error));
    });
  }, []);

  async function remove(origin: string, rule: FieldRule) {
    setNotice('');
    const reply = await sendRequest({ type: 'deleteRule', origin, selector: rule.selector, framePath: rule.framePath });
    if (!reply.ok) {
      setError(describeError(reply.error));
      return;
    }
    setError(undefined);
    setSites(reply.data.sites);
  }

  async function exportFile() {
    setNotice('');
    const reply = await sendRequest({ type: 'exportRules' });
    if (!reply.ok) {
      setError(describeError(reply.error));
      return;
    }
    setError(undefined);
    downloadJson(reply.data.file, 'fta-assistant-rules.json');
  }

  async function importFile(input: HTMLInputElement) {
    setNotice('');
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // The size in bytes is known before reading, and a UTF-8 file has at least as many bytes as characters.
    if (file.size > MAX_RULES_FILE_LENGTH) {
      setError(t('rulesImportTooLarge'));
      return;
    }
    const reply = await sendRequest({ type: 'importRules', text: await file.text() });
    if (!reply.ok) {
      if (reply.error.kind === 'invalid-rules-file') {
        setError(t('rulesImportInvalid', describeImportProblem(reply.error.field ?? '')));
      } else {
        setError(describeError(reply.error));
      }
      return;
    }
    setError(undefined);
    setSites(reply.data.sites);
    setNotice(t('rulesImported', reply.data.imported));
  }

  return (
    <section class="rules" aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('rulesHeading')}</h2>
      <Alert messages={error ? [error] : []} />
      {sites?.length === 0 && <p class="hint">{t('rulesEmpty')}</p>}
      {sites?.map((site) => (
        <section key={site.origin} class="site-rules" aria-label={site.origin}>
          <h3>{site.origin}</h3>
          <ul>
            {site.rules.map((rule) => (
              <li key={`${rule.framePath} ${rule.selector}`}>
                <span class="rule-name">{ruleName(rule)}</span>{' '}
                <span class="hint">{t('rulesFrame', rule.framePath)}</span>{' '}
                <button type="button" aria-label={t('rulesDeleteLabel', ruleName(rule))} onClick={() => void remove(site.origin, rule)}>
                  {t('rulesDelete')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <div class="rules-actions">
        <button type="button" onClick={() => void exportFile()}>
          {t('rulesExport')}
        </button>
        <label class="file-button">
          {t('rulesImport')}
          <input type="file" accept="application/json,.json" onChange={(event) => void importFile(event.currentTarget)} />
        </label>
      </div>
      {/* aria-live without role="status", so the settings form's status stays the page's only one. */}
      <p class="notice rules-notice" aria-live="polite">
        {notice}
      </p>
    </section>
  );
}
