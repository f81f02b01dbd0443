/**
 * The connection settings. Secrets are write-only here: the page is told only whether one is
 * stored, and an empty box keeps the stored value.
 */
import { useEffect, useState } from 'preact/hooks';
import { Alert } from '@/components/Alert';
import { type MessageKey, t } from '@/utils/i18n';
import type { UserError } from '@/utils/messages/protocol';
import { sendRequest } from '@/utils/messages/send';
import type { PublicSettings } from '@/utils/settings';
import { describeError } from '@/utils/ui/describe-error';
import { ensureHostPermission } from '@/utils/ui/host-permission';

const FIELD_MESSAGES: Record<string, MessageKey> = {
  baseUrl: 'fieldBaseUrl',
  authHeaderName: 'fieldAuthHeaderName',
  authHeaderValue: 'fieldAuthHeaderValue',
  timeoutMs: 'fieldTimeout',
};

export function SettingsForm() {
  const [stored, setStored] = useState<PublicSettings | undefined>();
  const [baseUrl, setBaseUrl] = useState('');
  const [headerName, setHeaderName] = useState('');
  const [headerValue, setHeaderValue] = useState('');
  const [token, setToken] = useState('');
  const [timeoutSeconds, setTimeoutSeconds] = useState('15');
  const [clearCredentials, setClearCredentials] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [notice, setNotice] = useState('');

  function show(settings: PublicSettings) {
    setStored(settings);
    setBaseUrl(settings.baseUrl);
    setHeaderName(settings.authHeaderName);
    setTimeoutSeconds(String(settings.timeoutMs / 1000));
  }

  useEffect(() => {
    void sendRequest({ type: 'getSettings' }).then((reply) => {
      if (reply.ok) show(reply.data);
      else setError(describeError(reply.error));
    });
  }, []);

  async function save(event: Event) {
    event.preventDefault();
    setNotice('');
    setError(undefined);
    setFieldError(undefined);
    let url: URL;
    try {
      url = new URL(baseUrl.trim());
    } catch {
      setFieldError('baseUrl');
      return;
    }
    // Checked here as well as in the worker, because a host permission can only be asked for an http(s) origin.
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      setFieldError('baseUrl');
      return;
    }
    if (!(await ensureHostPermission(url.href))) {
      setError(t('permissionDenied', url.origin));
      return;
    }
    const reply = await sendRequest({
      type: 'saveSettings',
      baseUrl: url.href,
      authHeaderName: headerName.trim(),
      authHeaderValue: clearCredentials ? '' : headerValue === '' ? undefined : headerValue,
      token: clearCredentials ? '' : token === '' ? undefined : token,
      timeoutMs: Math.round(Number(timeoutSeconds) * 1000),
    });
    if (!reply.ok) {
      const failure: UserError = reply.error;
      if (failure.kind === 'invalid-settings' && failure.field) setFieldError(failure.field);
      else setError(describeError(failure));
      return;
    }
    show(reply.data);
    setHeaderValue('');
    setToken('');
    setClearCredentials(false);
    setNotice(t('saved'));
  }

  function errorFor(field: string) {
    if (fieldError !== field) return null;
    const key = FIELD_MESSAGES[field];
    return (
      <p id={`${field}-error`} class="field-error" role="alert">
        {t('error_invalid_settings', key ? t(key) : field)}
      </p>
    );
  }

  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <h2>{t('connectionHeading')}</h2>
      <Alert messages={error ? [error] : []} />

      <label for="baseUrl">{t('baseUrlLabel')}</label>
      <input
        id="baseUrl"
        type="url"
        value={baseUrl}
        aria-invalid={fieldError === 'baseUrl'}
        aria-describedby="baseUrl-hint"
        onInput={(event) => setBaseUrl(event.currentTarget.value)}
      />
      <p id="baseUrl-hint" class="hint">
        {t('baseUrlHint')}
      </p>
      {errorFor('baseUrl')}

      <p class="hint">{t('credentialsHint')}</p>
      <label for="authHeaderName">{t('authHeaderNameLabel')}</label>
      <input
        id="authHeaderName"
        type="text"
        value={headerName}
        aria-invalid={fieldError === 'authHeaderName'}
        onInput={(event) => setHeaderName(event.currentTarget.value)}
      />
      {errorFor('authHeaderName')}

      <label for="authHeaderValue">{t('authHeaderValueLabel')}</label>
      <input
        id="authHeaderValue"
        type="password"
        autocomplete="off"
        value={headerValue}
        placeholder={stored?.hasAuthHeaderValue ? t('secretKeptHint') : ''}
        onInput={(event) => setHeaderValue(event.currentTarget.value)}
      />

      <label for="token">{t('tokenLabel')}</label>
      <input
        id="token"
        type="password"
        autocomplete="off"
        value={token}
        placeholder={stored?.hasToken ? t('secretKeptHint') : ''}
        onInput={(event) => setToken(event.currentTarget.value)}
      />

      {errorFor('authHeaderValue')}

      {(stored?.hasAuthHeaderValue || stored?.hasToken) && (
        <label class="checkbox">
          <input
            type="checkbox"
            checked={clearCredentials}
            onChange={(event) => setClearCredentials(event.currentTarget.checked)}
          />
          {t('clearCredentialsLabel')}
        </label>
      )}

      <label for="timeout">{t('timeoutLabel')}</label>
      <input
        id="timeout"
        type="number"
        min={1}
        max={120}
        value={timeoutSeconds}
        aria-invalid={fieldError === 'timeoutMs'}
        onInput={(event) => setTimeoutSeconds(event.currentTarget.value)}
      />
      {errorFor('timeoutMs')}

      <button type="submit" class="primary">
        {t('saveButton')}
      </button>
      <p class="notice" role="status">
        {notice}
      </p>
    </form>
  );
}
