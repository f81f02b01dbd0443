/**
 * `npm run bench`: builds the extension, runs every benchmark and prints one table.
 *
 *   --record     also write the table into docs/benchmarks.md
 *   --no-build   use the extension already in .output/chrome-mv3
 *   --only=a,b   run only the named groups: search, fill, popup, cache, size
 *
 * Nothing but docs/benchmarks.md (with --record) and the build output is written inside the
 * repository; generated pages and browser profiles go to a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, EXTENSION_DIR, chromiumArgs } from '../e2e/support/extension';
import { startEnvironment } from '../e2e/support/environment';
import { makeBaselineExtension } from './baseline-page';
import { runFillBench } from './fill';
import { runCacheBench, runPopupBench } from './popup';
import { describeMachine, recordRun, RECORD_FILE } from './record';
import { runSearchBench } from './search';
import { runPageLoadBench, runSizeBench } from './sizes';
import { type BenchRow, formatTable } from './stats';

const GROUPS = ['search', 'fill', 'popup', 'cache', 'size'] as const;
type Group = (typeof GROUPS)[number];

interface Options {
  record: boolean;
  build: boolean;
  groups: ReadonlySet<Group>;
}

function parseOptions(args: readonly string[]): Options {
  let groups = new Set<Group>(GROUPS);
  for (const arg of args) {
    if (arg.startsWith('--only=')) {
      const names = arg.slice('--only='.length).split(',');
      const unknown = names.filter((name) => !GROUPS.some((group) => group === name));
      if (unknown.length > 0) throw new Error(`Unknown benchmark group ${unknown.join(', ')}; use one of ${GROUPS.join(', ')}.`);
      groups = new Set(GROUPS.filter((group) => names.includes(group)));
    } else if (arg !== '--record' && arg !== '--no-build') {
      throw new Error(`Unknown option ${arg}; use --record, --no-build or --only=${GROUPS.join(',')}.`);
    }
  }
  return { record: args.includes('--record'), build: !args.includes('--no-build'), groups };
}

function log(line: string): void {
  console.log(line);
}

/** Chromium without the extension, with the same flags as the end-to-end tests. */
function plainChromiumArgs(): string[] {
  return chromiumArgs(EXTENSION_DIR, 'zh-CN').filter(
    (arg) => !arg.startsWith('--load-extension=') && !arg.startsWith('--disable-extensions-except='),
  );
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const needsBuild = ['popup', 'cache', 'size'].some((group) => options.groups.has(group as Group));
  if (options.build && needsBuild) {
    log('building the extension (npx wxt build) …');
    execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const rows: BenchRow[] = [];
  const workDir = await mkdtemp(join(tmpdir(), 'fta-bench-'));
  const plain = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: plainChromiumArgs() });
  const chromiumVersion = plain.version();
  try {
    if (options.groups.has('search')) rows.push(...runSearchBench(log));
    if (options.groups.has('fill')) rows.push(...(await runFillBench(plain, workDir, log)));
    if (options.groups.has('popup') || options.groups.has('size') || options.groups.has('cache')) {
      // The popup is timed in a copy of the build that also has the baseline page.
      const copy = await makeBaselineExtension();
      const environment = await startEnvironment({ extensionDir: copy.dir });
      try {
        if (options.groups.has('popup')) rows.push(...(await runPopupBench(environment.extension)));
        if (options.groups.has('cache')) rows.push(...(await runCacheBench(environment.extension, environment.sandbox, log)));
        if (options.groups.has('size')) {
          const plainContext = await plain.newContext();
          rows.push(...(await runPageLoadBench(environment.extension.context, plainContext)));
          await plainContext.close();
        }
      } finally {
        await environment.close();
        await copy.remove();
      }
    }
    if (options.groups.has('size')) rows.push(...(await runSizeBench()));
  } finally {
    await plain.close();
    await rm(workDir, { recursive: true, force: true });
  }

  const table = formatTable(rows);
  console.log(`\n${table}\n`);
  if (options.record) {
    await recordRun(describeMachine(chromiumVersion), table);
    log(`recorded in ${RECORD_FILE}`);
  }
  const failed = rows.filter((row) => row.pass === false).length;
  if (failed > 0) log(`${failed} target(s) missed.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
