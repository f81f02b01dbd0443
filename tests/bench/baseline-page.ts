/**
 * A copy of the built extension with one extra page: the least an extension page can do to show
 * a look-up result. It has no framework, no styles and no reply validation. Its script draws the
 * search box, sends one `search` message to the same worker and shows the first hit. Timing
 * it next to the popup, in the same browser, gives the floor that the browser and the worker
 * round trip set on this machine, so the popup's figure can be read as a ratio to it.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../e2e/support/extension';

export const BASELINE_PAGE = 'bench-baseline.html';

const HTML = `<!doctype html>
<html>
  <head>
    <meta charset="utf-8" />
    <title>baseline</title>
    <script type="module" src="/bench-baseline.js"></script>
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>
`;

// Plain script, so the page loads one small file. It uses the same selectors as the popup, so the
// benchmark's init script types into it and watches it in the same way.
const SCRIPT = `const section = document.createElement('section');
section.className = 'lookup';
const box = document.createElement('input');
box.setAttribute('role', 'combobox');
section.append(box);
document.getElementById('app').append(section);
box.addEventListener('input', () => {
  chrome.runtime.sendMessage({ type: 'search', query: box.value, limit: 30 }, (reply) => {
    const hit = reply && reply.ok ? reply.data.hits[0] : undefined;
    const option = document.createElement('div');
    option.setAttribute('role', 'option');
    option.textContent = hit ? JSON.stringify(hit.entry) : 'none';
    section.append(option);
  });
});
`;

export interface BaselineExtension {
  dir: string;
  remove(): Promise<void>;
}

/** Copies the built extension into a temporary folder and adds the baseline page to the copy. */
export async function makeBaselineExtension(): Promise<BaselineExtension> {
  const dir = await mkdtemp(join(tmpdir(), 'fta-bench-ext-'));
  await cp(EXTENSION_DIR, dir, { recursive: true });
  await writeFile(join(dir, BASELINE_PAGE), HTML);
  await writeFile(join(dir, 'bench-baseline.js'), SCRIPT);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
