/**
 * Remembers the state each field had before the last fill of a document changed it, so that an
 * undo can put it back. The record lives on the isolated world's global object, because the
 * worker injects the fill script again before each fill and a module variable would start empty.
 */
import './globals';
import type { FormControl } from './dom';

/** A control's state before the fill wrote it. */
export interface FieldSnapshot {
  element: FormControl;
  value: string;
  checked: boolean;
  selectedIndex: number;
}

export type FillHistory = WeakMap<Document, FieldSnapshot[]>;

function fillHistory(): FillHistory {
  globalThis.__ftaAssistantFillHistory ??= new WeakMap();
  return globalThis.__ftaAssistantFillHistory;
}

/** Collects the snapshots of one fill. Each control is captured once, before its first write. */
export class FillRecorder {
  private readonly snapshots: FieldSnapshot[] = [];
  private readonly seen = new Set<FormControl>();

  capture(element: FormControl): void {
    if (this.seen.has(element)) return;
    this.seen.add(element);
    this.snapshots.push({
      element,
      value: element.value,
      checked: element.tagName === 'INPUT' ? (element as HTMLInputElement).checked : false,
      selectedIndex: element.tagName === 'SELECT' ? (element as HTMLSelectElement).selectedIndex : -1,
    });
  }

  /**
   * Keeps the snapshots of controls that changed as the document's last fill, replacing the one
   * before. A fill that changed nothing keeps the one before undoable.
   */
  commit(doc: Document): void {
    const changed = this.snapshots.filter((snapshot) => hasChanged(snapshot));
    // A fill that changed nothing, such as a second click on 填充, keeps the earlier fill undoable.
    if (changed.length === 0) return;
    fillHistory().set(doc, changed);
  }
}

function hasChanged(snapshot: FieldSnapshot): boolean {
  const { element } = snapshot;
  if (element.value !== snapshot.value) return true;
  if (element.tagName === 'SELECT') return (element as HTMLSelectElement).selectedIndex !== snapshot.selectedIndex;
  return element.tagName === 'INPUT' && (element as HTMLInputElement).checked !== snapshot.checked;
}

/** Returns the snapshots of the document's last fill and deletes them from the record. */
export function takeLastFill(doc: Document): FieldSnapshot[] {
  const store = fillHistory();
  const snapshots = store.get(doc) ?? [];
  store.delete(doc);
  return snapshots;
}
