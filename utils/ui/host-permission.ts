/**
 * Asks for access to a custom API host. The manifest grants the published API host and
 * loopback; any other base URL needs the user's consent, which the browser asks for at once.
 */
import browser from 'webextension-polyfill';

export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

/** Must run inside a click handler, because browsers only show the prompt on a user gesture. */
export async function ensureHostPermission(url: string): Promise<boolean> {
  try {
    const origins = [originPattern(url)];
    if (await browser.permissions.contains({ origins })) return true;
    return await browser.permissions.request({ origins });
  } catch (error) {
    // The browser rejects patterns it cannot grant, such as those of `javascript:` or `ftp:` URLs.
    console.warn('[fta-assistant] host permission request failed', String(error));
    return false;
  }
}
