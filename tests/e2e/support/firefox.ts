/**
 * Launches Debian's Firefox ESR headless, in a fresh profile, with the Firefox build installed
 * as a temporary add-on, and drives it over WebDriver BiDi.
 *
 * The profile's user.js turns off every service that would reach the network by itself:
 * updates, telemetry, remote settings, safe browsing, captive portal checks and push. Any
 * request that still leaves goes to a proxy on a loopback port that closes each connection.
 * Loopback addresses bypass that proxy, so the API sandbox on 127.0.0.1 stays reachable.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { type AddressInfo, type Server, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BidiConnection, type EvaluateResult, type RemoteValue } from './bidi';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Installed by Debian's package firefox-esr-l10n-zh-cn. Without it, Firefox runs in English. */
export const FIREFOX_ZH_CN_LANGPACK = '/usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@firefox-esr.mozilla.org.xpi';

/** The moz-extension host of the add-on, fixed through `extensions.webextensions.uuids`. */
export const EXTENSION_UUID = '4f8a2c1e-7b3d-4e5f-9a6b-0c1d2e3f4a5b';

export type PrefValue = string | number | boolean;

export interface LaunchedFirefox {
  bidi: BidiConnection;
  /** The add-on id that Firefox reported when it installed the build. */
  addonId: string;
  /** `moz-extension://UUID/`. */
  extensionOrigin: string;
  /**
   * Errors in Firefox's console from the add-on's scripts and pages since launch: uncaught
   * exceptions, CSP violations and `console.error` calls, each as `source:line: message`.
   */
  addonErrors(): Promise<string[]>;
  /** The first line of each request the closed proxy rejected: attempts to leave this machine. */
  rejectedRequests(): string[];
  /** Opens a tab on `url`, waits for it to load and returns its browsing context id. */
  openTab(url: string): Promise<string>;
  navigate(context: string, url: string): Promise<void>;
  /** Evaluates `expression` in the page, awaits it and returns its value through JSON. */
  evaluate<T>(context: string, expression: string): Promise<T>;
  /** Polls `expression` in the page until it is truthy, and fails after `timeoutMs`. */
  waitFor(context: string, expression: string, timeoutMs?: number): Promise<void>;
  /** The shared ids of the elements with this ARIA role and accessible name. */
  findByRole(context: string, role: string, name: string): Promise<string[]>;
  /** Calls `functionDeclaration` with the element and returns its result through JSON. */
  callOn<T>(context: string, sharedId: string, functionDeclaration: string): Promise<T>;
  /** Focuses the element and types `text` with key events, as a user does. */
  typeInto(context: string, sharedId: string, text: string): Promise<void>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** UI language, such as 'zh-CN' or 'en-US'. */
  lang: string;
}

interface ClosedProxy {
  server: Server;
  /** The first line of each request it rejected, such as `CONNECT example.com:443 HTTP/1.1`. */
  rejected: string[];
}

/**
 * Starts the proxy for anything not local: a loopback TCP server that records the first line
 * of each request and closes the connection.
 */
async function startClosedProxy(): Promise<ClosedProxy> {
  const proxy: ClosedProxy = {
    server: createServer((socket) => {
      socket.setTimeout(2000, () => socket.destroy());
      socket.once('data', (chunk: Buffer) => {
        proxy.rejected.push(chunk.toString('latin1').split('\r\n', 1)[0] ?? '');
        socket.destroy();
      });
    }),
    rejected: [],
  };
  await new Promise<void>((resolveListen) => proxy.server.listen(0, '127.0.0.1', resolveListen));
  return proxy;
}

export function firefoxPrefs(lang: string, addonId: string, proxyPort: number): Record<string, PrefValue> {
  return {
    // A fixed moz-extension host, so the test can build the popup's URL before it installs the add-on.
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
    'intl.locale.requested': lang,
    // No first-run pages or prompts.
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'browser.startup.homepage': 'about:blank',
    'browser.startup.homepage_override.mstone': 'ignore',
    'startup.homepage_welcome_url': 'about:blank',
    'browser.aboutwelcome.enabled': false,
    'browser.newtabpage.enabled': false,
    'datareporting.policy.firstRunURL': '',
    // No updates of Firefox, add-ons, search engines or media plugins.
    'app.update.disabledForTesting': true,
    'app.update.auto': false,
    'extensions.update.enabled': false,
    'extensions.update.autoUpdateDefault': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'browser.search.update': false,
    'media.gmp-manager.updateEnabled': false,
    'media.gmp-manager.url': '',
    // No telemetry, studies or experiments.
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'browser.ping-centre.telemetry': false,
    'browser.crashReports.unsubmittedCheck.enabled': false,
    'app.normandy.enabled': false,
    'app.normandy.api_url': '',
    'app.shield.optoutstudies.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    // No remote settings, region look-up, location, push, accounts or sponsored content.
    // Firefox ESR honours this only with MOZ_REMOTE_SETTINGS_DEVTOOLS=1 in its environment.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'geo.provider.network.url': '',
    'dom.push.connection.enabled': false,
    'dom.push.serverURL': '',
    'identity.fxaccounts.enabled': false,
    'browser.topsites.contile.enabled': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.newtabpage.activity-stream.default.sites': '',
    // No captive portal or connectivity checks, no safe browsing lists.
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.provider.google.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    // No prefetching, no DNS over HTTPS.
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'network.trr.mode': 5,
    // Every other request goes to a proxy that closes each connection. Loopback bypasses it.
    'network.proxy.type': 1,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.socks': '127.0.0.1',
    'network.proxy.socks_port': proxyPort,
    'network.proxy.socks_remote_dns': true,
    'network.proxy.allow_hijacking_localhost': false,
  };
}

function userJs(prefs: Record<string, PrefValue>): string {
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`)
    .join('');
}

/** Waits for the line in which Firefox prints its WebDriver BiDi address. */
function bidiAddress(firefox: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolveAddress, reject) => {
    let output = '';
    let listening = false;
    const timer = setTimeout(() => fail(`Firefox printed no WebDriver BiDi address within ${timeoutMs} ms`), timeoutMs);
    function fail(reason: string): void {
      clearTimeout(timer);
      if (!listening) reject(new Error(`${reason}. Its output:\n${output}`));
    }
    // The pipe is read to the end, so that Firefox never blocks on a full one.
    firefox.stderr?.on('data', (chunk: Buffer) => {
      if (listening) return;
      output += chunk.toString('utf8');
      // Firefox names the loopback address either way; the test always connects to 127.0.0.1.
      const match = /WebDriver BiDi listening on ws:\/\/(?:127\.0\.0\.1|localhost):(\d+)/.exec(output);
      if (match?.[1]) {
        listening = true;
        clearTimeout(timer);
        resolveAddress(`ws://127.0.0.1:${match[1]}`);
      }
    });
    firefox.once('exit', (code, signal) => fail(`Firefox exited (code ${code}, signal ${signal}) before it listened`));
    firefox.once('error', (error) => fail(`Firefox did not start: ${error.message}`));
  });
}

function valueOf(result: EvaluateResult, expression: string): RemoteValue | undefined {
  if (result.type === 'exception') {
    throw new Error(`${expression} threw: ${result.exceptionDetails?.text ?? 'an exception'}`);
  }
  return result.result;
}

export async function launchFirefox(options: FirefoxLaunchOptions): Promise<LaunchedFirefox> {
  const manifestPath = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run "npm run build:firefox" first.`);
  }
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id.`);

  const proxy = await startClosedProxy();
  const proxyPort = (proxy.server.address() as AddressInfo).port;
  const profileDir = await mkdtemp(join(tmpdir(), 'fta-firefox-'));
  await writeFile(join(profileDir, 'user.js'), userJs(firefoxPrefs(options.lang, geckoId, proxyPort)));

  const firefox = spawn(
    FIREFOX_PATH,
    [
      '--headless',
      '--no-remote',
      '--profile',
      profileDir,
      '--remote-debugging-port=0',
      // Lets WebDriver BiDi open and script moz-extension:// pages.
      '--remote-allow-system-access',
      'about:blank',
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    },
  );
  const exited = new Promise<void>((resolveExit) => firefox.once('exit', () => resolveExit()));

  async function cleanUp(): Promise<void> {
    if (firefox.exitCode === null && firefox.signalCode === null) {
      const timer = setTimeout(() => firefox.kill('SIGKILL'), 10_000);
      firefox.kill('SIGTERM');
      await exited;
      clearTimeout(timer);
    }
    await new Promise<void>((resolveClose) => proxy.server.close(() => resolveClose()));
    await rm(profileDir, { recursive: true, force: true });
  }

  let bidi: BidiConnection;
  try {
    bidi = await BidiConnection.open(`${await bidiAddress(firefox, 30_000)}/session`);
  } catch (error) {
    await cleanUp();
    throw error;
  }

  async function navigate(context: string, url: string): Promise<void> {
    await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
  }

  async function evaluate<T>(context: string, expression: string): Promise<T> {
    const wrapped = `(async () => JSON.stringify(await (${expression})))()`;
    const result = await bidi.send<EvaluateResult>('script.evaluate', {
      target: { context },
      expression: wrapped,
      awaitPromise: true,
    });
    const value = valueOf(result, expression);
    if (value?.type !== 'string' || typeof value.value !== 'string') return undefined as T;
    return JSON.parse(value.value) as T;
  }

  async function waitFor(context: string, expression: string, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await evaluate<boolean>(context, `Boolean(${expression})`)) return;
      if (Date.now() > deadline) throw new Error(`Still false after ${timeoutMs} ms: ${expression}`);
      await new Promise((resolveDelay) => setTimeout(resolveDelay, 100));
    }
  }

  async function findByRole(context: string, role: string, name: string): Promise<string[]> {
    const found = await bidi.send<{ nodes: RemoteValue[] }>('browsingContext.locateNodes', {
      context,
      locator: { type: 'accessibility', value: { role, name } },
    });
    return found.nodes.flatMap((node) => (node.sharedId ? [node.sharedId] : []));
  }

  async function callOn<T>(context: string, sharedId: string, functionDeclaration: string): Promise<T> {
    const result = await bidi.send<EvaluateResult>('script.callFunction', {
      target: { context },
      functionDeclaration: `async (element) => JSON.stringify(await (${functionDeclaration})(element))`,
      arguments: [{ sharedId }],
      awaitPromise: true,
    });
    const value = valueOf(result, functionDeclaration);
    if (value?.type !== 'string' || typeof value.value !== 'string') return undefined as T;
    return JSON.parse(value.value) as T;
  }

  async function typeInto(context: string, sharedId: string, text: string): Promise<void> {
    const focused = await callOn<boolean>(context, sharedId, '(element) => { element.focus(); return document.activeElement === element; }');
    if (!focused) throw new Error('The element did not take the focus.');
    const actions = [...text].flatMap((key) => [
      { type: 'keyDown', value: key },
      { type: 'keyUp', value: key },
    ]);
    await bidi.send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  async function addonErrors(): Promise<string[]> {
    // Extension pages and the background page are not realms that WebDriver BiDi reports logs
    // for, so the errors are read from the console service in the browser window's own scope.
    const tree = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const browserWindow = tree.contexts[0]?.context;
    if (!browserWindow) throw new Error('Firefox reported no browser window.');
    return evaluate<string[]>(
      browserWindow,
      `((origin) => {
        const quiet = Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag;
        const errors = Services.console
          .getMessageArray()
          .filter((message) => message instanceof Ci.nsIScriptError)
          .filter((error) => (error.flags & quiet) === 0 && error.sourceName.startsWith(origin))
          .map((error) => error.sourceName + ':' + error.lineNumber + ': ' + error.errorMessage);
        const logged = Cc['@mozilla.org/consoleAPI-storage;1']
          .getService(Ci.nsIConsoleAPIStorage)
          .getEvents()
          .filter((event) => event.level === 'error' && String(event.filename).startsWith(origin))
          .map((event) => event.filename + ':' + event.lineNumber + ': console.error ' + event.arguments.map(String).join(' '));
        return [...errors, ...logged];
      })(${JSON.stringify(`moz-extension://${EXTENSION_UUID}/`)})`,
    );
  }

  async function openTab(url: string): Promise<string> {
    const created = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    await navigate(created.context, url);
    return created.context;
  }

  async function close(): Promise<void> {
    try {
      await bidi.send('browser.close', {}, 10_000);
    } catch {
      // The connection drops as Firefox exits; cleanUp kills it if it did not.
    }
    bidi.close();
    await cleanUp();
  }

  try {
    await bidi.send('session.new', { capabilities: {} });
    const installed = await bidi.send<{ extension: string }>('webExtension.install', {
      extensionData: { type: 'path', path: FIREFOX_EXTENSION_DIR },
    });
    return {
      bidi,
      addonId: installed.extension,
      extensionOrigin: `moz-extension://${EXTENSION_UUID}/`,
      addonErrors,
      rejectedRequests: () => [...proxy.rejected],
      openTab,
      navigate,
      evaluate,
      waitFor,
      findByRole,
      callOn,
      typeInto,
      close,
    };
  } catch (error) {
    bidi.close();
    await cleanUp();
    throw error;
  }
}
