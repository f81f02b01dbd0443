/** Enterprises, their signers and producers on the options page. */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Environment, startEnvironment } from './support/environment';

const YUANHANG = '宁波海曙远航进出口有限公司';
const HENGTUO = '苏州吴中恒拓精密机械有限公司';
const PENGHUI = '深圳市鹏辉智能照明科技有限公司';

describe('enterprises on the options page', () => {
  let env: Environment;

  beforeAll(async () => {
    env = await startEnvironment();
  });

  afterEach(async () => {
    env.sandbox.reset();
    const worker = await env.extension.worker();
    await worker.evaluate(async () => {
      const stored = await chrome.storage.local.get(null);
      await chrome.storage.local.remove(Object.keys(stored).filter((key) => key.startsWith('enterpriseDraft:')));
    });
  });

  afterAll(async () => {
    await env?.close();
  });

  function enterpriseButton(page: Page, name: string) {
    return page.getByRole('list', { name: '企业列表' }).getByRole('button', { name, exact: true });
  }

  async function openEnterprise(name: string): Promise<Page> {
    const page = await env.extension.openOptions();
    await enterpriseButton(page, name).click();
    await expect.poll(() => page.locator('#admin-editor-heading').innerText()).toContain(name);
    return page;
  }

  function savesSent(): number {
    return env.sandbox.requests().filter((request) => request.route === 'enterpriseSave').length;
  }

  it('finds an enterprise by keyword', async () => {
    const page = await env.extension.openOptions();
    await expect.poll(() => enterpriseButton(page, PENGHUI).count()).toBe(1);
    await page.getByLabel('按企业名称搜索', { exact: true }).fill('恒拓');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await expect.poll(() => enterpriseButton(page, YUANHANG).count()).toBe(0);
    expect(await enterpriseButton(page, HENGTUO).count()).toBe(1);
    const listRequest = env.sandbox.requests().findLast((request) => request.route === 'enterpriseList');
    expect(listRequest?.query.keyword).toEqual(['恒拓']);
  });

  it('shows every field with the exporter on two lines', async () => {
    const page = await openEnterprise(YUANHANG);
    expect(await page.getByLabel('统一社会信用代码', { exact: true }).inputValue()).toBe('91330203MA2H7Q8X6N');
    expect(await page.getByLabel('海关编码', { exact: true }).inputValue()).toBe('3302960123');
    const exporter = page.getByLabel('出口商名称及地址', { exact: true });
    expect(await exporter.evaluate((element) => element.tagName)).toBe('TEXTAREA');
    expect(await exporter.getAttribute('rows')).toBe('2');
    expect((await exporter.inputValue()).split('\n')).toHaveLength(2);
  });

  it('rejects an invalid credit code without sending', async () => {
    const page = await openEnterprise(YUANHANG);
    const uscc = page.getByLabel('统一社会信用代码', { exact: true });
    await uscc.fill('91330203MA2H7Q8X6M');
    env.sandbox.clearRequests();
    await page.getByRole('button', { name: '提交修改' }).click();

    const message = page.locator('#admin-socialCreditCode-error');
    await expect.poll(() => message.innerText()).toContain('校验位');
    expect(await uscc.getAttribute('aria-invalid')).toBe('true');
    expect(await uscc.getAttribute('aria-describedby')).toBe('admin-socialCreditCode-error');
    expect(await page.locator('.enterprise-editor [role="alert"]').innerText()).toContain('未提交');
    expect(savesSent()).toBe(0);
  });

  it('rejects an organization code unlike the credit code', async () => {
    const page = await openEnterprise(YUANHANG);
    await page.getByLabel('组织机构代码', { exact: true }).fill('123456788');
    env.sandbox.clearRequests();
    await page.getByRole('button', { name: '提交修改' }).click();
    await expect.poll(() => page.locator('#admin-orgCode-error').innerText()).toContain('第 9–17 位');
    expect(savesSent()).toBe(0);
  });

  it('saves a valid edit that a reopened page shows', async () => {
    const page = await openEnterprise(YUANHANG);
    await page.getByLabel('企业联系人', { exact: true }).fill('张三');
    await page.getByLabel('企业联系人电话', { exact: true }).fill('0574-87651234-801');
    await page.getByRole('button', { name: '提交修改' }).click();
    await expect.poll(() => page.locator('.enterprise-editor > .notice').innerText()).toBe('企业信息已更新');

    const sent = env.sandbox.requests().find((request) => request.route === 'enterpriseSave');
    expect(sent?.body).toMatchObject({ id: 1, corporateContacts: '张三', corporateContactsTel: '0574-87651234-801' });

    const reopened = await openEnterprise(YUANHANG);
    expect(await reopened.getByLabel('企业联系人', { exact: true }).inputValue()).toBe('张三');
    expect(await reopened.getByText('已恢复').count()).toBe(0);
  });

  it('keeps the form when the service fails', async () => {
    const page = await openEnterprise(YUANHANG);
    env.sandbox.faults.add({ route: 'enterpriseSave', status: 500 });
    await page.getByLabel('法定代表人', { exact: true }).fill('李四');
    await page.getByRole('button', { name: '提交修改' }).click();
    await expect.poll(() => page.locator('.enterprise-editor [role="alert"]').innerText()).toContain('提交失败');
    expect(await page.getByLabel('法定代表人', { exact: true }).inputValue()).toBe('李四');
  });

  it('says a save with an unreadable answer is unconfirmed', async () => {
    const page = await openEnterprise(YUANHANG);
    env.sandbox.faults.add({ route: 'enterpriseSave', body: 'schema-drift' });
    await page.getByLabel('法定代表人', { exact: true }).fill('王五');
    await page.getByRole('button', { name: '提交修改' }).click();
    const alert = page.locator('.enterprise-editor [role="alert"]');
    await expect.poll(() => alert.innerText()).toContain('无法确认结果');
    expect(await alert.innerText()).not.toContain('未改变');
    expect(await page.getByLabel('法定代表人', { exact: true }).inputValue()).toBe('王五');
  });

  it('masks signer ID numbers until revealed', async () => {
    const page = await openEnterprise(YUANHANG);
    const signers = page.locator('.signers');
    await expect.poll(() => signers.innerText()).toContain('3302**********1236');
    expect(await signers.innerText()).not.toContain('330203199001011236');
    await page.getByRole('button', { name: '显示 周文杰 的身份证号' }).click();
    await expect.poll(() => signers.innerText()).toContain('330203199001011236');
  });

  it('deletes an enterprise only after confirmation', async () => {
    const page = await openEnterprise(PENGHUI);
    await page.getByRole('button', { name: '删除企业' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(env.sandbox.requests().some((request) => request.route === 'enterpriseDelete')).toBe(false);

    await page.getByRole('button', { name: '删除企业' }).click();
    await dialog.getByRole('button', { name: '确定删除' }).click();
    await expect.poll(() => enterpriseButton(page, PENGHUI).count()).toBe(0);
    expect(env.sandbox.requests().some((request) => request.route === 'enterpriseDelete')).toBe(true);
    expect(await page.locator('.enterprises > .notice').innerText()).toContain(PENGHUI);
  });

  it('adds and deletes a producer', async () => {
    const page = await openEnterprise(YUANHANG);
    const producers = page.locator('.producers ul');
    await expect.poll(() => producers.innerText()).toContain('宁波鄞州织美针织服饰有限公司');

    await page.getByLabel('生产商名称', { exact: true }).fill('慈溪新兴电器有限公司');
    await page.getByLabel('生产商电话', { exact: true }).fill('12345');
    await page.getByRole('button', { name: '添加生产商' }).click();
    await expect.poll(() => page.locator('#admin-producer-producerContactTel-error').isVisible()).toBe(true);
    expect(env.sandbox.requests().some((request) => request.route === 'producerCreate')).toBe(false);

    await page.getByLabel('生产商电话', { exact: true }).fill('0574-63012345');
    await page.getByLabel('生产商统一社会信用代码', { exact: true }).fill('91330203MA2H7Q8X6N');
    await page.getByRole('button', { name: '添加生产商' }).click();
    await expect.poll(() => producers.innerText()).toContain('慈溪新兴电器有限公司');

    await page.getByRole('button', { name: '删除生产商“慈溪新兴电器有限公司”' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确定删除' }).click();
    await expect.poll(() => producers.innerText()).not.toContain('慈溪新兴电器有限公司');
    expect(env.sandbox.requests().some((request) => request.route === 'producerDelete')).toBe(true);
  });

  it('restores an unsaved edit after a reload', async () => {
    const page = await openEnterprise(HENGTUO);
    const legalName = page.getByLabel('法定代表人', { exact: true });
    const original = await legalName.inputValue();
    await legalName.fill('草稿中的名字');
    await page.waitForTimeout(200);
    await page.reload();

    await expect.poll(() => page.getByLabel('法定代表人', { exact: true }).inputValue()).toBe('草稿中的名字');
    expect(await page.getByText('已恢复').count()).toBe(1);
    expect(savesSent()).toBe(0);

    await page.getByRole('button', { name: '放弃修改' }).click();
    await expect.poll(() => page.getByLabel('法定代表人', { exact: true }).inputValue()).toBe(original);
    await page.reload();
    await expect.poll(() => enterpriseButton(page, HENGTUO).count()).toBe(1);
    expect(await page.locator('#admin-editor-heading').count()).toBe(0);
  });
});
