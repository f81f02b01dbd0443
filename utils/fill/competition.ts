/**
 * Settles fields that claim one source, so that at most one of them takes it. It runs in the
 * frame right before the writes, because only the page shows which claims count. Only writable
 * fields compete, and rows of a repeated field yield to the first empty row. Checking just the
 * claiming fields there is also cheaper: checking every field in the first injection took the
 * 5,000-input fill of `tests/bench/fill.ts` from 95 to 230 ms on two cores.
 */
import type { Decision } from './descriptors';

/** A field with its decided source, as far as the competition reads it. */
export interface Claimant {
  decision: Decision;
  /** Key shared by the rows of one repeated field, or null for a field that is not repeated. */
  field: { repeatKey: string | null };
}

function confidenceOf(entry: Claimant): number {
  return entry.decision.kind === 'source' ? entry.decision.confidence : 0;
}

/**
 * Leaves one field per source. Rows of one repeated field yield to the first empty row, such as
 * the row a user added with 添加申报员 after filling the one before, or to the first row when every
 * row contains data. Otherwise the single most confident field keeps the source and the others
 * become ambiguous, as all do on a tie. `writable` returns whether a field could be written at all
 * (visible, enabled, not read-only); the others compete for nothing and keep their decision.
 */
export function settleCompetition<T extends Claimant>(
  decided: readonly T[],
  writable: (entry: T) => boolean,
  rowEmpty: (entry: T) => boolean,
): void {
  const bySource = new Map<string, T[]>();
  for (const entry of decided) {
    if (entry.decision.kind !== 'source' || !writable(entry)) continue;
    const list = bySource.get(entry.decision.source) ?? [];
    list.push(entry);
    bySource.set(entry.decision.source, list);
  }
  for (const claims of bySource.values()) {
    if (claims.length < 2) continue;
    const best = Math.max(...claims.map(confidenceOf));
    const leaders = claims.filter((entry) => confidenceOf(entry) === best);
    const firstLeader = leaders[0];
    const oneRepeatedField =
      firstLeader !== undefined &&
      firstLeader.field.repeatKey !== null &&
      leaders.every((entry) => entry.field.repeatKey === firstLeader.field.repeatKey);
    let winner: T | undefined;
    if (leaders.length === 1) winner = firstLeader;
    else if (oneRepeatedField) winner = leaders.find(rowEmpty) ?? firstLeader;
    for (const entry of claims) {
      if (entry === winner) continue;
      const source = entry.decision.source;
      const sameRows = winner !== undefined && entry.field.repeatKey !== null && entry.field.repeatKey === winner.field.repeatKey;
      entry.decision = sameRows ? { kind: 'extra-row', source } : { kind: 'ambiguous', source };
    }
  }
}
