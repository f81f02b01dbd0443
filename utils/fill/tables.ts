/**
 * Labels and headings from table layouts. A field's label is the cell to its left, possibly with
 * a group cell spanning several rows further left (联系人 over 姓名 and 电话), or the column header
 * of a data grid. Heading rows such as `生产商信息` span the table. The grid honours rowspan and
 * colspan, so a label cell spanning two rows still sits left of the field in the second row.
 */
import { containsControl, readableText } from './dom';
import { isNumbering } from './text';

type Grid = (HTMLTableCellElement | undefined)[][];

/** Upper bound on a span, so a malformed `rowspan="9999"` cannot blow up the grid. */
const MAX_SPAN = 100;
const MAX_HEADING_LENGTH = 40;

function buildGrid(rows: readonly HTMLTableRowElement[]): Grid {
  const grid: Grid = [];
  rows.forEach((row, rowIndex) => {
    const line = (grid[rowIndex] ??= []);
    let column = 0;
    for (const cell of Array.from(row.cells)) {
      while (line[column] !== undefined) column++;
      const rowSpan = Math.min(Math.max(cell.rowSpan || 1, 1), MAX_SPAN);
      const colSpan = Math.min(Math.max(cell.colSpan || 1, 1), MAX_SPAN);
      for (let r = 0; r < rowSpan; r++) {
        const target = (grid[rowIndex + r] ??= []);
        for (let c = 0; c < colSpan; c++) target[column + c] = cell;
      }
      column += colSpan;
    }
  });
  return grid;
}

/** Returns whether the cell reads as a label: it has text, no control, and is not a bare row number. */
function isLabelCell(cell: HTMLTableCellElement | undefined): cell is HTMLTableCellElement {
  if (!cell || containsControl(cell)) return false;
  const text = readableText(cell);
  return text !== '' && text.length <= 60 && !isNumbering(text);
}

function isHeaderRow(row: HTMLTableRowElement): boolean {
  if (row.parentElement?.tagName === 'THEAD') return true;
  const cells = Array.from(row.cells);
  return cells.length > 0 && cells.every((cell) => cell.tagName === 'TH');
}

/** Returns the text of a heading row (one cell spanning several columns, with no control in it), or null for another row. */
function headingRowText(row: HTMLTableRowElement): string | null {
  const cells = Array.from(row.cells);
  const only = cells[0];
  if (cells.length !== 1 || !only || only.colSpan < 2 || containsControl(only)) return null;
  const text = readableText(only);
  return text !== '' && text.length <= MAX_HEADING_LENGTH ? text : null;
}

/** Label text found in a table, with the element it came from. */
export interface TableLabel {
  text: string;
  /** A row-spanning group cell further left, such as 联系人 over 姓名 and 电话. */
  group: string | null;
  source: Element;
  /** True for the column header of a data grid, whose rows repeat the field. */
  fromHeader: boolean;
}

interface TableInfo {
  rows: HTMLTableRowElement[];
  rowIndex: Map<HTMLTableRowElement, number>;
  grid: Grid;
  /** For each row, the text of the nearest heading row above it, or null. */
  headings: (string | null)[];
  /** Indexes of the header rows (in `<thead>` or all `<th>`), in order. */
  headerRows: number[];
}

function describeTable(table: HTMLTableElement): TableInfo {
  const rows = Array.from(table.rows);
  const headings: (string | null)[] = [];
  let current: string | null = null;
  rows.forEach((row, index) => {
    headings[index] = current;
    current = headingRowText(row) ?? current;
  });
  const headerRows = rows.flatMap((row, index) => (isHeaderRow(row) ? [index] : []));
  return { rows, rowIndex: new Map(rows.map((row, index) => [row, index])), grid: buildGrid(rows), headings, headerRows };
}

/** Reads labels and heading rows of the tables in one document, caching each table's layout for the length of a fill. */
export class TableCache {
  private readonly tables = new Map<HTMLTableElement, TableInfo>();
  /** The label text of each cell read so far, or null for a cell that is no label. A grid's header cells are read once per row. */
  private readonly cellTexts = new Map<HTMLTableCellElement, string | null>();

  private infoOf(table: HTMLTableElement): TableInfo {
    let info = this.tables.get(table);
    if (!info) {
      info = describeTable(table);
      this.tables.set(table, info);
    }
    return info;
  }

  private locate(element: Element): { info: TableInfo; cell: HTMLTableCellElement; rowIndex: number; column: number } | null {
    const cell = element.closest('td, th');
    const row = cell?.parentElement;
    const table = row?.closest('table');
    if (!cell || !row || !table || row.tagName !== 'TR') return null;
    const info = this.infoOf(table);
    const rowIndex = info.rowIndex.get(row as HTMLTableRowElement);
    if (rowIndex === undefined) return null;
    const column = info.grid[rowIndex]?.indexOf(cell as HTMLTableCellElement) ?? -1;
    if (column < 0) return null;
    return { info, cell: cell as HTMLTableCellElement, rowIndex, column };
  }

  /** Returns the label of the table cell that contains `element`, or null outside a table layout. */
  labelOf(element: Element): TableLabel | null {
    const found = this.locate(element);
    if (!found) return null;
    const { info, cell, rowIndex, column } = found;
    const line = info.grid[rowIndex] ?? [];
    const textOf = (candidate: HTMLTableCellElement | undefined): string | null => (candidate ? this.labelTextOf(candidate) : null);
    return leftLabel(line, column, cell, textOf) ?? columnHeader(info, rowIndex, column, textOf);
  }

  private labelTextOf(cell: HTMLTableCellElement): string | null {
    let text = this.cellTexts.get(cell);
    if (text === undefined) {
      text = isLabelCell(cell) ? readableText(cell) : null;
      this.cellTexts.set(cell, text);
    }
    return text;
  }

  /** Returns the text of the nearest heading row above the element's row in its table, such as `生产商信息`, or null. */
  headingAbove(element: Element): string | null {
    const row = element.closest('tr');
    const table = row?.closest('table');
    if (!row || !table) return null;
    const info = this.infoOf(table);
    const index = info.rowIndex.get(row as HTMLTableRowElement);
    return index === undefined ? null : (info.headings[index] ?? null);
  }
}

/** Returns the text of a cell that reads as a label, or null for another cell or none. */
type CellText = (cell: HTMLTableCellElement | undefined) => string | null;

function leftLabel(
  line: (HTMLTableCellElement | undefined)[],
  column: number,
  own: HTMLTableCellElement,
  textOf: CellText,
): TableLabel | null {
  let index = column - 1;
  while (index >= 0 && line[index] === own) index--;
  const labelCell = line[index];
  const text = textOf(labelCell);
  if (!labelCell || text === null) return null;
  let group: string | null = null;
  for (let further = index - 1; further >= 0; further--) {
    const candidate = line[further];
    if (candidate === labelCell) continue;
    const candidateText = textOf(candidate);
    if (candidate && candidateText !== null && candidate.rowSpan > labelCell.rowSpan) group = candidateText;
    break;
  }
  return { text, group, source: labelCell, fromHeader: false };
}

function columnHeader(info: TableInfo, rowIndex: number, column: number, textOf: CellText): TableLabel | null {
  // Header rows are listed once per table, so a long data grid is not rescanned for each field.
  for (let position = info.headerRows.length - 1; position >= 0; position--) {
    const index = info.headerRows[position] ?? -1;
    if (index >= rowIndex || index < 0) continue;
    const header = info.grid[index]?.[column];
    const text = textOf(header);
    if (header && text !== null) return { text, group: null, source: header, fromHeader: true };
  }
  return null;
}
