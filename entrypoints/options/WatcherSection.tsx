/** How often pinned certificates are checked for a status change. */
import { useEffect, useState } from 'preact/hooks';
import { Alert } from '@/components/Alert';
import { sendCertificateRequest } from '@/components/certificates/request';
import { t } from '@/utils/i18n';
import { MAX_WATCH_INTERVAL_MINUTES, MIN_WATCH_INTERVAL_MINUTES } from '@/utils/messages/certificate-protocol';
import { describeError } from '@/utils/ui/describe-error';

export function WatcherSection() {
  const [minutes, setMinutes] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [invalid, setInvalid] = useState(false);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    void sendCertificateRequest({ type: 'getWatcherSettings' }).then((reply) => {
      if (reply.ok) setMinutes(String(reply.data.intervalMinutes));
      else setError(describeError(reply.error));
    });
  }, []);

  async function save(event: Event) {
    event.preventDefault();
    setNotice('');
    setError(undefined);
    const value = Number(minutes);
    const valid = Number.isInteger(value) && value >= MIN_WATCH_INTERVAL_MINUTES && value <= MAX_WATCH_INTERVAL_MINUTES;
    setInvalid(!valid);
    if (!valid) return;
    const reply = await sendCertificateRequest({ type: 'saveWatcherSettings', intervalMinutes: value });
    if (!reply.ok) {
      setError(describeError(reply.error));
      return;
    }
    setMinutes(String(reply.data.intervalMinutes));
    setNotice(t('saved'));
  }

  return (
    <form class="watcher-settings" onSubmit={(event) => void save(event)} noValidate>
      <h2>{t('watcherHeading')}</h2>
      <Alert messages={error ? [error] : []} />
      <label for="watchInterval">{t('watcherIntervalLabel')}</label>
      <input
        id="watchInterval"
        type="number"
        min={MIN_WATCH_INTERVAL_MINUTES}
        max={MAX_WATCH_INTERVAL_MINUTES}
        value={minutes}
        aria-invalid={invalid}
        aria-describedby="watchInterval-hint"
        onInput={(event) => setMinutes(event.currentTarget.value)}
      />
      <p id="watchInterval-hint" class={invalid ? 'field-error' : 'hint'}>
        {t('watcherIntervalHint', MIN_WATCH_INTERVAL_MINUTES, MAX_WATCH_INTERVAL_MINUTES)}
      </p>
      <button type="submit">{t('watcherSaveButton')}</button>
      <p class="notice" aria-live="polite">
        {notice}
      </p>
    </form>
  );
}
