import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Environment, startEnvironment } from './support/environment';

interface DownloadSummary {
  /** The first characters of the download URL, such as `data:application/xml;base64,`. */
  urlStart: string;
  state: string;
  mime: string;
}

describe('certificates tab', () => {
  let env: Environment;

  beforeAll(async () => {
    env = await startEnvironment();
  });

  afterAll(async () => {
    await env?.close();
  });

  async function openCertificates(): Promise<Page> {
    const popup = await env.extension.openPopup();
    await popup.getByRole('tab', { name: '证书' }).click();
    await popup.getByRole('region', { name: '查证书号' }).waitFor();
    return popup;
  }

  /**
   * Downloads as the extension's own pages see them. Playwright's download event does not fire
   * for `downloads.download` calls of an extension, so the test queries `chrome.downloads` itself.
   * Playwright saves every download under a random name, so the type is read from the URL.
   */
  async function listDownloads(): Promise<DownloadSummary[]> {
    const probe = await env.extension.context.newPage();
    try {
      await probe.goto(`chrome-extension://${env.extension.extensionId}/manifest.json`);
      return await probe.evaluate(async () => {
        const items = await chrome.downloads.search({});
        return items.map((item) => ({ urlStart: item.url.slice(0, 40), state: item.state, mime: item.mime }));
      });
    } finally {
      await probe.close();
    }
  }

  it('finds both certificate numbers of an invoice', async () => {
    const popup = await openCertificates();
    const lookup = popup.getByRole('region', { name: '查证书号' });
    await lookup.getByLabel('发票号', { exact: true }).fill('YH2026-0118');
    await lookup.getByRole('button', { name: '查询', exact: true }).click();

    const numbers = lookup.getByRole('list', { name: '证书号' }).getByRole('listitem');
    await expect.poll(() => numbers.count()).toBe(2);
    expect(await numbers.allInnerTexts()).toEqual([
      expect.stringContaining('E263100A00010002'),
      expect.stringContaining('E263100A00010003'),
    ]);
    expect(await lookup.getByRole('button', { name: '复制 E263100A00010002' }).isVisible()).toBe(true);
    await popup.close();
  });

  it('shows a CCPIT document and pins it', async () => {
    const popup = await openCertificates();
    const ccpit = popup.getByRole('region', { name: '贸促会证书' });
    await ccpit.getByLabel('单证号', { exact: true }).fill('2026010001');
    await ccpit.getByRole('button', { name: '查询', exact: true }).click();

    const status = ccpit.locator('[data-field="status"]');
    await status.waitFor();
    // The sandbox moves this document along its review timeline while the test runs.
    expect(await status.innerText()).toMatch(/已提交|审核中|审核通过/);
    expect(await ccpit.locator('[data-field="print"]').innerText()).toMatch(/未打印|待打印|已打印/);
    expect(await ccpit.getByRole('button', { name: '预览 PDF' }).isEnabled()).toBe(true);
    expect(await ccpit.getByRole('button', { name: '打印 PDF' }).isEnabled()).toBe(true);

    const pin = ccpit.getByRole('button', { name: '关注', exact: true });
    await pin.click();
    const pinned = ccpit.getByRole('button', { name: '已关注', exact: true });
    await expect.poll(() => pinned.getAttribute('aria-pressed')).toBe('true');
    const watched = popup.getByRole('region', { name: '关注的证书' });
    await expect.poll(() => watched.innerText()).toContain('贸促会单证 2026010001');
    await popup.close();
  });

  it('keeps typed text across a tab switch', async () => {
    const popup = await env.extension.openPopup();
    const query = popup.getByRole('combobox', { name: '查询' });
    await query.fill('6109');
    await popup.getByRole('tab', { name: '证书' }).click();
    const invoice = popup.getByRole('region', { name: '查证书号' }).getByLabel('发票号', { exact: true });
    await invoice.fill('YH2026-0118');

    await popup.getByRole('tab', { name: '查询与填写' }).click();
    expect(await query.inputValue()).toBe('6109');
    await popup.getByRole('tab', { name: '证书' }).click();
    expect(await invoice.inputValue()).toBe('YH2026-0118');
    await popup.close();
  });

  it('shows the server message of a rejected request', async () => {
    const popup = await openCertificates();
    const ccpit = popup.getByRole('region', { name: '贸促会证书' });
    await ccpit.getByLabel('单证号', { exact: true }).fill('1');
    await ccpit.getByRole('button', { name: '查询', exact: true }).click();
    const alert = popup.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('单证 1 不存在');
    await popup.close();
  });

  it('downloads the certificate XML from the detail view', async () => {
    const popup = await openCertificates();
    const customs = popup.getByRole('region', { name: '海关证书' });
    const row = customs.getByRole('row').filter({ hasText: 'E263100A00010001' });
    await row.getByRole('button', { name: '详情' }).click();

    const detail = popup.getByRole('region', { name: 'E263100A00010001' });
    await detail.getByRole('cell', { name: /610910/ }).waitFor();
    await detail.getByRole('button', { name: '下载证书 XML' }).click();
    await expect.poll(() => popup.locator('section.certificates > p[role="status"]').innerText()).toContain('已下载');

    const isXml = (item: DownloadSummary) => item.urlStart.startsWith('data:application/xml;base64,');
    await expect.poll(async () => (await listDownloads()).filter(isXml).length, { timeout: 10_000 }).toBe(1);
    const [download] = (await listDownloads()).filter(isXml);
    await expect.poll(async () => (await listDownloads()).filter(isXml)[0]?.state, { timeout: 10_000 }).toBe('complete');
    expect(download?.mime).toBe('application/xml');
    await popup.close();
  });

  it('badges and notifies a pinned change', async () => {
    // Restarts the document's review timeline, which the earlier tests moved along.
    env.sandbox.reset();
    const popup = await openCertificates();
    const ccpit = popup.getByRole('region', { name: '贸促会证书' });
    await ccpit.getByLabel('单证号', { exact: true }).fill('2026010001');
    await ccpit.getByRole('button', { name: '查询', exact: true }).click();
    const pin = ccpit.getByRole('button', { name: /^(关注|已关注)$/ });
    if ((await pin.innerText()) === '关注') await pin.click();
    await ccpit.getByRole('button', { name: '已关注', exact: true }).waitFor();
    await popup.close();

    // Firing the watcher's own alarm early runs the same poll the schedule would. The first poll
    // records a baseline, and the sandbox moves the document on after every second query.
    const worker = await env.extension.worker();
    const badgeAfterPoll = async (): Promise<string> => {
      await worker.evaluate(() => chrome.alarms.create('certificate-watcher', { when: Date.now() + 50, periodInMinutes: 15 }));
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return worker.evaluate(() => chrome.action.getBadgeText({}));
    };
    await expect.poll(badgeAfterPoll, { timeout: 20_000, interval: 100 }).toBe('1');
    const notifications = await worker.evaluate(() => chrome.notifications.getAll());
    expect(Object.keys(notifications)).toContain('certificate-watcher:ccpit:2026010001');

    const reopened = await openCertificates();
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    await reopened.close();
  });
});
