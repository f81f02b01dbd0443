/** A button that copies one code or number; its accessible name is 复制 plus the value. */
import { t } from '@/utils/i18n';

export interface CopyButtonProps {
  value: string;
  /** Receives the sentence to announce: copied, or why copying failed. */
  onCopied(notice: string): void;
}

export function CopyButton({ value, onCopied }: CopyButtonProps) {
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      onCopied(t('copied', value));
    } catch (error) {
      onCopied(t('copyFailed', value));
      console.warn('[fta-assistant] clipboard write failed', String(error));
    }
  }

  if (value === '') return null;
  return (
    <button type="button" class="copy" aria-label={t('cert_copy', value)} title={t('cert_copy', value)} onClick={() => void copy()}>
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <rect x="5.5" y="5.5" width="8" height="9" rx="1.5" fill="none" stroke="currentColor" />
        <path d="M3.5 10.5h-.5a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1h6a1 1 0 0 1 1 1v.5" fill="none" stroke="currentColor" />
      </svg>
    </button>
  );
}

/** Renders a code or number followed by its copy button. */
export function CopyableCode({ value, onCopied }: CopyButtonProps) {
  return (
    <span class="copyable">
      <code>{value}</code>
      <CopyButton value={value} onCopied={onCopied} />
    </span>
  );
}
