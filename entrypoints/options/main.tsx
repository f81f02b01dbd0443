import '@/utils/zod-setup';
import { render } from 'preact';
import browser from 'webextension-polyfill';
import '@/components/theme.css';
import '@/components/admin/admin.css';
import { t } from '@/utils/i18n';
import { EnterprisesSection } from './EnterprisesSection';
import { RulesSection } from './RulesSection';
import { WatcherSection } from './WatcherSection';
import { SettingsForm } from './SettingsForm';

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.title = t('optionsTitle');
  render(
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <SettingsForm />
      <RulesSection />
      <EnterprisesSection />
      <WatcherSection />
    </main>,
    root,
  );
}
