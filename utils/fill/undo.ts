/**
 * Puts back the fields the last fill of a document changed. Values go through the same native
 * setters and events as the fill, so framework-bound pages update their state too.
 */
import { isInput, isSelect } from './dom';
import { type FieldSnapshot, takeLastFill } from './history';
import { writeChecked, writeSelectedIndex, writeText } from './insert';
import type { UndoReport } from './types';
import { syncSelectWidget } from './widgets';

// NOTE: unlike the fill, a restore does not check the field again after its focus events, so a
// page could hide or lock a field just before undo puts the field's earlier value back.
function restore(snapshot: FieldSnapshot): void {
  const { element } = snapshot;
  if (isSelect(element)) {
    writeSelectedIndex(element, snapshot.selectedIndex);
    syncSelectWidget(element);
    return;
  }
  if (isInput(element) && (element.type === 'radio' || element.type === 'checkbox')) {
    writeChecked(element, snapshot.checked);
    return;
  }
  if (element.value !== snapshot.value) writeText(element, snapshot.value);
}

/**
 * Restores every field the last `fillDocument` call on this document changed to its value,
 * checked state and selected index from before that call, then clears the record of that fill. Returns how
 * many controls were restored; a second call restores nothing.
 *
 * Radios are unchecked before any is checked, so a group never passes through two checked radios.
 */
export function undoLastFill(doc: Document): UndoReport {
  const snapshots = takeLastFill(doc).filter((snapshot) => snapshot.element.isConnected);
  const ordered = [
    ...snapshots.filter((snapshot) => !snapshot.checked),
    ...snapshots.filter((snapshot) => snapshot.checked),
  ];
  for (const snapshot of ordered) restore(snapshot);
  return { restored: snapshots.length };
}
