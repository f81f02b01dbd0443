import '@/utils/zod-setup';
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { whenIdle } from '@/utils/ui/idle';
import { resolveTargetTab } from '@/utils/ui/target-tab';
import { App } from './App';
import '@/components/theme.css';

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = browser.i18n.getUILanguage();
  // The look-up needs no tab, so the popup draws at once and learns its tab while the clerk types.
  render(<App tabId={undefined} />, root);
  whenIdle(() => void resolveTargetTab(location.search).then((tabId) => render(<App tabId={tabId} />, root)));
}
