/**
 * Per-entry best scores of one query. The buffers are allocated once per index and
 * cleared after each query, so a query allocates nothing per entry.
 */

export interface ScoreBuffer {
  scores: Int32Array;
  /** Ids of the entries with a non-zero score, in the order they were first raised. */
  touched: Int32Array;
  count: number;
}

export function createScoreBuffer(size: number): ScoreBuffer {
  return {
    scores: new Int32Array(size),
    touched: new Int32Array(size),
    count: 0,
  };
}

/** Raises the entry's score to `score` if that is higher. */
export function raiseScore(buffer: ScoreBuffer, id: number, score: number): void {
  if (score <= 0) return;
  const current = buffer.scores[id] ?? 0;
  if (current === 0) {
    buffer.touched[buffer.count] = id;
    buffer.count++;
  }
  if (score > current) buffer.scores[id] = score;
}

export function clearScores(buffer: ScoreBuffer): void {
  for (let index = 0; index < buffer.count; index++) {
    buffer.scores[buffer.touched[index] ?? 0] = 0;
  }
  buffer.count = 0;
}
