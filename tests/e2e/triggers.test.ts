import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForClosedShadow } from './support/closed-shadow';
import { type Environment, startEnvironment } from './support/environment';
import { chooseEnterprise, chooseSigner, fillPage } from './support/popup';
import { dispatchTrigger } from './support/triggers';

const ENTERPRISE = '宁波海曙远航进出口有限公司';
const SIGNER = '周文杰';
const TOAST = 'fta-assistant-toast';
const FILL_ID = 'fill-last-selection';

describe('shortcut and context menu', () => {
  let env: Environment;

  beforeAll(async () => {
    env = await startEnvironment();
  });

  afterAll(async () => {
    await env?.close();
  });

  it('registers the shortcut and the menu item', async () => {
    const worker = await env.extension.worker();
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    const fill = commands.find((command) => command.name === FILL_ID);
    expect(fill?.description).toBe('用上次选择的企业、手签员和目的国填写当前网页');
    expect(fill?.shortcut).toBe('Alt+Shift+F');
    // Updating a menu item that does not exist fails, so this checks that install created it.
    await expect(worker.evaluate((id) => chrome.contextMenus.update(id, {}), FILL_ID)).resolves.toBeUndefined();
  });

  it('asks for a choice when nothing was filled yet', async () => {
    const page = await env.openPortalPage('sw-co-basic.html');
    await dispatchTrigger(env.extension, { kind: 'menu', menuItemId: FILL_ID, tabId: await env.extension.tabIdOf(page) });
    const toast = await waitForClosedShadow(page, TOAST, '请先在扩展的弹出窗口中选择企业');
    expect(toast.buttons.map((button) => button.label)).toEqual(['关闭']);
    expect(await page.locator('#entCnName').inputValue()).toBe('');
    await page.close();
  });

  it('fills the active tab from the shortcut', async () => {
    const first = await env.openPortalPage('sw-co-basic.html');
    const popup = await env.extension.openPopup(await env.extension.tabIdOf(first));
    await chooseEnterprise(popup, ENTERPRISE);
    await chooseSigner(popup, SIGNER);
    await fillPage(popup);
    await popup.close();
    await first.close();

    const page = await env.openPortalPage('ccpit-signer.html');
    await page.bringToFront();
    await dispatchTrigger(env.extension, { kind: 'command', command: FILL_ID });
    await expect.poll(() => page.locator('#idNo').inputValue()).toBe('330203199001011236');
    const toast = await waitForClosedShadow(page, TOAST, '已填写');
    expect(toast.text).toMatch(/已填写 [1-9]\d* 项，跳过 \d+ 项/);
    expect(toast.text).not.toContain('330203199001011236');
    expect(toast.buttons.map((button) => button.label)).toEqual(['撤销', '关闭']);
    await page.close();
  });

  it('fills the clicked tab from the menu', async () => {
    const page = await env.openPortalPage('sw-co-basic.html');
    await dispatchTrigger(env.extension, { kind: 'menu', menuItemId: FILL_ID, tabId: await env.extension.tabIdOf(page) });
    await expect.poll(() => page.locator('#entCnName').inputValue()).toBe(ENTERPRISE);
    await waitForClosedShadow(page, TOAST, '已填写');
    await page.close();
  });

  it('ignores other menu items and commands', async () => {
    const page = await env.openPortalPage('sw-co-basic.html');
    await dispatchTrigger(env.extension, { kind: 'menu', menuItemId: 'other', tabId: await env.extension.tabIdOf(page) });
    await page.bringToFront();
    await dispatchTrigger(env.extension, { kind: 'command', command: 'other' });
    await page.waitForTimeout(300);
    expect(await page.locator('#entCnName').inputValue()).toBe('');
    await page.close();
  });
});
