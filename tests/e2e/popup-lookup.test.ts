import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type Environment, startEnvironment } from './support/environment';
import { EN_LABELS, search } from './support/popup';

describe('popup look-up (zh-CN)', () => {
  let env: Environment;
  let popup: Page;

  beforeAll(async () => {
    env = await startEnvironment();
    popup = await env.extension.openPopup();
  });

  afterAll(async () => {
    await env?.close();
  });

  it.each(['rb', 'riben', '日本', 'JP', 'jpn', '116', 'japan'])('finds 日本 first for "%s"', async (query) => {
    const results = await search(popup, query);
    await expect.poll(async () => (await results.first().innerText()).includes('日本')).toBe(true);
    expect(await results.first().innerText()).toContain('116');
  });

  it('stops a pasted query at 200 characters', async () => {
    const box = popup.getByRole('combobox', { name: '查询' });
    await box.fill('');
    await box.focus();
    await popup.keyboard.insertText('针织'.repeat(150));
    expect((await box.inputValue()).length).toBe(200);
    await popup.locator('[data-results-for^="针织针织"]').waitFor({ state: 'attached' });
    expect(await popup.getByRole('alert').count()).toBe(0);
  });

  it('copies the customs code on Enter and says so', async () => {
    await search(popup, 'rb');
    await popup.getByRole('combobox', { name: '查询' }).press('Enter');
    await expect.poll(() => popup.locator('.lookup [role="status"]').innerText()).toBe('已复制 日本 116');
  });

  it('moves the active option with the arrow keys', async () => {
    const results = await search(popup, 'mg');
    expect(await results.count()).toBeGreaterThan(1);
    const box = popup.getByRole('combobox', { name: '查询' });
    const firstActive = await box.getAttribute('aria-activedescendant');
    await box.press('ArrowDown');
    const secondActive = await box.getAttribute('aria-activedescendant');
    expect(firstActive).not.toBeNull();
    expect(secondActive).not.toBe(firstActive);
    const activeOption = popup.locator(`#${secondActive}`);
    expect(await activeOption.getAttribute('aria-selected')).toBe('true');
  });

  it('copies the row chosen with the arrow keys', async () => {
    const results = await search(popup, 'rb');
    const box = popup.getByRole('combobox', { name: '查询' });
    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    const activeText = await popup.locator(`#${active}`).innerText();
    await box.press('Enter');
    const notice = popup.locator('.lookup [role="status"]');
    await expect.poll(() => notice.innerText()).toMatch(/^已复制 /);
    const copiedName = (await notice.innerText()).split(' ')[1] ?? '';
    expect(activeText).toContain(copiedName);
    expect(await box.getAttribute('aria-activedescendant')).toBe(active);
    expect(await results.count()).toBeGreaterThan(1);
  });

  it('finds customs-122 rules by HS prefix with the criterion', async () => {
    const results = await search(popup, '6109');
    const text = await results.first().innerText();
    expect(text).toMatch(/6109/);
    await popup.getByRole('combobox', { name: '查询' }).press('Enter');
    await expect.poll(() => popup.locator('.lookup [role="status"]').innerText()).toMatch(/^已复制 6109/);
  });

  it('finds rules by words of the goods description', async () => {
    const results = await search(popup, 'T恤');
    expect(await results.count()).toBeGreaterThan(0);
    expect(await results.first().innerText()).toContain('T恤');
  });

  it('groups agreement countries under their agreement', async () => {
    await search(popup, 'RCEP');
    const group = popup.getByRole('group', { name: /区域全面经济伙伴关系协定/ });
    await group.first().waitFor();
    expect(await group.first().getByRole('option').count()).toBeGreaterThan(1);
  });

  it('says when nothing matches', async () => {
    await popup.getByRole('combobox', { name: '查询' }).fill('zzqqxx');
    await expect.poll(() => popup.locator('.lookup .empty').innerText()).toContain('zzqqxx');
  });

  it('shows when the data was last synced', async () => {
    await popup.reload();
    await search(popup, 'rb');
    await expect.poll(() => popup.locator('.sync-time').innerText()).toMatch(/^数据同步于 /);
  });
});

describe('popup look-up (en)', () => {
  let env: Environment;

  beforeAll(async () => {
    env = await startEnvironment({ lang: 'en-US' });
  });

  afterAll(async () => {
    await env?.close();
  });

  it('names every control in English', async () => {
    const popup = await env.extension.openPopup();
    await search(popup, 'riben', EN_LABELS);
    expect(await popup.getByRole('combobox', { name: EN_LABELS.search }).count()).toBe(1);
    expect(await popup.getByLabel(EN_LABELS.enterprise, { exact: true }).count()).toBe(1);
    expect(await popup.getByLabel(EN_LABELS.signer, { exact: true }).count()).toBe(1);
    expect(await popup.getByRole('combobox', { name: EN_LABELS.country }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: EN_LABELS.fill, exact: true }).count()).toBe(1);
  });
});
