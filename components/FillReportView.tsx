/** What the last fill wrote and what it left alone, with the reason for each skipped field. */
import { type MessageKey, t } from '@/utils/i18n';
import type { ReplyData } from '@/utils/messages/protocol';

type Report = ReplyData<'fill'>['report'];

function reasonText(source: string, reason: string): string {
  // Without a chosen destination country the data is not missing: the clerk left it out.
  if (source === 'destinationCountry' && reason === 'no-data') return t('reason_no_country');
  return t(`reason_${reason.replaceAll('-', '_')}` as MessageKey);
}

/** Names a frame by the last part of its URL path, or by its host for a site's root page. */
function frameName(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname.split('/').filter(Boolean).pop() ?? parsed.host;
  } catch {
    return url;
  }
}

export function FillReportView({ report }: { report: Report }) {
  // One field label may appear in several frames, so the frame is named once there is more than one.
  const frames = new Set([...report.filled, ...report.skipped].map((field) => field.frame));
  const frameNote = (frame: string) =>
    frames.size > 1 ? <span class="field-frame"> {t('reportInFrame', frameName(frame))}</span> : null;

  if (report.filled.length === 0 && report.skipped.length === 0) {
    return (
      <section class="report" aria-live="polite">
        <p>{t('reportNothing')}</p>
      </section>
    );
  }
  return (
    <section class="report" aria-live="polite">
      <h3>{t('reportFilled', report.filled.length)}</h3>
      <ul class="report-filled">
        {report.filled.map((field, index) => (
          <li key={`f${index}`}>
            <span class="field-label">{field.label}</span> <span class="field-value">{field.shown}</span>
            {frameNote(field.frame)}
          </li>
        ))}
      </ul>
      {report.skipped.length > 0 && (
        <>
          <h3>{t('reportSkipped', report.skipped.length)}</h3>
          <ul class="report-skipped">
            {report.skipped.map((field, index) => (
              <li key={`s${index}`}>
                <span class="field-label">{field.label}</span>{' '}
                <span class="field-reason">{reasonText(field.source, field.reason)}</span>
                {frameNote(field.frame)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
