/**
 * Faults that tests switch on to see how the extension copes with a misbehaving API. A fault
 * applies to requests of one route, or of every route with `'*'`, and each request takes at
 * most one fault: the oldest matching one that has uses left.
 */
import { z } from 'zod';
import type { ApiRouteName } from '../../utils/api/paths';
import { isRouteName } from './routes';

/** Upper bound of `latencyMs`, so a forgotten fault cannot hang a test run. */
export const MAX_LATENCY_MS = 120_000;

export const FAULT_BODIES = [
  'malformed-json',
  'truncated',
  'html',
  'empty',
  'schema-drift',
  'large',
] as const;
export type FaultBody = (typeof FAULT_BODIES)[number];

export const faultSpecSchema = z.strictObject({
  route: z
    .custom<ApiRouteName | '*'>(
      (value) => typeof value === 'string' && (value === '*' || isRouteName(value)),
      {
        message: 'route must be "*" or a route name of utils/api/paths.ts',
      },
    )
    .default('*'),
  /** HTTP status of the response; 0 closes the connection without a response. */
  status: z
    .number()
    .int()
    .refine((status) => status === 0 || (status >= 200 && status <= 599), {
      message: 'status must be 0 or between 200 and 599',
    })
    .optional(),
  body: z.enum(FAULT_BODIES).optional(),
  latencyMs: z.number().int().min(0).max(MAX_LATENCY_MS).optional(),
  /** Seconds sent in a `Retry-After` header. */
  retryAfter: z.number().int().min(0).optional(),
  /** Number of requests the fault applies to; unlimited when absent. */
  times: z.number().int().positive().optional(),
});

export type FaultSpec = z.input<typeof faultSpecSchema>;

export interface ActiveFault extends Omit<z.output<typeof faultSpecSchema>, 'times'> {
  id: number;
  /** Uses left; `undefined` means unlimited. */
  remaining: number | undefined;
  /** Requests the fault has applied to so far. */
  hits: number;
}

export class FaultRegistry {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  /** Validates and adds a fault; throws a `ZodError` for an invalid one. */
  add(spec: unknown): ActiveFault {
    const { times, ...parsed } = faultSpecSchema.parse(spec);
    const fault: ActiveFault = { ...parsed, id: this.nextId++, remaining: times, hits: 0 };
    this.faults.push(fault);
    return { ...fault };
  }

  clear(): void {
    this.faults = [];
  }

  /** Lists the faults that still have uses left. */
  list(): ActiveFault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }

  /**
   * Returns the fault for a request and counts the use. `route` is `undefined` for paths outside
   * the path table, which only `'*'` faults match.
   */
  take(route: ApiRouteName | undefined): ActiveFault | undefined {
    const fault = this.faults.find(
      (candidate) => candidate.route === '*' || candidate.route === route,
    );
    if (!fault) return undefined;
    fault.hits++;
    if (fault.remaining !== undefined) {
      fault.remaining--;
      if (fault.remaining === 0) {
        this.faults = this.faults.filter((candidate) => candidate !== fault);
      }
    }
    return { ...fault };
  }
}
