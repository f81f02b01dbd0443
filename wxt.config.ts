import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Hosts the fill may reach without the user's click on the toolbar: loopback for the API
// sandbox and local test portals, and the trade portals clerks work in.
const PORTAL_HOSTS = [
  'https://*.singlewindow.cn/*',
  'https://*.chinaport.gov.cn/*',
  'https://*.customs.gov.cn/*',
  'https://*.ccpit.org/*',
];

export default defineConfig({
  manifestVersion: 3,
  // Every module imports what it uses, so tests and readers see each dependency.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // Terser packs the on-demand fill script about 5 % smaller than esbuild's minifier (gzipped),
    // which keeps it within its 10 KB budget.
    build: { minify: 'terser', terserOptions: { compress: { passes: 2 } } },
  }),
  // The manifest is a function of the target browser, so Firefox alone gets its add-on id.
  manifest: ({ browser }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'scripting', 'activeTab', 'clipboardWrite', 'contextMenus', 'alarms', 'notifications', 'downloads'],
    host_permissions: [
      'https://fta.chinackts.com/*',
      'http://127.0.0.1/*',
      'http://localhost/*',
      ...PORTAL_HOSTS,
    ],
    // A custom API base URL on another host is granted at run time from the options page.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Extension pages run only the bundled scripts: no inline or remote code, no plugins, and
    // no page may frame them.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
    action: {
      default_title: '__MSG_extensionName__',
      // Drawn by tests/tools/make-icons.ts; WXT also lists them under `icons`.
      default_icon: {
        16: '/icons/16.png',
        32: '/icons/32.png',
        48: '/icons/48.png',
        128: '/icons/128.png',
      },
    },
    // Fills the active tab with the last enterprise, signer and country. The key must match
    // FILL_COMMAND in utils/worker/triggers.ts.
    commands: {
      'fill-last-selection': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandFillDescription__',
      },
    },
    // Firefox needs a stable add-on id for storage and signing; 115 is the first ESR
    // release with MV3.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'fta-zhizhengtong-assistant@fta-assistant', strict_min_version: '115.0' } } }
      : {}),
  }),
});
