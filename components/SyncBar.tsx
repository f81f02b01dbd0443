/** When the cached data was last synced, with the action that refreshes it. */
import { t } from '@/utils/i18n';
import type { ReplyData } from '@/utils/messages/protocol';
import { formatSyncTime } from '@/utils/ui/format-time';

type Status = ReplyData<'getStatus'>;

/** The oldest fetch time among the cached data sets, since that bounds how fresh all of it is. */
export function lastSyncedAt(status: Status): number | undefined {
  const times = [...status.dictionaries.map((item) => item.fetchedAt), status.enterprisesFetchedAt].filter(
    (time): time is number => time !== null,
  );
  return times.length === 0 ? undefined : Math.min(...times);
}

export function SyncBar({ status, busy, onRefresh }: { status?: Status; busy: boolean; onRefresh(): void }) {
  const synced = status ? lastSyncedAt(status) : undefined;
  return (
    <div class="sync-bar">
      <span class="sync-time">{synced === undefined ? t('neverSynced') : t('syncedAt', formatSyncTime(synced))}</span>
      <button type="button" aria-busy={busy} disabled={busy} onClick={onRefresh}>
        {t('refreshButton')}
      </button>
    </div>
  );
}
