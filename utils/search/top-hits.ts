/**
 * Selection of the largest numbers with a min-heap, so ranking many hits costs
 * O(n log limit) instead of a full sort.
 */

/** Returns the `limit` largest values of `values[0..count)`, largest first. */
export function largestValues(
  values: Float64Array,
  count: number,
  limit: number,
): Float64Array {
  const heap = new Float64Array(Math.min(limit, count));
  let size = 0;
  for (let position = 0; position < count; position++) {
    const value = values[position] ?? 0;
    if (size < heap.length) {
      heap[size] = value;
      size++;
      siftUp(heap, size - 1);
    } else if (value > (heap[0] ?? 0)) {
      heap[0] = value;
      siftDown(heap, size);
    }
  }
  return heap.sort().reverse();
}

function siftUp(heap: Float64Array, from: number): void {
  let child = from;
  while (child > 0) {
    const parent = (child - 1) >>> 1;
    if ((heap[parent] ?? 0) <= (heap[child] ?? 0)) return;
    swap(heap, parent, child);
    child = parent;
  }
}

function siftDown(heap: Float64Array, size: number): void {
  let parent = 0;
  for (;;) {
    const left = 2 * parent + 1;
    const right = left + 1;
    let smallest = parent;
    if (left < size && (heap[left] ?? 0) < (heap[smallest] ?? 0)) smallest = left;
    if (right < size && (heap[right] ?? 0) < (heap[smallest] ?? 0)) smallest = right;
    if (smallest === parent) return;
    swap(heap, parent, smallest);
    parent = smallest;
  }
}

function swap(heap: Float64Array, a: number, b: number): void {
  const value = heap[a] ?? 0;
  heap[a] = heap[b] ?? 0;
  heap[b] = value;
}
