import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Environment, startEnvironment } from './support/environment';
import { chooseEnterprise, chooseSigner, fillPage } from './support/popup';

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
});
