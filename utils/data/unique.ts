import { logWarn } from '../log';

/**
 * Drops records whose id repeats an earlier one. Pickers and the fill look records up by id,
 * so two records with one id would let a clerk pick one person and fill with another.
 */
export function uniqueById<Item extends { id: number }>(items: readonly Item[], list: string): Item[] {
  const seen = new Set<number>();
  const unique: Item[] = [];
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    unique.push(item);
  }
  if (unique.length < items.length) logWarn('duplicate ids dropped', { list, dropped: items.length - unique.length });
  return unique;
}
