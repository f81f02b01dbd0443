/** The pinned certificates with the status the watcher last read; changes not yet seen are marked. */
import { t } from '@/utils/i18n';
import type { PinView } from '@/utils/messages/certificate-protocol';
import { formatSyncTime } from '@/utils/ui/format-time';

export interface PinListProps {
  pins: PinView[];
  onUnpin(pin: PinView): void;
}

export function PinList({ pins, onUnpin }: PinListProps) {
  return (
    <section class="pins" aria-labelledby="pins-heading">
      <h3 id="pins-heading">{t('cert_pinsHeading')}</h3>
      {pins.length === 0 ? (
        <p>{t('cert_noPins')}</p>
      ) : (
        <ul>
          {pins.map((pin) => (
            <li key={`${pin.kind}:${pin.key}`} data-unseen={pin.unseen}>
              <span class="pin-label">{pin.label}</span>
              <span class="pin-status">{pin.lastStatus ?? t('cert_statusPending')}</span>
              {pin.unseen && <span class="pin-changed">{t('cert_changed')}</span>}
              {pin.changedAt !== undefined && <span class="time">{formatSyncTime(pin.changedAt)}</span>}
              <button type="button" aria-label={t('cert_unpinNamed', pin.label)} onClick={() => onUnpin(pin)}>
                {t('cert_unpin')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
