/**
 * Launches Debian's Chromium with the built extension loaded, in a fresh profile.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type Page, type Worker, chromium } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  worker(): Promise<Worker>;
  /** Opens the popup over tab `tabId`, as the toolbar button would. */
  openPopup(tabId?: number): Promise<Page>;
  openOptions(): Promise<Page>;
  /** The browser's id of the tab that shows `page`. */
  tabIdOf(page: Page): Promise<number>;
  /** Stops the extension's service worker over CDP, as the browser does when it is idle. */
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** UI language, such as 'zh-CN' or 'en-US'. */
  lang?: string;
  /** Reuse a profile directory, to test what survives a browser restart. */
  profileDir?: string;
  headless?: boolean;
  /** The unpacked extension to load; the Chrome build by default. */
  extensionDir?: string;
}

export function chromiumArgs(extensionDir: string, lang: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    `--lang=${lang}`,
  ];
}

export async function launchExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build" first.`);
  }
  const lang = options.lang ?? 'zh-CN';
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'fta-e2e-')));
  const ownsProfile = options.profileDir === undefined;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args: chromiumArgs(extensionDir, lang),
    locale: lang,
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` },
  });

  async function worker(): Promise<Worker> {
    const existing = context.serviceWorkers().find((item) => item.url().startsWith('chrome-extension://'));
    return existing ?? context.waitForEvent('serviceworker', { timeout: 20_000 });
  }

  const extensionId = new URL((await worker()).url()).host;

  async function tabIdOf(page: Page): Promise<number> {
    // Several tabs may show the same URL, so the page is told apart by a unique title. The
    // look-up runs in an extension page because a stopped worker's handle no longer answers.
    const marker = `tab-marker-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const originalTitle = await page.evaluate((title) => {
      const previous = document.title;
      document.title = title;
      return previous;
    }, marker);
    const probe = await context.newPage();
    try {
      await probe.goto(`chrome-extension://${extensionId}/manifest.json`);
      for (let attempt = 0; attempt < 50; attempt++) {
        const id = await probe.evaluate(async (title) => {
          const tabs = await chrome.tabs.query({ title });
          return tabs[0]?.id;
        }, marker);
        if (id !== undefined) return id;
        await page.waitForTimeout(50);
      }
      throw new Error(`No tab shows ${page.url()}`);
    } finally {
      await probe.close();
      await page.evaluate((title) => {
        document.title = title;
      }, originalTitle);
    }
  }

  async function openPopup(tabId?: number): Promise<Page> {
    const page = await context.newPage();
    const query = tabId === undefined ? '' : `?tab=${tabId}`;
    await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
    return page;
  }

  async function openOptions(): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    return page;
  }

  async function stopWorker(): Promise<void> {
    const page = context.pages()[0] ?? (await context.newPage());
    const session = await context.newCDPSession(page);
    const origin = `chrome-extension://${extensionId}/`;
    let resolveStopped!: () => void;
    const stopped = new Promise<void>((resolve) => (resolveStopped = resolve));
    session.on('ServiceWorker.workerVersionUpdated', (event) => {
      const ours = event.versions.filter((version) => version.scriptURL.startsWith(origin));
      if (ours.length > 0 && ours.every((version) => version.runningStatus === 'stopped')) resolveStopped();
    });
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    const timer = new Promise<never>((_resolve, reject) =>
      setTimeout(() => reject(new Error('The service worker did not stop within 10 s')), 10_000),
    );
    try {
      await Promise.race([stopped, timer]);
    } finally {
      await session.detach();
    }
  }

  async function close(): Promise<void> {
    await context.close();
    if (ownsProfile) await rm(profileDir, { recursive: true, force: true });
  }

  return { context, extensionId, profileDir, worker, openPopup, openOptions, tabIdOf, stopWorker, close };
}
