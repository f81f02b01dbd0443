/**
 * A host element for UI the extension draws inside a web page. Its shadow root is closed, so page
 * scripts get `null` from `host.shadowRoot` and cannot read or change what is inside. The host's
 * own box is set with `!important` inline declarations, which outrank every rule in the page's
 * style sheets, and the shadow's style sheet starts from `all: initial` so inherited page styles
 * do not leak in.
 */

/** The highest z-index browsers accept. */
const TOP_LAYER_Z = '2147483647';

export interface ClosedHost {
  host: HTMLElement;
  root: ShadowRoot;
}

/**
 * Creates a host under `<html>` with a closed shadow root that contains `css`. `tagName` should be a
 * custom element name, so page rules written for `div` or `span` do not match the host.
 */
export function createClosedHost(tagName: string, css: string, hostStyle: Record<string, string>): ClosedHost {
  const host = document.createElement(tagName);
  const declarations: Record<string, string> = { all: 'initial', 'z-index': TOP_LAYER_Z, ...hostStyle };
  for (const [property, value] of Object.entries(declarations)) host.style.setProperty(property, value, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  document.documentElement.append(host);
  return { host, root };
}
