/** Previous and next buttons around "page N of M", for the paged lists of the options page. */
import { t } from '@/utils/i18n';

export interface PagerProps {
  /** The zero-based page shown. */
  page: number;
  /** Absent when the service leaves the total out. */
  totalPages?: number;
  last: boolean;
  /** The accessible name of the navigation landmark, or the page label when absent. */
  label?: string;
  onPage(page: number): void;
}

function pageLabel(page: number, totalPages: number | undefined): string {
  return totalPages === undefined ? t('admin_pageNumber', page + 1) : t('admin_pageOfTotal', page + 1, Math.max(totalPages, 1));
}

export function Pager({ page, totalPages, last, label, onPage }: PagerProps) {
  const position = pageLabel(page, totalPages);
  return (
    <nav class="pager" aria-label={label ?? position}>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('admin_previousPage')}
      </button>
      <span>{position}</span>
      <button type="button" disabled={last} onClick={() => onPage(page + 1)}>
        {t('admin_nextPage')}
      </button>
    </nav>
  );
}
