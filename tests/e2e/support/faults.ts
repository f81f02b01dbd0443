/** Switches the sandbox's fault injection over its admin HTTP API. */
import type { ApiRouteName } from '@/utils/api/paths';

export interface FaultSpec {
  route?: ApiRouteName | '*';
  status?: number;
  body?: 'malformed-json' | 'truncated' | 'html' | 'empty' | 'schema-drift' | 'large';
  latencyMs?: number;
  retryAfter?: number;
  times?: number;
}

function adminUrl(sandboxUrl: string, path: string): string {
  return new URL(`/__sandbox/${path}`, sandboxUrl).toString();
}

export async function setFault(sandboxUrl: string, fault: FaultSpec): Promise<void> {
  const response = await fetch(adminUrl(sandboxUrl, 'faults'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });
  if (!response.ok) throw new Error(`Sandbox rejected fault ${JSON.stringify(fault)}: HTTP ${response.status}`);
}

export async function clearFaults(sandboxUrl: string): Promise<void> {
  const response = await fetch(adminUrl(sandboxUrl, 'faults'), { method: 'DELETE' });
  if (!response.ok) throw new Error(`Sandbox did not clear faults: HTTP ${response.status}`);
}
