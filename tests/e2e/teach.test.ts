import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readClosedShadow, waitForClosedShadow } from './support/closed-shadow';
import { type Environment, startEnvironment } from './support/environment';
import { chooseEnterprise, chooseSigner, fillPage } from './support/popup';
import { PICKER_TAG, startPicker, teachField } from './support/teach';

const ENTERPRISE = '宁波海曙远航进出口有限公司';
const SIGNER = '周文杰';
const PAGE = 'teach-unlabeled.html';

describe('teaching a field', () => {
  let env: Environment;

  beforeAll(async () => {
    env = await startEnvironment();
  });

  afterAll(async () => {
    await env?.close();
  });

  async function fillWithPopup(page: Awaited<ReturnType<Environment['openPortalPage']>>): Promise<void> {
    const popup = await env.extension.openPopup(await env.extension.tabIdOf(page));
    await chooseEnterprise(popup, ENTERPRISE);
    await chooseSigner(popup, SIGNER);
    await fillPage(popup);
    await popup.close();
  }

  it('leaves an untaught field empty', async () => {
    const page = await env.openPortalPage(PAGE);
    await fillWithPopup(page);
    expect(await page.locator('#entName').inputValue()).toBe(ENTERPRISE);
    expect(await page.locator('#fld07').inputValue()).toBe('');
    await page.close();
  });

  it('lists source names only in a closed panel', async () => {
    const page = await env.openPortalPage(PAGE);
    await startPicker(env.extension, page);
    await page.locator('#fld07').click();
    const panel = await waitForClosedShadow(page, PICKER_TAG, '企业中文名称');
    expect(panel.rootType).toBe('closed');
    for (const name of ['统一社会信用代码', '手签员姓名', '目的国']) expect(panel.text).toContain(name);
    expect(panel.text).not.toContain(ENTERPRISE);
    expect(panel.text).not.toContain(SIGNER);
    expect(await page.evaluate((tag) => document.querySelector(tag)?.shadowRoot, PICKER_TAG)).toBeNull();
    // The picker keeps the click from the page.
    expect(await page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks)).toBe(0);

    await page.keyboard.press('Escape');
    await expect.poll(() => readClosedShadow(page, PICKER_TAG)).toBeNull();
    await page.locator('#fld07').click();
    expect(await page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks)).toBe(1);
    await page.close();
  });

  it('does not offer a read-only field', async () => {
    const page = await env.openPortalPage(PAGE);
    await startPicker(env.extension, page);
    await page.locator('#fld10').click();
    await page.waitForTimeout(500);
    expect((await readClosedShadow(page, PICKER_TAG))?.text ?? '').not.toContain('企业中文名称');
    await page.locator('#fld07').click();
    await waitForClosedShadow(page, PICKER_TAG, '企业中文名称');
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('fills a taught field', async () => {
    const page = await env.openPortalPage(PAGE);
    await teachField(env.extension, page, '#fld07', '企业中文名称');
    await expect.poll(() => readClosedShadow(page, PICKER_TAG)).toBeNull();
    // The page's style sheet sets every font to 2px; the toast keeps its own size.
    const toastBox = await page.locator('fta-assistant-toast').boundingBox();
    expect(toastBox?.width ?? 0).toBeGreaterThan(100);
    expect(toastBox?.height ?? 0).toBeGreaterThan(20);
    await page.reload();

    await fillWithPopup(page);
    expect(await page.locator('#fld07').inputValue()).toBe(ENTERPRISE);
    expect(await page.locator('#fld08').inputValue()).toBe('');
    await page.close();
  });

  it('fills a taught field in a shadow root', async () => {
    const page = await env.openPortalPage(PAGE);
    await teachField(env.extension, page, '#box input[name="fld_09"]', '手签员姓名');
    await page.reload();

    await fillWithPopup(page);
    expect(await page.locator('#box input[name="fld_09"]').inputValue()).toBe(SIGNER);
    await page.close();
  });

  it('lists, exports, deletes and imports rules', async () => {
    const origin = env.portal.url.replace(/\/$/, '');
    const options = await env.extension.openOptions();
    const site = options.getByRole('region', { name: origin });
    await expect.poll(() => site.locator('li').count()).toBe(2);
    expect(await site.innerText()).toContain('企业中文名称 ← #fld07');

    const downloading = options.waitForEvent('download');
    await options.getByRole('button', { name: '导出规则' }).click();
    const download = await downloading;
    const exported = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as {
      format: string;
      sites: Array<{ origin: string; rules: unknown[] }>;
    };
    expect(exported.format).toBe('fta-assistant-rules');
    expect(exported.sites).toEqual([{ origin, rules: expect.arrayContaining([expect.objectContaining({ selector: '#fld07' })]) }]);

    await options.getByRole('button', { name: '删除规则：企业中文名称 ← #fld07' }).click();
    await expect.poll(() => site.locator('li').count()).toBe(1);
    await options.getByRole('button', { name: /^删除规则：手签员姓名/ }).click();
    await expect.poll(() => options.getByText('还没有规则').count()).toBe(1);

    const file = join(env.extension.profileDir, 'rules.json');
    await writeFile(file, JSON.stringify(exported));
    await options.locator('input[type="file"]').setInputFiles(file);
    await expect.poll(() => options.locator('.rules-notice').innerText()).toBe('已导入 2 条规则');
    await expect.poll(() => site.locator('li').count()).toBe(2);

    const page = await env.openPortalPage(PAGE);
    await fillWithPopup(page);
    expect(await page.locator('#fld07').inputValue()).toBe(ENTERPRISE);
    await page.close();
    await options.close();
  });

  it('rejects an invalid rules file', async () => {
    const origin = env.portal.url.replace(/\/$/, '');
    const options = await env.extension.openOptions();
    const site = options.getByRole('region', { name: origin });
    await expect.poll(() => site.locator('li').count()).toBe(2);

    const file = join(env.extension.profileDir, 'bad-rules.json');
    const bad = {
      format: 'fta-assistant-rules',
      version: 1,
      exportedAt: 0,
      sites: [{ origin, rules: [{ selector: '#fld08', framePath: '/teach-unlabeled.html', source: 'enterprise.password' }] }],
    };
    await writeFile(file, JSON.stringify(bad));
    await options.locator('input[type="file"]').setInputFiles(file);
    const alert = options.getByRole('region', { name: '已教的字段规则' }).getByRole('alert');
    await expect.poll(() => alert.innerText()).toBe('规则文件无效，未做任何更改：“sites.0.rules.0.source”处的内容不符合规则文件格式');
    expect(await site.locator('li').count()).toBe(2);

    await writeFile(file, 'not json');
    await options.locator('input[type="file"]').setInputFiles(file);
    await expect.poll(() => alert.innerText()).toBe('规则文件无效，未做任何更改：不是 JSON 文件');

    await writeFile(file, ' '.repeat(2_000_001));
    await options.locator('input[type="file"]').setInputFiles(file);
    await expect.poll(() => alert.innerText()).toBe('规则文件超过 2 MB，未做任何更改。');
    await options.reload();
    await expect.poll(() => options.getByRole('region', { name: origin }).locator('li').count()).toBe(2);
    await options.close();
  });
});
