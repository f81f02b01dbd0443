import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Environment, PORTAL_DIR, startEnvironment } from './support/environment';
import { readExpectedFields, type ExpectedFile } from './support/expected';
import { chooseCountry, chooseEnterprise, chooseSigner, fillPage } from './support/popup';

const ENTERPRISE = '宁波海曙远航进出口有限公司';
const SIGNER = '周文杰';
const SHARED_FIXTURES = ['sw-co-basic', 'ccpit-signer', 'react-like-filing', 'sw-desk-iframe'];

async function loadExpected(name: string): Promise<ExpectedFile> {
  return JSON.parse(await readFile(join(PORTAL_DIR, `${name}.expected.json`), 'utf8')) as ExpectedFile;
}

describe('filling portal fixtures through the popup', () => {
  let env: Environment;

  beforeAll(async () => {
    env = await startEnvironment();
  });

  afterAll(async () => {
    await env?.close();
  });

  it.each(SHARED_FIXTURES)('fills %s as expected', async (name) => {
    const expected = await loadExpected(name);
    const page = await env.openPortalPage(expected.page);
    const popup = await env.extension.openPopup(await env.extension.tabIdOf(page));
    await chooseEnterprise(popup, ENTERPRISE);
    await chooseSigner(popup, SIGNER);
    await chooseCountry(popup, 'riben');
    const report = await fillPage(popup);
    expect(await report.locator('.report-filled li').count()).toBeGreaterThan(0);
    // These fixtures fill fields of one frame each, so the report names no frame.
    expect(await report.locator('.field-frame').count()).toBe(0);
    await page.waitForTimeout(expected.settleMs ?? 0);

    const results = await readExpectedFields(page, expected);
    for (const row of results) {
      expect.soft(row.actual, `${name} ${row.field.selector}`).toBe(row.field.expected);
      if (row.field.expectedText !== undefined) {
        expect.soft(row.actualText, `${name} ${row.field.selector} text`).toBe(row.field.expectedText);
      }
    }
    await popup.close();
    await page.close();
  });

  it('names the frame of each field across frames', async () => {
    const page = await env.openPortalPage('frames-injected.html');
    const popup = await env.extension.openPopup(await env.extension.tabIdOf(page));
    await chooseEnterprise(popup, ENTERPRISE);
    await chooseSigner(popup, SIGNER);
    const report = await fillPage(popup);
    const named = await report.locator('.report-filled li .field-frame').allInnerTexts();
    expect(named.length).toBe(await report.locator('.report-filled li').count());
    expect(new Set(named).size).toBeGreaterThan(1);
    await popup.close();
    await page.close();
  });

  it('masks the signer ID number in the report', async () => {
    const page = await env.openPortalPage('ccpit-signer.html');
    const popup = await env.extension.openPopup(await env.extension.tabIdOf(page));
    await chooseEnterprise(popup, ENTERPRISE);
    await chooseSigner(popup, SIGNER);
    const report = await fillPage(popup);
    const text = await report.innerText();
    expect(text).toContain('3302**********1236');
    expect(text).not.toContain('330203199001011236');
    expect(await page.locator('#idNo').inputValue()).toBe('330203199001011236');
  });

  it('lists read-only fields it left alone', async () => {
    const page = await env.openPortalPage('ccpit-signer.html');
    const popup = await env.extension.openPopup(await env.extension.tabIdOf(page));
    await chooseEnterprise(popup, ENTERPRISE);
    const report = await fillPage(popup);
    const skipped = await report.locator('.report-skipped li').allInnerTexts();
    expect(skipped).toContain('企业名称 字段只读');
    await popup.close();
    await page.close();
  });

  it('leaves filled fields alone on a second fill', async () => {
    const page = await env.openPortalPage('sw-co-basic.html');
    const tabId = await env.extension.tabIdOf(page);
    const first = await env.extension.openPopup(tabId);
    await chooseEnterprise(first, ENTERPRISE);
    await fillPage(first);
    await first.close();
    await page.locator('#entCnName').fill('用户改过的名称');

    const second = await env.extension.openPopup(tabId);
    await chooseEnterprise(second, ENTERPRISE);
    const report = await fillPage(second);
    expect(await report.locator('.report-filled li').count()).toBe(0);
    const skipped = await report.locator('.report-skipped li').allInnerTexts();
    expect(skipped).toContainEqual(expect.stringContaining('已有内容'));
    expect(await page.locator('#entCnName').inputValue()).toBe('用户改过的名称');
    await second.close();
    await page.close();
  });

  it('fills producer fields with the chosen producer', async () => {
    const page = await env.openPortalPage('sw-co-goods.html');
    const popup = await env.extension.openPopup(await env.extension.tabIdOf(page));
    await chooseEnterprise(popup, ENTERPRISE);
    const picker = popup.getByLabel('生产商', { exact: true });
    await picker.locator('option', { hasText: '宁波鄞州织美针织服饰有限公司' }).waitFor({ state: 'attached' });
    await picker.selectOption({ label: '宁波鄞州织美针织服饰有限公司' });
    await fillPage(popup);
    expect(await page.locator('#prdName').inputValue()).toBe('宁波鄞州织美针织服饰有限公司');
    expect(await page.locator('#prdContact').inputValue()).toBe('孙海燕');
    expect(await page.locator('#prdTel').inputValue()).toBe('13705748812');
    expect(await page.locator('#prdUscc').inputValue()).not.toBe('91330203MA2H7Q8X6N');
    await popup.close();
    await page.close();
  });

  it('remembers the last enterprise and signer', async () => {
    const page = await env.openPortalPage('sw-co-basic.html');
    const popup = await env.extension.openPopup(await env.extension.tabIdOf(page));
    const enterprise = popup.getByLabel('企业', { exact: true });
    await expect.poll(async () => enterprise.locator('option:checked').innerText()).toBe(ENTERPRISE);
    const signer = popup.getByLabel('手签员', { exact: true });
    await expect.poll(async () => signer.locator('option:checked').innerText()).toContain(SIGNER);
  });
});
