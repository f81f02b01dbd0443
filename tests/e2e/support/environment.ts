/**
 * One end-to-end environment: the API sandbox, the portal fixtures on a static server, and
 * Chromium with the built extension pointed at the sandbox.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startSandbox } from '../../sandbox/server';
import { startStaticServer, type StaticServer } from '../../support/static-server';
import { type LaunchOptions, type LaunchedExtension, launchExtension } from './extension';
import { useBaseUrl } from './popup';

export const PORTAL_DIR = resolve('tests/fixtures/portals');

export type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

export interface Environment {
  sandbox: Sandbox;
  portal: StaticServer;
  extension: LaunchedExtension;
  /** Opens a fixture page in a new tab and waits for it to load. */
  openPortalPage(file: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startEnvironment(options: LaunchOptions = {}): Promise<Environment> {
  const sandbox = await startSandbox();
  const portal = await startStaticServer(PORTAL_DIR);
  const extension = await launchExtension(options);
  await useBaseUrl(extension, sandbox.url);

  async function openPortalPage(file: string): Promise<Page> {
    const page = await extension.context.newPage();
    await page.goto(`${portal.url}${file}`, { waitUntil: 'load' });
    return page;
  }

  async function close(): Promise<void> {
    await extension.close();
    await portal.close();
    await sandbox.close();
  }

  return { sandbox, portal, extension, openPortalPage, close };
}
