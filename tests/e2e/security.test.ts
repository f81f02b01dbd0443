import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Environment, startEnvironment } from './support/environment';
import { chooseEnterprise, chooseSigner, fillPage } from './support/popup';

describe('what a web page can reach', () => {
  let env: Environment;

  beforeAll(async () => {
    env = await startEnvironment();
  });

  afterAll(async () => {
    await env?.close();
  });

  it('cannot see the fill function or its data after a fill', async () => {
    const page = await env.openPortalPage('sw-co-basic.html');
    const globalsBefore = await page.evaluate(() => Object.getOwnPropertyNames(window));
    const popup = await env.extension.openPopup(await env.extension.tabIdOf(page));
    await chooseEnterprise(popup, '宁波海曙远航进出口有限公司');
    await chooseSigner(popup, '周文杰');
    await fillPage(popup);
    const leaked = await page.evaluate((before) => {
      const names = Object.getOwnPropertyNames(window).filter((name) => !before.includes(name));
      return { names, html: document.documentElement.outerHTML };
    }, globalsBefore);
    expect(leaked.names).toEqual([]);
    expect(await page.locator('#entCnName').inputValue()).toBe('宁波海曙远航进出口有限公司');
    // The signer's ID number is not in the profile's fields of this form, so it must not appear.
    expect(leaked.html).not.toContain('330203199001011236');
  });

  it('cannot message the extension', async () => {
    const page = await env.openPortalPage('sw-co-basic.html');
    const outcome = await page.evaluate(async (extensionId) => {
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      if (!runtime || typeof runtime.sendMessage !== 'function') return 'no runtime';
      try {
        const send = runtime.sendMessage as (id: string, message: unknown) => Promise<unknown>;
        return JSON.stringify(await send(extensionId, { type: 'getSettings' }));
      } catch (error) {
        return `rejected: ${String(error)}`;
      }
    }, env.extension.extensionId);
    expect(outcome === 'no runtime' || outcome.startsWith('rejected')).toBe(true);
  });

  it('cannot load the extension pages or scripts', async () => {
    const page = await env.openPortalPage('sw-co-basic.html');
    const status = await page.evaluate(async (extensionId) => {
      try {
        const response = await fetch(`chrome-extension://${extensionId}/fill-frame.js`);
        return `loaded ${response.status}`;
      } catch {
        return 'blocked';
      }
    }, env.extension.extensionId);
    expect(status).toBe('blocked');
  });
});
