/**
 * Parses RFC 4180 CSV text: comma-separated, fields optionally in double quotes, `""` for a
 * quote inside a quoted field, CRLF or LF line ends. The first row is the header.
 */
export function parseCsv(text: string): Record<string, string>[] {
  const rows = splitRows(text.replace(/^\uFEFF/, ''));
  const header = rows.shift();
  if (!header) return [];
  return rows.map((fields, rowIndex) => {
    if (fields.length !== header.length) {
      throw new Error(
        `CSV row ${rowIndex + 2} has ${fields.length} fields but the header has ${header.length}`,
      );
    }
    return Object.fromEntries(header.map((name, index) => [name, fields[index] ?? '']));
  });
}

function splitRows(text: string): string[][] {
  const rows: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;

  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    const next = text.charAt(index + 1);
    if (quoted && char === '"' && next === '"') {
      field += '"';
      index++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += char;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && next === '\n') index++;
      fields.push(field);
      rows.push(fields);
      fields = [];
      field = '';
    } else {
      field += char;
    }
  }

  if (quoted) throw new Error('CSV text ends inside a quoted field');
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    rows.push(fields);
  }
  return rows;
}
