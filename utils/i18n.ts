/** UI strings from the extension's `_locales`, in the browser's language (zh-CN by default). */
import browser from 'webextension-polyfill';
import type english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  return text === '' ? key : text;
}
