import { render } from 'preact';
import browser from 'webextension-polyfill';
import { resolveTargetTab } from '@/utils/ui/target-tab';
import { App } from './App';
import '@/components/theme.css';

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = browser.i18n.getUILanguage();
  void resolveTargetTab(location.search).then((tabId) => render(<App tabId={tabId} />, root));
}
