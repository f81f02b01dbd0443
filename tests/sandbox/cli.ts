/**
 * `npm run sandbox`: runs the API sandbox until SIGINT or SIGTERM. The base URL is the only
 * line on stdout, so scripts can read it; everything else goes to stderr.
 */
import { parseArgs } from 'node:util';
import type { RequireAuth } from './auth';
import type { CcpitProgressOptions } from './ccpit-store';
import { startSandbox } from './server';

const HELP = `Usage: npm run sandbox -- [options]

Runs an imitation of the FTA 智证通 open API on 127.0.0.1 and prints its base URL.

Options:
  --port N               TCP port to listen on (default 0: any free port)
  --require-key VALUE    reject API requests whose key header is not VALUE (401)
  --key-header NAME      name of the key header (default X-Api-Key)
  --require-token VALUE  reject API requests whose "token" query parameter is not VALUE (401)
  --ccpit-queries N      status queries of a CCPIT document per review step (default 2; 0: off)
  --ccpit-step-ms N      milliseconds per CCPIT review step (default 15000; 0: off)
  --help                 show this help
`;

interface CliOptions {
  port: number;
  requireAuth: RequireAuth | undefined;
  ccpitProgress: CcpitProgressOptions;
}

function readCount(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) {
    throw new Error(`Invalid --${name} "${value}": expected a non-negative integer`);
  }
  return count;
}

function readOptions(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '0' },
      'require-key': { type: 'string' },
      'key-header': { type: 'string', default: 'X-Api-Key' },
      'require-token': { type: 'string' },
      'ccpit-queries': { type: 'string' },
      'ccpit-step-ms': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stderr.write(HELP);
    process.exit(0);
  }

  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Invalid --port "${values.port}": expected an integer from 0 to 65535`);
  }
  const key = values['require-key'];
  const token = values['require-token'];
  const requireAuth: RequireAuth = {
    ...(key === undefined ? {} : { header: values['key-header'], value: key }),
    ...(token === undefined ? {} : { token }),
  };
  const ccpitProgress: CcpitProgressOptions = {
    queriesPerStep: readCount('ccpit-queries', values['ccpit-queries']),
    stepMs: readCount('ccpit-step-ms', values['ccpit-step-ms']),
  };
  return {
    port,
    requireAuth: Object.keys(requireAuth).length > 0 ? requireAuth : undefined,
    ccpitProgress,
  };
}

async function main(): Promise<void> {
  const { port, requireAuth, ccpitProgress } = readOptions(process.argv.slice(2));
  const sandbox = await startSandbox({ port, requireAuth, ccpitProgress });
  process.stdout.write(`${sandbox.url}\n`);
  const checks = requireAuth
    ? `credentials required (${describe(requireAuth)})`
    : 'no credentials required';
  console.error(
    `sandbox: listening on port ${sandbox.port}, ${checks}; admin API at ${new URL('/__sandbox/', sandbox.url).href}`,
  );

  const stop = (signal: NodeJS.Signals): void => {
    console.error(`sandbox: ${signal} received, stopping`);
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('sandbox: failed to close cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Names the required credentials without their values. */
function describe(auth: RequireAuth): string {
  const parts = [];
  if (auth.header !== undefined) parts.push(`header ${auth.header}`);
  if (auth.token !== undefined) parts.push('query parameter token');
  return parts.join(' and ');
}

main().catch((error: unknown) => {
  console.error(
    `sandbox: failed to start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
