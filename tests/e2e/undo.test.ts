import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickClosedShadowButton, readClosedShadow, waitForClosedShadow } from './support/closed-shadow';
import { type Environment, startEnvironment } from './support/environment';
import { readControlStates } from './support/field-states';
import { chooseCountry, chooseEnterprise, chooseSigner, fillPage } from './support/popup';

const ENTERPRISE = '宁波海曙远航进出口有限公司';
const SIGNER = '周文杰';
const TOAST = 'fta-assistant-toast';

describe('undoing a fill', () => {
  let env: Environment;

  beforeAll(async () => {
    env = await startEnvironment();
  });

  afterAll(async () => {
    await env?.close();
  });

  it('restores every field from the popup', async () => {
    const page = await env.openPortalPage('sw-co-basic.html');
    await page.locator('#entCnName').fill('用户先填的名称');
    await page.locator('#lzdd').selectOption({ index: 1 });
    const before = await readControlStates(page);

    const popup = await env.extension.openPopup(await env.extension.tabIdOf(page));
    await chooseEnterprise(popup, ENTERPRISE);
    await chooseSigner(popup, SIGNER);
    await chooseCountry(popup, 'riben');
    await popup.getByLabel('覆盖已有内容').check();
    await fillPage(popup);

    const filled = await readControlStates(page);
    const changed = filled.filter((state, index) => JSON.stringify(state) !== JSON.stringify(before[index]));
    expect(changed.length).toBeGreaterThan(0);
    expect(await page.locator('#entCnName').inputValue()).toBe(ENTERPRISE);
    expect(changed.map((state) => state.name)).toContain('lzdd');
    expect(changed.map((state) => state.name)).toContain('mdgdm');

    await popup.getByRole('button', { name: '撤销填写' }).click();
    await expect.poll(() => popup.getByRole('status').filter({ hasText: '已恢复' }).innerText()).toBe(`已恢复 ${changed.length} 项`);
    expect(await readControlStates(page)).toEqual(before);
    expect(await page.locator('#entCnName').inputValue()).toBe('用户先填的名称');
    await popup.close();
    await page.close();
  });

  /** Opens the basic portal form and a popup over it, fills the form and undoes the fill with the popup's button. */
  async function fillAndUndo() {
    const page = await env.openPortalPage('sw-co-basic.html');
    const tabId = await env.extension.tabIdOf(page);
    const popup = await env.extension.openPopup(tabId);
    await chooseEnterprise(popup, ENTERPRISE);
    await fillPage(popup);
    await popup.getByRole('button', { name: '撤销填写' }).click();
    await expect.poll(() => popup.getByRole('status').filter({ hasText: '已恢复' }).count()).toBe(1);
    return { page, tabId, popup };
  }

  it('restores nothing on a second undo', async () => {
    const { page, tabId, popup } = await fillAndUndo();

    const reply = await popup.evaluate(
      async (id) => chrome.runtime.sendMessage({ type: 'undoFill', tabId: id }),
      tabId,
    );
    expect(reply).toEqual({ ok: true, data: { restored: 0, framesReached: 1 } });
    await popup.close();
    await page.close();
  });

  it('undoes the first of two fills sent at once', async () => {
    const { page, tabId, popup } = await fillAndUndo();
    expect(await page.locator('#entCnName').inputValue()).toBe('');

    // Two fills and an undo at once, as a double click on 填充 and a quick 撤销填写 would send them.
    const replies = await popup.evaluate(async (id) => {
      const selection = await chrome.runtime.sendMessage({ type: 'getLastSelection' });
      const fill = { type: 'fill', tabId: id, enterpriseId: selection.data.enterpriseId, overwrite: false };
      return Promise.all([
        chrome.runtime.sendMessage(fill),
        chrome.runtime.sendMessage(fill),
        chrome.runtime.sendMessage({ type: 'undoFill', tabId: id }),
      ]);
    }, tabId);
    const [first, second, undo] = replies as Array<{ ok: boolean; data: { report?: { filled: unknown[] }; restored?: number } }>;
    const firstFilled = first?.data.report?.filled.length ?? 0;
    expect(firstFilled).toBeGreaterThan(0);
    expect(second?.data.report?.filled).toEqual([]);
    expect(undo?.data.restored).toBe(firstFilled);
    expect(await page.locator('#entCnName').inputValue()).toBe('');
    await popup.close();
    await page.close();
  });

  it('shows the counts in a closed toast', async () => {
    const page = await env.openPortalPage('sw-co-basic.html');
    const popup = await env.extension.openPopup(await env.extension.tabIdOf(page));
    await chooseEnterprise(popup, ENTERPRISE);
    const report = await fillPage(popup);
    const filledCount = await report.locator('.report-filled li').count();
    const skippedCount = await report.locator('.report-skipped li').count();

    const toast = await waitForClosedShadow(page, TOAST, '已填写');
    expect(toast.rootType).toBe('closed');
    expect(toast.text).toContain(`已填写 ${filledCount} 项，跳过 ${skippedCount} 项`);
    expect(toast.text).not.toContain(ENTERPRISE);
    expect(await page.evaluate((tag) => document.querySelector(tag)?.shadowRoot, TOAST)).toBeNull();
    expect(await page.evaluate((tag) => document.querySelector(tag)?.textContent, TOAST)).toBe('');
    await popup.close();
    await page.close();
  });

  it('undoes from the toast button', async () => {
    const page = await env.openPortalPage('sw-co-basic.html');
    const before = await readControlStates(page);
    const popup = await env.extension.openPopup(await env.extension.tabIdOf(page));
    await chooseEnterprise(popup, ENTERPRISE);
    await chooseSigner(popup, SIGNER);
    await fillPage(popup);
    await popup.close();
    await page.bringToFront();
    expect(await page.locator('#entCnName').inputValue()).toBe(ENTERPRISE);

    await waitForClosedShadow(page, TOAST, '已填写');
    await clickClosedShadowButton(page, TOAST, '撤销');
    const toast = await waitForClosedShadow(page, TOAST, '已撤销填写');
    expect(toast.text).toMatch(/已撤销填写，恢复 \d+ 项/);
    expect(await readControlStates(page)).toEqual(before);
    await page.close();
  });

  it('hides the toast after a few seconds', async () => {
    const page = await env.openPortalPage('sw-co-basic.html');
    const popup = await env.extension.openPopup(await env.extension.tabIdOf(page));
    await chooseEnterprise(popup, ENTERPRISE);
    await fillPage(popup);
    await waitForClosedShadow(page, TOAST, '已填写');
    await expect.poll(() => readClosedShadow(page, TOAST), { timeout: 10_000, interval: 500 }).toBeNull();
    await popup.close();
    await page.close();
  });
});
