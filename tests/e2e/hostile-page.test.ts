import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Environment, startEnvironment } from './support/environment';
import { chooseEnterprise, chooseSigner, fillPage } from './support/popup';

/** Maps each field label of a report list to the text after it: the value shown or the skip reason. */
async function reportEntries(list: Locator): Promise<Map<string, string>> {
  const entries = new Map<string, string>();
  for (const item of await list.locator('li').all()) {
    const label = await item.locator('.field-label').innerText();
    const detail = await item.locator('.field-value, .field-reason').innerText();
    entries.set(label, detail);
  }
  return entries;
}

const TRAPS = ['trapClip', 'trapFaint', 'trapFilter', 'trapColor', 'trapFont', 'trapTiny', 'trapRight', 'trapCovered'];

describe('page hiding fields to collect data', () => {
  let env: Environment;

  beforeAll(async () => {
    env = await startEnvironment();
  });

  afterAll(async () => {
    await env?.close();
  });

  it('fills only what the user can see', async () => {
    const page = await env.openPortalPage('hostile-hidden.html');
    const popup = await env.extension.openPopup(await env.extension.tabIdOf(page));
    await chooseEnterprise(popup, '宁波海曙远航进出口有限公司');
    await chooseSigner(popup, '周文杰');
    await fillPage(popup);

    expect(await page.locator('#qymc').inputValue()).toBe('宁波海曙远航进出口有限公司');
    for (const id of TRAPS) {
      expect(await page.locator(`#${id}`).inputValue(), id).toBe('');
    }
    for (const frameId of ['fadedFrame', 'farFrame']) {
      const frame = page.frameLocator(`#${frameId}`);
      expect(await frame.locator('#idNo').inputValue(), frameId).toBe('');
    }
    const captured = await page.evaluate(() => (window as unknown as { captured: string[] }).captured);
    expect(captured.join(' ')).not.toContain('330203199001011236');
    expect(captured.every((entry) => entry.startsWith('qymc='))).toBe(true);
  });

  it('skips fields the page changes on focus', async () => {
    const page = await env.openPortalPage('focus-tricks.html');
    const popup = await env.extension.openPopup(await env.extension.tabIdOf(page));
    await chooseEnterprise(popup, '宁波海曙远航进出口有限公司');
    await chooseSigner(popup, '周文杰');
    const report = await fillPage(popup);

    expect(await page.locator('#a').inputValue()).toBe('宁波海曙远航进出口有限公司');
    expect(await page.locator('#trap').inputValue()).toBe('');
    expect(await page.locator('#c').inputValue()).toBe('');
    expect(await page.locator('#vis2').inputValue()).toBe('');
    const state = await page.evaluate(() => {
      const view = window as unknown as { detached?: HTMLInputElement; submits: number; clicks: string[]; captured: string[] };
      return { detached: view.detached?.value, submits: view.submits, clicks: view.clicks, captured: view.captured, url: location.href };
    });
    expect(state.detached).toBe('');
    expect(state.submits).toBe(0);
    expect(state.clicks).toEqual([]);
    expect(state.captured).toEqual([]);
    expect(new URL(state.url).pathname).toBe('/focus-tricks.html');

    const filled = await reportEntries(report.locator('.report-filled'));
    const skipped = await reportEntries(report.locator('.report-skipped'));
    expect([...filled.keys()]).toEqual(['企业名称']);
    expect(skipped.get('手签员证件号码')).toBe('字段不可见');
    expect(skipped.get('统一社会信用代码')).toBe('字段不可见');
    expect(skipped.get('海关注册编码')).toBe('字段不可见');
    expect(skipped.get('法定代表人')).toBe('页面在填写时替换了此字段，请重新填写');
    expect(skipped.get('手签员手机')).toBe('页面在填写时替换了此字段，请重新填写');
    expect(skipped.get('申请地点')).toBe('页面在填写时替换了此字段，请重新填写');
  });

  it('cleans odd labels and skips huge attributes', async () => {
    const page = await env.openPortalPage('odd-labels.html');
    const popup = await env.extension.openPopup(await env.extension.tabIdOf(page));
    await chooseEnterprise(popup, '宁波海曙远航进出口有限公司');
    const report = await fillPage(popup);

    expect(await page.locator('#name').inputValue()).toBe('宁波海曙远航进出口有限公司');
    expect(await page.locator('#contact').inputValue()).not.toBe('');
    expect(await page.locator('#note').inputValue()).toBe('');
    const bulkValues = await page.locator('#bulk input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(bulkValues.filter((value) => value !== '')).toEqual([]);
    const filled = await reportEntries(report.locator('.report-filled'));
    expect([...filled.keys()].sort()).toEqual(['企业名称', '联系人']);
  });
});
