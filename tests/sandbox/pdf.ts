/**
 * A minimal one-page PDF 1.4 written byte by byte. It has a catalog, a page tree, one A4 page
 * and a content stream of text lines in the standard Helvetica font. The cross-reference table
 * carries exact offsets, so PDF readers open the file without repair.
 */

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const LEFT_MARGIN = 56;
const TOP_LINE = 780;
const LINE_HEIGHT = 20;

/**
 * Keeps printable ASCII, because the standard fonts have no CJK glyphs, and escapes the
 * characters that end or escape a PDF string literal.
 */
function pdfString(text: string): string {
  const ascii = text.replace(/[^\x20-\x7e]/g, '?');
  return `(${ascii.replace(/[\\()]/g, (character) => `\\${character}`)})`;
}

function contentStream(lines: readonly string[]): string {
  const shown = lines.map((line, index) => {
    const size = index === 0 ? 18 : 11;
    const y = TOP_LINE - index * LINE_HEIGHT;
    return `BT /F1 ${size} Tf ${LEFT_MARGIN} ${y} Td ${pdfString(line)} Tj ET`;
  });
  return `${shown.join('\n')}\n`;
}

/** Builds a PDF whose single page shows `lines`, the first as a heading. */
export function buildPdf(lines: readonly string[]): Buffer {
  const content = contentStream(lines);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}endstream`,
  ];

  // The binary comment on line 2 marks the file as binary for transfer tools.
  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefOffset = Buffer.byteLength(pdf, 'latin1');
  // Each cross-reference entry must be 20 bytes, so it ends in a space and a newline.
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries.join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
