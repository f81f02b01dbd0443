/**
 * `npm start`: builds the extension, starts the API sandbox and a demo portal on 127.0.0.1, and
 * opens Chromium with the extension pointed at the sandbox.
 *
 * With a display, the browser stays open for you to try the popup until you close it. Without
 * one, or with `--headless`, a short scripted tour runs instead and saves a screenshot of each
 * step.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startSandbox } from '../sandbox/server';
import { launchExtension } from '../e2e/support/extension';
import { useBaseUrl } from '../e2e/support/popup';
import { startStaticServer } from '../support/static-server';
import { runTour } from './tour';

const PORTAL_DIR = resolve('tests/fixtures/portals');
const DEMO_PAGE = 'sw-co-basic.html';
const SCREENSHOT_DIR = resolve('tour-screenshots');

function parseArgs(argv: readonly string[]) {
  const headless = argv.includes('--headless') || !process.env.DISPLAY;
  const skipBuild = argv.includes('--no-build');
  return { headless, skipBuild };
}

async function main(): Promise<void> {
  const { headless, skipBuild } = parseArgs(process.argv.slice(2));
  if (!skipBuild) {
    console.log('Building the extension (npm run build)…');
    execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  }

  const sandbox = await startSandbox();
  const portal = await startStaticServer(PORTAL_DIR);
  console.log(`API sandbox:  ${sandbox.url}`);
  console.log(`Demo portal:  ${portal.url}${DEMO_PAGE}`);

  const extension = await launchExtension({ headless });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await extension.close().catch(() => undefined);
    await portal.close();
    await sandbox.close();
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));

  try {
    await useBaseUrl(extension, sandbox.url);
    console.log(`Extension id: ${extension.extensionId} (API base URL set to the sandbox)`);
    const page = extension.context.pages()[0] ?? (await extension.context.newPage());
    await page.goto(`${portal.url}${DEMO_PAGE}`);

    if (!headless) {
      const tabId = await extension.tabIdOf(page);
      await extension.openPopup(tabId);
      console.log('Chromium is open: the popup is in its own tab, acting on the demo portal tab.');
      console.log('Close the browser window or press Ctrl+C to stop.');
      await new Promise<void>((resolveClosed) => extension.context.once('close', () => resolveClosed()));
      return;
    }

    await rm(SCREENSHOT_DIR, { recursive: true, force: true });
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    console.log('No display (or --headless): running the scripted tour.');
    const steps = await runTour(extension, page, SCREENSHOT_DIR);
    for (const step of steps) console.log(`  ✔ ${step}`);
    console.log(`Screenshots of each step are in ${SCREENSHOT_DIR}`);
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
