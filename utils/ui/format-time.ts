import browser from 'webextension-polyfill';

/** Formats a time stamp in the UI language, to the minute. */
export function formatSyncTime(timestamp: number): string {
  return new Intl.DateTimeFormat(browser.i18n.getUILanguage(), {
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(timestamp));
}
