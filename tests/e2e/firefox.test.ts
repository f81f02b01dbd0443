/**
 * Smoke test of the Firefox build (`.output/firefox-mv3`) in Debian's Firefox ESR. It installs
 * the build as a temporary add-on in a fresh headless profile over WebDriver BiDi. It checks
 * that the background script responds and that the options page and the popup render. A
 * look-up then has to reach the API sandbox through the background script.
 *
 * The suite is skipped, with the reason in its name, when Firefox ESR is not installed.
 * `.ci/run` installs it.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../sandbox/server';
import {
  FIREFOX_EXTENSION_DIR,
  FIREFOX_PATH,
  FIREFOX_ZH_CN_LANGPACK,
  type LaunchedFirefox,
  launchFirefox,
} from './support/firefox';

const hasFirefox = existsSync(FIREFOX_PATH);
// Firefox shows extensions in Chinese only with Debian's zh-CN language pack, which .ci/run installs.
const lang = existsSync(FIREFOX_ZH_CN_LANGPACK) ? 'zh-CN' : 'en-US';
const labels =
  lang === 'zh-CN'
    ? { search: '查询', baseUrl: '接口地址', japan: '日本' }
    : { search: 'Search', baseUrl: 'API base URL', japan: 'Japan' };

interface Envelope {
  ok: boolean;
  data?: unknown;
  error?: { kind: string };
}

const title = hasFirefox
  ? `Firefox build in ${FIREFOX_PATH} (${lang})`
  : `Firefox build (skipped: ${FIREFOX_PATH} is missing; install it with "apt-get install -y firefox-esr" or set FIREFOX_PATH)`;

describe.skipIf(!hasFirefox)(title, () => {
  let sandbox: Sandbox;
  let firefox: LaunchedFirefox;
  let geckoId = '';
  /** A tab on one of the add-on's icons: an extension page that sends no request by itself. */
  let quietTab = '';
  let optionsTab = '';
  let popupTab = '';

  beforeAll(async () => {
    sandbox = await startSandbox();
    firefox = await launchFirefox({ lang });
    const manifest = JSON.parse(await readFile(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      browser_specific_settings?: { gecko?: { id?: string } };
    };
    geckoId = manifest.browser_specific_settings?.gecko?.id ?? '';
    quietTab = await firefox.openTab(`${firefox.extensionOrigin}icons/16.png`);
  });

  afterAll(async () => {
    await firefox?.close();
    await sandbox?.close();
  });

  /** Sends a request to the background script from an extension page. */
  function request(message: object): Promise<Envelope> {
    return firefox.evaluate<Envelope>(quietTab, `browser.runtime.sendMessage(${JSON.stringify(message)})`);
  }

  it('installs under its gecko id', () => {
    expect(geckoId).toMatch(/@/);
    expect(firefox.addonId).toBe(geckoId);
  });

  it('background script returns its status', async () => {
    const reply = await request({ type: 'getStatus' });
    expect(reply.ok, JSON.stringify(reply)).toBe(true);
    expect(reply.data).toHaveProperty('settings');
  });

  it('has the loopback host permission', async () => {
    const granted = await firefox.evaluate<boolean>(quietTab, `browser.permissions.contains({ origins: ['http://127.0.0.1/*'] })`);
    expect(granted).toBe(true);
  });

  it('saves the sandbox base URL', async () => {
    const reply = await request({ type: 'saveSettings', baseUrl: sandbox.url, authHeaderName: '', timeoutMs: 5000 });
    expect(reply.ok, JSON.stringify(reply)).toBe(true);
  });

  it(`options page shows the ${labels.baseUrl} field`, async () => {
    optionsTab = await firefox.openTab(`${firefox.extensionOrigin}options.html`);
    const fields = await waitForRole(optionsTab, 'textbox', labels.baseUrl);
    expect(fields).toHaveLength(1);
    const field = fields[0] ?? '';
    // The form shows the stored settings once the background script has sent them.
    await expect.poll(() => firefox.callOn<string>(optionsTab, field, '(input) => input.value')).toBe(sandbox.url);
  });

  it(`popup shows the ${labels.search} box`, async () => {
    popupTab = await firefox.openTab(`${firefox.extensionOrigin}popup.html`);
    expect(await waitForRole(popupTab, 'combobox', labels.search)).toHaveLength(1);
  });

  it(`look-up of "rb" finds ${labels.japan}`, async () => {
    sandbox.clearRequests();
    const [box] = await firefox.findByRole(popupTab, 'combobox', labels.search);
    if (!box) throw new Error(`The popup has no ${labels.search} box.`);
    await firefox.typeInto(popupTab, box, 'rb');
    const firstOption = 'document.querySelector("[data-results-for=\\"rb\\"] [role=option]")';
    await firefox.waitFor(popupTab, firstOption);
    const text = await firefox.evaluate<string>(popupTab, `${firstOption}.innerText`);
    expect(text).toContain(labels.japan);
    expect(text).toContain('116');
    expect(sandbox.requests().length).toBeGreaterThan(0);
  });

  it('add-on logs no console error', async () => {
    expect(await firefox.addonErrors()).toEqual([]);
  });

  it('sends no request off the machine', () => {
    expect(firefox.rejectedRequests()).toEqual([]);
  });

  /** Waits until an element with this role and accessible name is in the page. */
  async function waitForRole(context: string, role: string, name: string): Promise<string[]> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const found = await firefox.findByRole(context, role, name);
      if (found.length > 0 || Date.now() > deadline) return found;
      await new Promise((resolveDelay) => setTimeout(resolveDelay, 100));
    }
  }
});
